import type { Doc } from "../model/doc.js";
import type { CueClass } from "../knowledge/event-cues.js";
import type { Knowledge } from "../knowledge/types.js";

/** A cue phrase found in a token window, with where it starts. */
export interface CueHit {
  cue: CueClass;
  token: number;
  length: number;
  /** The cue's first word, lower case. */
  word: string;
}

/** Every status or mode cue in tokens [from, to); `named` holds the tokens inside names and dates. */
export function cuesIn(doc: Readonly<Doc>, kb: Knowledge, named: ReadonlySet<number>, from: number, to: number): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = Math.max(0, from); i < to; i++) {
    // A cue word inside a name is no cue ("Theresa May", "Will Hurd").
    if (named.has(i) && /^\p{Lu}/u.test(doc.tokens[i]?.text ?? "")) continue;
    const match = kb.eventCues.longestMatch(doc.tokens, i, to);
    if (!match) continue;
    for (const cue of match.entries) hits.push({ cue, token: i, length: match.length, word: doc.tokens[i]?.lower ?? "" });
  }
  return hits;
}

export function hasCue(hits: readonly CueHit[], cue: CueClass): boolean {
  return hits.some((h) => h.cue === cue);
}
