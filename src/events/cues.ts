import type { Doc } from "../model/doc.js";
import type { CueClass } from "../knowledge/event-cues.js";
import type { Knowledge } from "../knowledge/types.js";

/** A cue phrase found in a token window, with where it starts. */
export interface CueHit {
  cue: CueClass;
  token: number;
  length: number;
}

/** Every status or mode cue in tokens [from, to). */
export function cuesIn(doc: Readonly<Doc>, kb: Knowledge, from: number, to: number): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = Math.max(0, from); i < to; i++) {
    const match = kb.eventCues.longestMatch(doc.tokens, i, to);
    if (!match) continue;
    for (const cue of match.entries) hits.push({ cue, token: i, length: match.length });
  }
  return hits;
}

export function hasCue(hits: readonly CueHit[], cue: CueClass): boolean {
  return hits.some((h) => h.cue === cue);
}
