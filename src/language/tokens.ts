import type { Sentence, SentenceRole, Token } from "../model/doc.js";
import type { Span } from "../model/span.js";
import type { LanguageLists } from "../knowledge/types.js";
import { normalizeLowerCaseWord } from "../knowledge/phrase-index.js";
import { defineAnnotator } from "./annotator.js";
import { startsWithCapital } from "./mentions/names.js";
import { wink } from "./wink.js";

/** A headline is a short first paragraph; longer first paragraphs are running text. */
const MAX_HEADLINE_TOKENS = 30;
/** A photo credit is a short line; anything longer is a sentence that mentions an agency. */
const MAX_CREDIT_TOKENS = 12;

const its = wink.its;

/** Paragraphs are the non-empty lines of the text (blank lines and single newlines both separate them). */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed.length === 0) continue;
    const start = match.index + leading;
    paragraphs.push({ start, end: start + trimmed.length });
  }
  return paragraphs;
}

interface TokenRange {
  tokenStart: number;
  tokenEnd: number;
}

/** A lower-case word that wink-nlp read with its full stop as one abbreviation ("in." for inches). */
const WORD_WITH_STOP = /^[a-z]+\.$/;

/** A letter wink-nlp's tokenizer does not know as one ("ł", "ş", "ğ"), at which it cuts a word in pieces. */
const FOREIGN_LETTER = /[^\p{Script=Latin}\P{L}]|[\u0100-\u024f]/u;

/** Whether two pieces written together are one word wink cut at a letter it does not know ("W" + "ł" + "adys" ...). */
function splitInsideWord(before: string, after: string): boolean {
  const last = before.at(-1) ?? "";
  const first = after[0] ?? "";
  return /\p{L}/u.test(last) && /\p{L}/u.test(first) && (FOREIGN_LETTER.test(last) || FOREIGN_LETTER.test(first));
}

function makeToken(start: number, text: string, pos: string): Token {
  const lower = text.toLowerCase();
  return { start, end: start + text.length, text, lower, key: normalizeLowerCaseWord(lower), pos, sentence: -1 };
}

/**
 * wink-nlp's tokens with character offsets, whitespace dropped, plus its sentence
 * ranges in our token indices. A word wink read together with the full stop after
 * it, where the word is no abbreviation of ours ("their way in. President ..."),
 * becomes the word and a full stop, and a capitalised word after that full stop
 * starts a new sentence (`stops` lists those full stops).
 */
function tokenize(text: string, lists: LanguageLists): { tokens: Token[]; sentences: TokenRange[]; stops: Set<number> } {
  const doc = wink.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const ours: number[] = new Array<number>(values.length);
  const tokens: Token[] = [];
  const stops = new Set<number>();
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? "").length;
    const value = values[i] ?? "";
    const pos = tags[i] ?? "X";
    ours[i] = tokens.length;
    if (value.endsWith(".") && WORD_WITH_STOP.test(value) && !lists.abbreviations.has(value.slice(0, -1))) {
      const word = value.slice(0, -1);
      tokens.push(makeToken(offset, word, lists.prepositions.has(word) ? "ADP" : pos));
      stops.add(tokens.length);
      tokens.push(makeToken(offset + word.length, ".", "PUNCT"));
    } else if (pos !== "SPACE" && value.trim().length > 0) {
      const previous = tokens[tokens.length - 1];
      if (previous && previous.end === offset && splitInsideWord(previous.text, value)) {
        ours[i] = tokens.length - 1;
        // wink tags the pieces as if each were a word ("Ya" of "Yaşar" as a pronoun); a capitalised whole is a name.
        const word = previous.text + value;
        tokens[tokens.length - 1] = makeToken(previous.start, word, startsWithCapital(word) ? "PROPN" : previous.pos === "X" ? pos : previous.pos);
      } else {
        tokens.push(makeToken(offset, value, pos));
      }
    }
    offset += value.length;
  }
  const sentences: TokenRange[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const tokenStart = ours[first] ?? tokens.length;
    const tokenEnd = last + 1 < values.length ? (ours[last + 1] ?? tokens.length) : tokens.length;
    if (tokenEnd > tokenStart) sentences.push({ tokenStart, tokenEnd });
  }
  return { tokens, sentences, stops };
}

function paragraphOf(paragraphs: readonly Span[], offset: number, hint: number): number {
  let p = hint;
  while (p + 1 < paragraphs.length && (paragraphs[p + 1]?.start ?? Infinity) <= offset) p++;
  return p;
}

/** True when a sentence ends in "<abbreviation> ." or "<initial> ." rather than a full stop. */
function endsInAbbreviation(tokens: readonly Token[], range: TokenRange, lists: LanguageLists): boolean {
  const last = tokens[range.tokenEnd - 1];
  if (!last) return false;
  let word: string | undefined;
  if (last.text === ".") word = tokens[range.tokenEnd - 2]?.text;
  else if (last.text.endsWith(".")) word = last.text.slice(0, -1);
  if (!word || /[.]/.test(word)) return false;
  if (/^[A-Z]$/.test(word)) return true;
  return lists.abbreviations.has(word.toLowerCase());
}

