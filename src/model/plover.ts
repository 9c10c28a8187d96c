/** The 16 PLOVER event types, Parley's ontology. */
export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const EVENT_MODES = ["in-person", "virtual", "phone", "written"] as const;
export type EventMode = (typeof EVENT_MODES)[number];

export const EVENT_STATUSES = ["occurred", "ongoing", "planned", "cancelled", "hypothetical"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Types whose sides have no direction (a meeting is between, not from/to). */
export const UNORDERED_TYPES: ReadonlySet<PloverType> = new Set(["CONSULT", "COOPERATE"]);

export function isPloverType(value: string): value is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(value);
}
