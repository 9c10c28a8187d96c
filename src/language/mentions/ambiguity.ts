import type { Doc } from "../../model/doc.js";
import type { AmbiguousName, AmbiguousReading } from "../../knowledge/types.js";
import { startsWithUpperCaseLetter } from "./names.js";

/** How many tokens around a name a lower-case cue word must sit within ("Gov.", "county", "said"). */
const NEAR_CUE_REACH = 12;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * How strongly the article points to one reading: each capitalised cue found anywhere
 * in the text ("Tbilisi", "Atlanta") counts one; each lower-case cue ("governor",
 * "county") counts one when it sits near the name.
 */
function cueScore(doc: Readonly<Doc>, reading: AmbiguousReading, from: number, to: number): number {
  const known = cuesKnownInText(doc);
  let near: string | undefined;
  let score = 0;
  for (const cue of reading.cues) {
    if (startsWithUpperCaseLetter(cue)) {
      if (inText(doc, known, cue)) score++;
    } else if (cuePattern(cue, false).test((near ??= textNear(doc, from, to)))) {
      score++;
    }
  }
  return score;
}

/** The text within NEAR_CUE_REACH tokens of tokens [from, to). */
function textNear(doc: Readonly<Doc>, from: number, to: number): string {
  const first = doc.tokens[Math.max(0, from - NEAR_CUE_REACH)];
  const last = doc.tokens[Math.min(doc.tokens.length - 1, to + NEAR_CUE_REACH)];
  return first && last ? doc.text.slice(first.start, last.end) : "";
}

/** Per article, whether each capitalised cue asked about occurs anywhere in it: asked once per article and cue. */
const cuesInText = new WeakMap<Readonly<Doc>, Map<string, boolean>>();

function cuesKnownInText(doc: Readonly<Doc>): Map<string, boolean> {
  let known = cuesInText.get(doc);
  if (!known) {
    known = new Map();
    cuesInText.set(doc, known);
  }
  return known;
}

function inText(doc: Readonly<Doc>, known: Map<string, boolean>, cue: string): boolean {
  let found = known.get(cue);
  if (found === undefined) {
    // A plain search first: most cues are absent, and the pattern (letters must not touch the cue) is slower to run over a whole article.
    found = doc.text.includes(cue) && cuePattern(cue, true).test(doc.text);
    known.set(cue, found);
  }
  return found;
}

/** Cue patterns are compiled once: the same few names recur in every article. */
const compiledCues = new Map<string, RegExp>();

function cuePattern(cue: string, capitalised: boolean): RegExp {
  let pattern = compiledCues.get(cue);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(cue)}(?![\\p{L}])`, capitalised ? "u" : "iu");
    compiledCues.set(cue, pattern);
  }
  return pattern;
}

/**
 * The reading of an ambiguous name (Georgia the country or the U.S. state, Jordan the
 * country or a person) that the article's words point to; the lexicon's first,
 * most common reading when nothing points elsewhere.
 */
export function chooseReading(doc: Readonly<Doc>, name: AmbiguousName, from: number, to: number): AmbiguousReading | undefined {
  let best: AmbiguousReading | undefined;
  let bestScore = 0;
  for (const reading of name.readings) {
    const score = cueScore(doc, reading, from, to);
    if (score > bestScore) {
      best = reading;
      bestScore = score;
    }
  }
  return best ?? name.readings[0];
}