/** wink's sentences cut after each full stop split off a word where a capitalised word follows. */
function splitAtStops(sentences: readonly TokenRange[], tokens: readonly Token[], stops: ReadonlySet<number>): TokenRange[] {
  if (stops.size === 0) return [...sentences];
  const split: TokenRange[] = [];
  for (const sentence of sentences) {
    let start = sentence.tokenStart;
    for (let i = start; i < sentence.tokenEnd - 1; i++) {
      if (stops.has(i) && /^[A-Z]/.test(tokens[i + 1]?.text ?? "")) {
        split.push({ tokenStart: start, tokenEnd: i + 1 });
        start = i + 1;
      }
    }
    split.push({ tokenStart: start, tokenEnd: sentence.tokenEnd });
  }
  return split;
}

/**
 * Sentence ranges that respect paragraphs and abbreviations: wink's sentences are
 * cut at every paragraph break, and re-joined where wink split after a title or
 * an initial ("Adm. | Philip Davidson", "Antony J. | Blinken").
 */
function sentenceRanges(
  tokens: readonly Token[],
  winkSentences: readonly TokenRange[],
  paragraphs: readonly Span[],
  lists: LanguageLists,
): (TokenRange & { paragraph: number })[] {
  const ranges: (TokenRange & { paragraph: number })[] = [];
  let paragraph = 0;
  for (const sentence of winkSentences) {
    let start = sentence.tokenStart;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = tokens[i];
      if (!token) continue;
      const p = paragraphOf(paragraphs, token.start, paragraph);
      if (i === start) {
        paragraph = p;
      } else if (p !== paragraph) {
        ranges.push({ tokenStart: start, tokenEnd: i, paragraph });
        start = i;
        paragraph = p;
      }
    }
    const range = { tokenStart: start, tokenEnd: sentence.tokenEnd, paragraph };
    const previous = ranges[ranges.length - 1];
    const first = tokens[range.tokenStart];
    if (
      previous &&
      previous.paragraph === range.paragraph &&
      first &&
      /^[A-Z0-9]/.test(first.text) &&
      endsInAbbreviation(tokens, previous, lists)
    ) {
      previous.tokenEnd = range.tokenEnd;
    } else {
      ranges.push(range);
    }
  }
  return ranges;
}

/** A short line that ends with a picture agency after "/", "via", "Photo:" or "Credit:". */
function isPhotoCredit(tokens: readonly Token[], range: TokenRange, lists: LanguageLists): boolean {
  if (range.tokenEnd - range.tokenStart > MAX_CREDIT_TOKENS) return false;
  const words = tokens.slice(range.tokenStart, range.tokenEnd).map((t) => t.text);
  const marker = words.findIndex((w) => w === "/" || w.toLowerCase() === "via" || /^(photo|credit|image)s?$/i.test(w));
  if (marker < 0) return false;
  const tail = words.slice(marker + 1).filter((w) => !/^[:.()]$/.test(w));
  for (let n = Math.min(4, tail.length); n >= 1; n--) {
    if (lists.photoCredits.has(tail.slice(-n).join(" ").replace(/ \/ /g, "/").toLowerCase())) return true;
  }
  return false;
}

/**
 * Splits the text into paragraphs, sentences and tokens, and marks each sentence
 * as headline, running text, or furniture (a photo caption paragraph ending in its credit).
 */
export const tokensAnnotator = defineAnnotator({
  name: "tokens",
  requires: [],
  adds: ["paragraphs", "sentences", "tokens"],
  annotate(doc, kb) {
    const paragraphs = findParagraphs(doc.text);
    const raw = tokenize(doc.text, kb.language);
    const ranges = sentenceRanges(raw.tokens, splitAtStops(raw.sentences, raw.tokens, raw.stops), paragraphs, kb.language);
    const furnitureParagraphs = new Set(
      ranges.filter((r) => isPhotoCredit(raw.tokens, r, kb.language)).map((r) => r.paragraph),
    );
    const tokens = raw.tokens;
    const sentences: Sentence[] = ranges.map((range, index) => {
      for (let i = range.tokenStart; i < range.tokenEnd; i++) {
        const token = tokens[i];
        if (token) token.sentence = index;
      }
      let role: SentenceRole = "body";
      if (furnitureParagraphs.has(range.paragraph)) role = "furniture";
      else if (range.paragraph === 0 && isHeadline(raw.tokens, range, ranges)) role = "headline";
      return {
        start: tokens[range.tokenStart]?.start ?? 0,
        end: tokens[range.tokenEnd - 1]?.end ?? 0,
        paragraph: range.paragraph,
        tokenStart: range.tokenStart,
        tokenEnd: range.tokenEnd,
        role,
      };
    });
    return { paragraphs, sentences, tokens };
  },
});

/**
 * The first paragraph is a headline when it is short and does not end like a sentence
 * ("Austin: U.S. Will Work With Ukraine, Allies" may split into two pieces; both are headline).
 */
function isHeadline(tokens: readonly Token[], range: TokenRange & { paragraph: number }, all: readonly (TokenRange & { paragraph: number })[]): boolean {
  const paragraph = all.filter((r) => r.paragraph === range.paragraph);
  const first = paragraph[0]?.tokenStart ?? range.tokenStart;
  let end = (paragraph[paragraph.length - 1]?.tokenEnd ?? range.tokenEnd) - 1;
  // A closing quote or bracket may follow the full stop: “… nations.”
  while (end > first && /^[”"’')\]]$/.test(tokens[end]?.text ?? "")) end--;
  return end + 1 - first <= MAX_HEADLINE_TOKENS && !/^[.!?]$/.test(tokens[end]?.text ?? "");
}
