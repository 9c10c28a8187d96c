import type { Doc } from "../model/doc.js";
import type { CueClass } from "../knowledge/event-cues.js";
import type { PhraseMatch } from "../knowledge/phrase-index.js";
import type { Knowledge } from "../knowledge/types.js";
import type { NamedTokens } from "./names-and-dates.js";

/** A cue phrase found in a token window, with where it starts. */
export interface CueHit {
  cue: CueClass;
  token: number;
  length: number;
  /** The cue's first word, lower case. */
  word: string;
}

/** Per token, the longest cue phrase starting there, with no window end; undefined until asked. */
type KnownCues = (PhraseMatch<CueClass> | null | undefined)[];

/** Each article's known cue phrases: the windows of a sentence's triggers overlap, so most tokens are asked about several times. */
const cuesStartingAt = new WeakMap<Readonly<Doc>, KnownCues>();

function knownCues(doc: Readonly<Doc>): KnownCues {
  let known = cuesStartingAt.get(doc);
  if (!known) {
    known = new Array<PhraseMatch<CueClass> | null | undefined>(doc.tokens.length);
    cuesStartingAt.set(doc, known);
  }
  return known;
}

/** The longest cue phrase starting at token `i` and ending by token `to`; `known` holds the article's cue phrases so far. */
function cueAt(doc: Readonly<Doc>, kb: Knowledge, known: KnownCues, i: number, to: number): PhraseMatch<CueClass> | null {
  let match = known[i];
  if (match === undefined) {
    match = kb.eventCues.longestMatch(doc.tokens, i);
    known[i] = match;
  }
  // The longest phrase that ends by `to` is the longest phrase, unless that runs past `to`.
  return match && i + match.length > to ? kb.eventCues.longestMatch(doc.tokens, i, to) : match;
}

/** Every status or mode cue in tokens [from, to); `named` holds the tokens inside names and dates. */
export function cuesIn(doc: Readonly<Doc>, kb: Knowledge, named: NamedTokens, from: number, to: number): CueHit[] {
  const hits: CueHit[] = [];
  const known = knownCues(doc);
  for (let i = Math.max(0, from); i < to; i++) {
    // A cue word inside a name is no cue ("Theresa May", "Will Hurd").
    if (named.isCapitalisedIn(i)) continue;
    const match = cueAt(doc, kb, known, i, to);
    if (!match) continue;
    for (const cue of match.entries) hits.push({ cue, token: i, length: match.length, word: doc.tokens[i]?.lower ?? "" });
  }
  return hits;
}

export function hasCue(hits: readonly CueHit[], cue: CueClass): boolean {
  return hits.some((h) => h.cue === cue);
}
