import type { EventMode, PloverType } from "../model/plover.js";
import type { EventCandidate, TriggerMention } from "./candidate.js";
import type { CueHit } from "./cues.js";

/** How close to a trigger a medium word must be to describe it ("met virtually", "a phone call"). */
const MODE_REACH = 5;

/**
 * The medium of a CONSULT: a word beside the trigger ("virtually", "by phone",
 * "letter") wins over what the trigger implies by itself ("met" → in person,
 * "spoke with" → phone). Other types have no mode.
 */
export function decideMode(type: PloverType, trigger: TriggerMention, hits: readonly CueHit[]): { mode: EventMode | null; rule: string } {
  if (type !== "CONSULT") return { mode: null, rule: "mode/not-consult" };
  const near = hits.filter((h) => h.token >= trigger.tokenStart - MODE_REACH && h.token < trigger.tokenEnd + MODE_REACH);
  for (const mode of ["virtual", "phone", "written"] as const) {
    if (near.some((h) => h.cue === mode && (h.token < trigger.tokenStart || h.token >= trigger.tokenEnd))) {
      return { mode, rule: `mode/${mode}-cue` };
    }
  }
  return { mode: trigger.trigger.mode, rule: trigger.trigger.mode ? "mode/trigger" : "mode/unknown" };
}

/**
 * Medium and place agree once the candidates are merged and their places final: a meeting held at a place of its own
 * with no medium stated was face to face ("negotiations in the Belarusian capital that ran through the night"), and a
 * call, a video meeting or a letter has no place ("held a video conference" in a story filed from Brussels).
 */
export function withMediumAndPlaceAgreeing(candidates: EventCandidate[]): EventCandidate[] {
  for (const candidate of candidates) {
    if (candidate.type !== "CONSULT" || candidate.location === null) continue;
    if (candidate.mode === null) {
      candidate.mode = "in-person";
      candidate.because.mode = "mode/placed";
    } else if (candidate.mode !== "in-person") {
      candidate.location = null;
      candidate.because.location = "location/none-for-remote";
    }
  }
  return candidates;
}
