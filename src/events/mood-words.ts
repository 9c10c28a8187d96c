import type { Doc } from "../model/doc.js";

/** Words that deny the clause they govern. */
const DENIALS = new Set(["deny", "denies", "denied", "denying", "doubt", "doubts", "doubted"]);
/** Verbs that report a later act ("agreed that officials would resume talks", "said he would travel"): their "would" is a future, not a condition. */
const REPORTING_VERBS = new Set(["said", "says", "agreed", "announced", "told", "added", "confirmed", "promised", "pledged", "decided", "expected"]);
const NEGATIONS = new Set(["not", "n't"]);

/**
 * Where a sentence first denies what follows ("denied that ...", "did not believe China was
 * planning ...") and first reports it ("said he would travel"), as token indices (Infinity
 * for none). Every trigger of the sentence asks whether such a word comes before it.
 */
export interface MoodWords {
  firstDenial: number;
  firstReporting: number;
}

export function moodWordsOf(doc: Readonly<Doc>, sentence: number): MoodWords {
  const range = doc.sentences[sentence];
  const tokens = doc.tokens;
  let firstDenial = Infinity;
  let firstReporting = Infinity;
  for (let i = range?.tokenStart ?? 0; i < (range?.tokenEnd ?? 0); i++) {
    const word = tokens[i]?.lower ?? "";
    if (firstDenial === Infinity && (DENIALS.has(word) || (word === "believe" && NEGATIONS.has(tokens[i - 1]?.lower ?? "")))) firstDenial = i;
    if (firstReporting === Infinity && REPORTING_VERBS.has(word)) firstReporting = i;
  }
  return { firstDenial, firstReporting };
}
