import type { Doc } from "../model/doc.js";

/**
 * A sentence's words in lower case as one string, " w0 w1 ... wn ", with where each
 * word starts in it. A phrase in any stretch of the sentence's words is then one
 * search of that string, instead of slicing and joining the stretch for each question.
 */
export interface SentenceWords {
  /** The sentence's first token. */
  start: number;
  /** Its lower-case words, each with a space before and after. */
  text: string;
  /** Where word k of the sentence starts in `text`; one more entry, the text's length, closes the last word. */
  offsets: number[];
}

/** The words of sentence `sentence`. */
export function sentenceWords(doc: Readonly<Doc>, sentence: number): SentenceWords {
  const start = doc.sentences[sentence]?.tokenStart ?? 0;
  const end = doc.sentences[sentence]?.tokenEnd ?? start;
  const words: string[] = [];
  const offsets: number[] = [];
  let offset = 1;
  for (let i = start; i < end; i++) {
    const word = doc.tokens[i]?.lower ?? "";
    words.push(word);
    offsets.push(offset);
    offset += word.length + 1;
  }
  offsets.push(offset);
  return { start, text: ` ${words.join(" ")} `, offsets };
}

/**
 * Whether the words of tokens [from, to), joined by single spaces, hold `phrase` as whole words:
 * as `" " + words.join(" ") + " "` includes `" " + phrase + " "`. Both ends must lie inside the sentence.
 */
export function hasPhrase(words: SentenceWords, phrase: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const end = words.offsets[to - words.start] ?? 0;
  const needle = ` ${phrase} `;
  const found = words.text.indexOf(needle, (words.offsets[from - words.start] ?? 0) - 1);
  return found >= 0 && found + needle.length <= end;
}
