import type { Tense } from "../model/doc.js";
import type { EventStatus } from "../model/plover.js";
import type { DateRange } from "../model/records.js";
import type { TriggerMention } from "./candidate.js";
import type { CueHit } from "./cues.js";

/** How close before a trigger a negation must be to negate it ("did not meet", "has never visited"). */
const NEGATION_REACH = 3;
/** How close before a trigger a modal or "will" must be to govern it. */
const MODAL_REACH = 6;
/** How far after a trigger its cancellation may come ("a planned visit by Erdogan to Moscow in August was postponed"). */
const CANCELLED_REACH_AFTER = 8;

export interface StatusDecision {
  /** Null when the trigger is negated: nothing happened, so there is no event. */
  status: EventStatus | null;
  rule: string;
}

function cuesBetween(hits: readonly CueHit[], from: number, to: number, cue: CueHit["cue"]): boolean {
  return hits.some((h) => h.cue === cue && h.token >= from && h.token < to);
}

/**
 * Whether the event happened, will happen, is under way, was called off, or is only
 * conditional. Cues close to the trigger decide first (negation, "called off", modals,
 * "will"); then the resolved date against the publication day; then the clause tense.
 * A speech act (condemn, urge) happens as it is said, so a future tense does not make it planned.
 */
/** What the sentence around a trigger says of it beyond its own clause. */
export interface SentenceMood {
  /** The sentence opens with a condition ("If Peru agrees, ..."). */
  conditional: boolean;
  /** A denial governs the trigger's clause ("Moscow denied that it had attacked ..."). */
  denied: boolean;
  /** The trigger is a progressive form ("are holding talks") or followed by "under way". */
  inProgress: boolean;
  /** "would" reports a later act ("agreed that officials would resume talks"): planned, not conditional. */
  reportedFuture: boolean;
  /** A present perfect progressive ("have been negotiating since May"): begun before and still going on. */
  stillGoingOn: boolean;
  /**
   * The verb right after "to" that the trigger is or whose object it heads ("ordered his forces to withdraw",
   * "agreed to resume talks"), which a directive before it may govern; -1 if none.
   */
  directedVerb: number;
  /** An event noun is the object of a negated verb ("was not involved in the talks"), or the act is one kept from happening ("prevent the bank from deploying"). */
  negatedGovernor: boolean;
  /** Where the verb group starts of which an event noun is the subject, past the noun's own phrase ("A meeting of ... | has been called off"); -1 if none. */
  subjectPredicate: number;
}

/** The cue word "would" (or "'d"), which a reported future turns into a plan. */
function isWould(hit: CueHit): boolean {
  return hit.word === "would" || hit.word === "'d";
}

export function decideStatus(
  trigger: TriggerMention,
  cueHits: readonly CueHit[],
  tense: Tense,
  date: DateRange | null,
  published: string | null,
  mood: SentenceMood,
): StatusDecision {
  const start = trigger.tokenStart;
  const end = trigger.tokenEnd;
  // A cue word that is part of the trigger's own wording ("suspended its aid" as a sanction) says nothing about the act's status.
  const hits = cueHits.filter((h) => h.token < start || h.token + h.length > end);
  if (cuesBetween(hits, start - NEGATION_REACH, start, "negation") || mood.negatedGovernor) return { status: null, rule: "status/negated" };
  const predicate = mood.subjectPredicate;
  if (cuesBetween(hits, start - MODAL_REACH, end + CANCELLED_REACH_AFTER, "cancelled") || (predicate >= 0 && cuesBetween(hits, predicate, predicate + CANCELLED_REACH_AFTER, "cancelled"))) {
    return { status: "cancelled", rule: "status/cancelled-cue" };
  }
  const conditional = hits.some((h) => h.cue === "hypothetical" && h.token >= start - MODAL_REACH && h.token < start && !(mood.reportedFuture && isWould(h)));
  if (conditional) return { status: "hypothetical", rule: "status/modal" };
  if (mood.denied) return { status: "hypothetical", rule: "status/denied" };
  // A threat is made when it is said, conditions and all (GUIDE: "we will impose costs if ..." occurred).
  if (mood.conditional && trigger.trigger.type !== "THREATEN") return { status: "hypothetical", rule: "status/condition" };
  if (trigger.trigger.verbal) return { status: "occurred", rule: "status/speech-act" };
  // "ordered his forces to withdraw": what is ordered is still to come.
  if (mood.directedVerb >= 0 && cuesBetween(hits, mood.directedVerb - MODAL_REACH, mood.directedVerb, "directive")) return { status: "planned", rule: "status/directed" };
  if (mood.reportedFuture) return { status: "planned", rule: "status/reported-future" };
  if (mood.inProgress && tense !== "past" && tense !== "future") return { status: "ongoing", rule: "status/in-progress" };
  if (mood.stillGoingOn) return { status: "ongoing", rule: "status/still-going-on" };
  if (date && published && date.start > published) return { status: "planned", rule: "status/future-date" };
  if (cuesBetween(hits, start - MODAL_REACH, start, "planned") || tense === "future") return { status: "planned", rule: "status/future-tense" };
  if (date && published && date.end < published && trigger.trigger.status !== "ongoing") return { status: "occurred", rule: "status/past-date" };
  if (trigger.trigger.status === "ongoing" || cuesBetween(hits, start - 2, start, "ongoing")) return { status: "ongoing", rule: "status/ongoing-word" };
  if (tense === "past" && (!date || !published || date.start <= published)) return { status: "occurred", rule: "status/past-tense" };
  if (date && published && date.start <= published && published <= date.end && date.start !== date.end) {
    return { status: "ongoing", rule: "status/spans-publication" };
  }
  return { status: "occurred", rule: "status/default-occurred" };
}
