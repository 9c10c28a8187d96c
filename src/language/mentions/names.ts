import type { Token } from "../../model/doc.js";
import type { LanguageLists } from "../../knowledge/types.js";

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’]*\.?$/u;
const INITIAL = /^\p{Lu}\.$/u;
const CAPITAL_LETTER = /^\p{Lu}$/u;
const LETTERS = /^\p{L}+$/u;
const LOWER_CASE_LETTERS = /^\p{Ll}+$/u;

/** Two tokens written with nothing between them ("Caballero" "-" "Reynolds"). */
function touching(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Whether token `i` is a hyphen written without spaces between two words ("Caballero-Reynolds", "two-hour"). */
export function isGluedHyphen(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.text === "-" && touching(tokens[i - 1], token) && touching(token, tokens[i + 1]);
}

/**
 * Whether a word's first character changes in lower case (a capital letter). Asked of
 * nearly every token, so ASCII is decided from the character code, without a string.
 */
export function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = text[0] ?? "";
  return first !== first.toLowerCase();
}

const UPPER_CASE_START = /^\p{Lu}/u;
const LOWER_CASE_START = /^\p{Ll}/u;

/** Whether a word starts with an upper-case letter (`/^\p{Lu}/u`), deciding ASCII from the character code. */
export function startsWithUpperCaseLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_CASE_START.test(text);
}

/** Whether a word starts with a lower-case letter (`/^\p{Ll}/u`), deciding ASCII from the character code. */
export function startsWithLowerCaseLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_CASE_START.test(text);
}

/** An initial: one capital letter and a full stop ("J."). */
export function isInitial(text: string): boolean {
  return INITIAL.test(text);
}

export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined) return false;
  // Most tokens fail on their first letter; the full pattern runs only on the rest.
  return startsWithCapital(token.text) && CAPITALISED.test(token.text);
}

/** A capitalised word that may start or continue a person's name. */
export function isNameWord(token: Token | undefined, lists: LanguageLists): boolean {
  if (!token || !isCapitalised(token)) return false;
  if (INITIAL.test(token.text)) return true;
  const bare = token.lower.endsWith(".") ? token.lower.slice(0, -1) : token.lower;
  if (lists.nonNameWords.has(bare)) return false;
  // "Aug." and "St." are abbreviations, "Jr." a suffix of a name.
  if (token.text.endsWith(".") && lists.abbreviations.has(bare) && !lists.nameSuffixes.has(bare)) return false;
  return token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ" || token.pos === "X" || INITIAL.test(token.text);
}

/**
 * "Deputy Foreign Minister Do Hung Viet": a capitalised word inside a sentence that the tagger read as a verb ("Do")
 * starts a name when a name word follows it.
 */
function isTaggedVerbInName(tokens: readonly Token[], from: number, lists: LanguageLists): boolean {
  const next = tokens[from + 1];
  return isCapitalisedVerbInSentence(tokens, from, lists) && (isNameWord(next, lists) || isCapitalisedVerbInSentence(tokens, from + 1, lists));
}

/** A capitalised word past its sentence's first word that the tagger read as a verb ("Do", "Hung" of "Do Hung Viet"). */
function isCapitalisedVerbInSentence(tokens: readonly Token[], i: number, lists: LanguageLists): boolean {
  const token = tokens[i];
  if (!token || (token.pos !== "AUX" && token.pos !== "VERB") || !isCapitalised(token) || lists.nonNameWords.has(token.lower)) return false;
  return tokens[i - 1]?.sentence === token.sentence;
}

/**
 * The end (exclusive) of a run of name words starting at `from`: capitalised words,
 * initials ("J."), particles inside the run ("bin", "von der"), hyphenated parts
 * written without spaces, and a closing suffix ("III", "Jr."). Returns `from` when
 * no name starts there.
 */
export function nameRunEnd(tokens: readonly Token[], from: number, end: number, lists: LanguageLists): number {
  if (!isNameWord(tokens[from], lists) && !isTaggedVerbInName(tokens, from, lists)) return from;
  let i = from + 1;
  while (i < end) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (!token) break;
    // Hyphenated parts written without spaces: "Caballero-Reynolds", "Tae-yong".
    if (isGluedHyphen(tokens, i) && LETTERS.test(tokens[i + 1]?.text ?? "")) {
      i += 2;
      continue;
    }
    if (token.text === "." && touching(previous, token) && previous && CAPITAL_LETTER.test(previous.text)) {
      i += 1;
      continue;
    }
    // "bin Salman", "von der Leyen": one or two particles before the next capitalised part.
    const particles = lists.nameParticles.has(token.lower) ? (lists.nameParticles.has(tokens[i + 1]?.lower ?? "") ? 2 : 1) : 0;
    if (particles > 0 && isNameWord(tokens[i + particles], lists)) {
      i += particles + 1;
      continue;
    }
    // "al-Jubeir", "bin-Salman": a particle joined to the next part by a hyphen.
    if (lists.nameParticles.has(token.lower) && isGluedHyphen(tokens, i + 1) && isNameWord(tokens[i + 2], lists)) {
      i += 3;
      continue;
    }
    if (isNameWord(token, lists) || (isCapitalisedVerbInSentence(tokens, i, lists) && isNameWord(tokens[i + 1], lists))) {
      i += 1;
      continue;
    }
    // "Won-sik", "Jae-in": a capitalised part joined to the next by a hyphen is a name part, whatever the tagger calls it.
    if (isCapitalised(token) && isGluedHyphen(tokens, i + 1) && LOWER_CASE_LETTERS.test(tokens[i + 2]?.text ?? "")) {
      i += 3;
      continue;
    }
    break;
  }
  return i;
}

/** The name's words without a generational suffix, for comparing people ("Lloyd J. Austin III" → last word "Austin"). */
export function nameWords(name: string, lists: LanguageLists): readonly string[] {
  let words = nameWordsMemo.get(name);
  if (!words) {
    const split = name.split(/\s+/).filter((w) => w.length > 0);
    while (split.length > 1 && lists.nameSuffixes.has((split[split.length - 1] ?? "").toLowerCase().replace(/[.,]/g, ""))) {
      split.pop();
    }
    if (nameWordsMemo.size >= NAME_MEMO_LIMIT) nameWordsMemo.clear();
    nameWordsMemo.set(name, split);
    words = split;
  }
  return words;
}

/** Names recur across mentions and articles; their split is remembered (a pure function's memo, bounded). */
const nameWordsMemo = new Map<string, readonly string[]>();
const NAME_MEMO_LIMIT = 50_000;

export function surname(name: string, lists: LanguageLists): string {
  const words = nameWords(name, lists);
  return words[words.length - 1] ?? name;
}

/** The text of tokens [from, to) as written, spacing included. */
export function tokenText(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return "";
  return text.slice(first.start, last.end);
}
