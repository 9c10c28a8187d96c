import { foldAccents } from "./words.js";

/**
 * Generational suffixes the scoring contract (gold GUIDE, "Scoring") ignores.
 * Kept here rather than in the language lexicons so that editing the extractor's
 * data cannot move the scorer's yardstick.
 */
const SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

export interface NameMatchOptions {
  /** Actor matching: a one-word predicted name matches only a one-word gold name. */
  singleWordMatchesOnlySingleWord: boolean;
}

/** How two names matched, strongest first; used to pair names when several could match. */
export type NameMatchKind = "same-words-same-order" | "same-words" | "last-word" | "single-word";

const STRENGTH: Record<NameMatchKind, number> = {
  "same-words-same-order": 4,
  "same-words": 3,
  "last-word": 2,
  "single-word": 1,
};

/**
 * The words that identify a person: lower-cased, accents and punctuation dropped
 * ("O'Brien" → "obrien", "Tae-yong" → "tae yong"), without suffixes and initials.
 */
export function significantNameWords(name: string): string[] {
  const words = foldAccents(name.toLowerCase())
    .replace(/['’.]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return words.filter((word) => word.length > 1 && !SUFFIXES.has(word));
}

/** The last significant word of a name ("Lloyd J. Austin III" → "austin"), or null for an empty name. */
export function surname(name: string): string | null {
  const words = significantNameWords(name);
  return words[words.length - 1] ?? null;
}

/** How `predicted` matches `gold` under the GUIDE's name rule, or null when it does not. */
export function nameMatch(predicted: string, gold: string, options: NameMatchOptions): NameMatchKind | null {
  const p = significantNameWords(predicted);
  const g = significantNameWords(gold);
  if (p.length === 0 || g.length === 0) return null;
  if (options.singleWordMatchesOnlySingleWord && p.length === 1 && g.length !== 1) return null;
  if (p.join(" ") === g.join(" ")) return "same-words-same-order";
  if (sameWordSet(p, g)) return "same-words";
  if (p[p.length - 1] === g[g.length - 1]) return "last-word";
  if (p.length === 1 && g.includes(p[0] as string)) return "single-word";
  return null;
}

/** The GUIDE's name rule as a yes/no answer. */
export function namesMatch(predicted: string, gold: string, options: NameMatchOptions): boolean {
  return nameMatch(predicted, gold, options) !== null;
}

/** A pairing score for `pairGreedy`: stronger kinds of match are taken first. */
export function nameMatchStrength(predicted: string, gold: string, options: NameMatchOptions): [number] | null {
  const kind = nameMatch(predicted, gold, options);
  return kind === null ? null : [STRENGTH[kind]];
}

function sameWordSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((word) => right.has(word));
}
