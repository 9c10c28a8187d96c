/**
 * Lower-cased word tokens of a text with punctuation and accents ignored, the
 * unit the scorer compares evidence sentences and quotations in.
 */
export function wordTokens(text: string): string[] {
  return foldAccents(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** "Sánchez" → "sanchez": annotators and gold may differ in accents only. */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Jaccard overlap |A∩B| / |A∪B| of the two texts' word sets; 0 when both are empty. */
export function wordOverlap(a: string, b: string): number {
  const left = new Set(wordTokens(a));
  const right = new Set(wordTokens(b));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Share of `reference`'s words (counted with repeats) that occur anywhere in `candidate`. */
export function wordCoverage(reference: string, candidate: string): number {
  const words = wordTokens(reference);
  if (words.length === 0) return 0;
  const present = new Set(wordTokens(candidate));
  return words.filter((word) => present.has(word)).length / words.length;
}
