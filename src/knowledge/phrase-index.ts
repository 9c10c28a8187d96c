/**
 * Multi-word lexicon lookup over token sequences.
 *
 * Phrases are stored under a normalized key per word (lower case, dots removed,
 * curly apostrophes straightened), so "U.S." and "US", "Adm." and "Adm" share a key.
 * Lookup walks a trie from one token and returns the longest phrase that matches.
 *
 * A phrase added as case-sensitive matches only where every word of it that has
 * a capital letter is written the same way in the text (or in all capitals, as in
 * a headline): "US" matches "US" but not "us", "Turkey" matches "TURKEY" but not
 * "turkey". Its lower-case words ("of", "al") match in any case.
 */

export interface PhraseToken {
  text: string;
  /** The word's lookup key (`normalizeWord(text)`), when the caller has it already. */
  key?: string;
}

export interface PhraseMatch<T> {
  /** Number of tokens the phrase covers. */
  length: number;
  entries: readonly T[];
}

/**
 * A case-sensitive entry's required spelling, split once when the phrase enters the
 * trie: per word, its form with dots removed, or null for a lower-case word (any case fits).
 */
interface Spelling {
  /** The words joined by spaces, which tells spellings apart. */
  text: string;
  words: readonly (string | null)[];
}

interface TrieNode<T> {
  /** Children by normalized word; null until the node has one (most nodes are leaves). */
  next: Map<string, TrieNode<T>> | null;
  /** Entries of the phrase ending here; null when none does. */
  entries: T[] | null;
  /** Per entry, the spellings it accepts, or null when any case matches; null while no entry is case-sensitive. */
  spellings: (Spelling[] | null)[] | null;
  /** The lexicon writes the word leading here as an abbreviation ("Adm."), so a lone "." token after it belongs to it. */
  abbreviation: boolean;
  /** At the root's children: phrases starting with this word, not yet added below it (they are added on first visit). */
  pending: PendingPhrase<T>[] | null;
}

const NO_ENTRIES: readonly never[] = Object.freeze([] as never[]);

/*
 * The patterns below run for every token: kept here, built once (a pattern written
 * inside a function is a new object each time the function runs).
 */
const CURLY_APOSTROPHE = /[’‘`]/;
const CURLY_APOSTROPHES = /[’‘`]/g;
const DOT_OR_CURLY_APOSTROPHE = /[.’‘`]/;

function straighten(word: string): string {
  return CURLY_APOSTROPHE.test(word) ? word.replace(CURLY_APOSTROPHES, "'") : word;
}

export function normalizeWord(word: string): string {
  const lower = straighten(word).toLowerCase();
  return lower.includes(".") ? lower.replaceAll(".", "") : lower;
}

/**
 * `normalizeWord` of a word already in lower case: the word itself, the same string,
 * unless it has a dot or a curly apostrophe. A tokenizer keeps one string per word, not two.
 */
export function normalizeLowerCaseWord(lower: string): string {
  return DOT_OR_CURLY_APOSTROPHE.test(lower) ? normalizeWord(lower) : lower;
}

/** The word as case-sensitive matching compares it: apostrophes straightened, dots removed, case kept. */
function spellingOf(word: string): string {
  const straight = straighten(word);
  return straight.includes(".") ? straight.replaceAll(".", "") : straight;
}

/** Letters and single spaces only: most lexicon phrases, split without further work. */
const PLAIN_PHRASE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * Split a lexicon phrase into words the way the tokenizer splits running text
 * for the cases lexicons contain: spaces, hyphens, commas, a trailing "+" and a
 * possessive 's. With `keepHyphens`, hyphenated words stay whole, as the
 * tokenizer keeps some of them ("G-7").
 */
function splitPhrase(phrase: string, keepHyphens = false): string[] {
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(" ");
  const words: string[] = [];
  for (const chunk of phrase.split(/\s+/)) {
    if (chunk.length === 0) continue;
    if (/^[\p{L}\p{N}.]+$/u.test(chunk)) {
      words.push(chunk);
      continue;
    }
    const spaced = chunk
      .replace(/([’'])s$/, " $1s")
      .replace(/,/g, " , ")
      .replace(/\+$/, " +");
    for (const word of (keepHyphens ? spaced : spaced.replace(/-/g, " - ")).split(" ")) {
      if (normalizeWord(word).length > 0) words.push(word);
    }
  }
  return words;
}

export function phraseWords(phrase: string): string[] {
  return splitPhrase(phrase).map(normalizeWord);
}

/** A possessive written inside one token after at least one letter ("Hezbollah's"), which ends a name. */
function endsInPossessive(text: string): boolean {
  const n = text.length;
  if (n <= 2 || (text.charCodeAt(n - 1) | 0x20) !== 0x73) return false;
  const apostrophe = text.charCodeAt(n - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019;
}

/**
 * The words a lookup has matched so far, as written, by trie depth: one buffer for
 * all lookups (a lookup never starts another), read only up to the depth reached.
 */
const WRITTEN: string[] = [];

/** A word with one dot, at its end, after letters: "Adm.", "Gen.", "Mr." (not "U.S."). */
function isAbbreviation(word: string): boolean {
  return word.endsWith(".") && /^\p{L}+\.$/u.test(word);
}

/** The spelling a case-sensitive phrase of these words requires. */
function spellingFrom(words: readonly string[]): Spelling {
  const forms = words.map(spellingOf);
  return { text: forms.join(" "), words: forms.map((form) => (form === form.toLowerCase() ? null : form)) };
}

/** Whether the matched words fit a required spelling: its capitalised words exactly or in capitals, the rest in any case. */
function spellingFits(required: Spelling, written: readonly string[]): boolean {
  for (let w = 0; w < required.words.length; w++) {
    const word = required.words[w];
    // A word written just as required needs no normalizing (the common case).
    if (word === null || word === undefined || written[w] === word) continue;
    const text = spellingOf(written[w] ?? "");
    if (text !== word && text !== word.toUpperCase()) return false;
  }
  return true;
}

function fitsAny(spellings: readonly Spelling[], written: readonly string[]): boolean {
  for (const spelling of spellings) if (spellingFits(spelling, written)) return true;
  return false;
}

function newNode<T>(): TrieNode<T> {
  return { next: null, entries: null, spellings: null, abbreviation: false, pending: null };
}

/** A phrase added but not yet in the trie, filed under its first word. */
interface PendingPhrase<T> {
  phrase: string;
  entry: T;
  caseSensitive: boolean;
  keepHyphens: boolean;
}

/**
 * The length of the phrase's first word when it is ASCII letters only, followed
 * by a space or the end (every way of splitting keeps it whole), else 0.
 */
function plainLeadingWord(phrase: string): number {
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) continue;
    return i > 0 && phrase.charCodeAt(i) === 0x20 ? i : 0;
  }
  return phrase.length;
}

/** The phrase's first word as splitPhrase would give it, without splitting the rest. */
function firstWord(phrase: string, keepHyphens: boolean): string | undefined {
  const plain = plainLeadingWord(phrase);
  if (plain > 0) return phrase.slice(0, plain);
  for (const chunk of phrase.split(/\s+/)) {
    const words = splitPhrase(chunk, keepHyphens);
    if (words.length > 0) return words[0];
  }
  return undefined;
}

/** Slots in each of a phrase index's word filters. */
const START_SLOTS = 1 << 16;

/**
 * Where a word's first three characters, its length and its last character file it
 * in a start filter (the first three alone let most capitalised words through to the
 * gazetteer's 15,000 first words). Words that share a slot (other characters fold
 * onto ASCII ones) only let more words through.
 */
function startSlot(key: string): number {
  const prefix = (key.charCodeAt(0) & 0x7f) * 16129 + (key.charCodeAt(1) & 0x7f) * 127 + (key.charCodeAt(2) & 0x7f);
  return (prefix * 31 + key.length * 131 + (key.charCodeAt(key.length - 1) & 0x7f)) & (START_SLOTS - 1);
}

/**
 * Phrases are filed by first word when added and put into the trie the first
 * time a lookup reaches that word, so loading a large lexicon (the gazetteer's
 * 20,000 place names) costs little more than reading it, and an article only
 * pays for the words it contains. This changes nothing a caller can see.
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  /**
   * Per slot, 1 where a phrase's first word is filed. Most tokens start no phrase;
   * this check turns them away at less cost than the lookup of the word.
   */
  private readonly starts = new Uint8Array(START_SLOTS);
  /** The same for the words that continue a phrase: most words after a phrase's start continue none. */
  private readonly continuations = new Uint8Array(START_SLOTS);
  private phraseCount = 0;

  get size(): number {
    for (const node of this.root.next?.values() ?? []) this.settle(node);
    return this.phraseCount;
  }

  add(phrase: string, entry: T, caseSensitive = false): void {
    this.defer({ phrase, entry, caseSensitive, keepHyphens: false });
    if (phrase.includes("-")) this.defer({ phrase, entry, caseSensitive, keepHyphens: true });
  }

  /**
   * The longest phrase starting at tokens[from] and ending before tokens[end].
   * A lone "." token right after an abbreviation the lexicon writes with its dot
   * ("Adm" "." for "Adm.") is part of the match, and so is a possessive 's
   * written inside the name's last token ("Hezbollah's").
   */
  longestMatch(tokens: readonly PhraseToken[], from: number, end = tokens.length): PhraseMatch<T> | null {
    // Most calls match nothing, and those that do pass through several nodes: the
    // result is built once, at the end, and the words as written go to a shared buffer.
    const written = WRITTEN;
    let node = this.root;
    let bestLength = 0;
    let bestEntries: readonly T[] | null = null;
    for (let i = from, depth = 0; i < end; i++, depth++) {
      const token = tokens[i];
      if (!token) break;
      let text = token.text;
      let child = this.child(node, token.key ?? normalizeWord(text));
      const possessive = !child && endsInPossessive(text);
      if (possessive) {
        text = text.slice(0, -2);
        child = this.child(node, normalizeWord(text));
      }
      if (!child) break;
      node = child;
      written[depth] = text;
      if (node.abbreviation && !text.endsWith(".") && i + 1 < end && tokens[i + 1]?.text === ".") i++;
      if (node.entries) {
        const entries = node.spellings ? entriesWrittenAs(node.entries, node.spellings, written) : node.entries;
        if (entries.length > 0) {
          bestLength = i - from + 1;
          bestEntries = entries;
        }
      }
      if (possessive) break;
    }
    return bestEntries && { length: bestLength, entries: bestEntries };
  }

  /** Exact lookup of a whole phrase, in any case. */
  get(phrase: string): readonly T[] {
    const words = phraseWords(phrase);
    let node: TrieNode<T> | undefined = this.root;
    for (const word of words) {
      node = this.child(node, word);
      if (!node) return NO_ENTRIES;
    }
    return node.entries ?? NO_ENTRIES;
  }

  private defer(pending: PendingPhrase<T>): void {
    const first = firstWord(pending.phrase, pending.keepHyphens);
    if (first === undefined) return;
    const node = this.childOrNew(this.root, normalizeWord(first));
    (node.pending ??= []).push(pending);
  }

  /** A node's child by key, made when missing. */
  private childOrNew(node: TrieNode<T>, key: string): TrieNode<T> {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) {
      child = newNode();
      node.next.set(key, child);
      (node === this.root ? this.starts : this.continuations)[startSlot(key)] = 1;
    }
    return child;
  }

  /**
   * A node's child by key; a child of the root whose phrases are still pending gets them
   * added first. Lookups below the root only reach nodes whose phrases are in the trie,
   * so their filter already holds every word that continues one.
   */
  private child(node: TrieNode<T>, key: string): TrieNode<T> | undefined {
    if ((node === this.root ? this.starts : this.continuations)[startSlot(key)] === 0) return undefined;
    const found = node.next?.get(key);
    if (found?.pending) this.settle(found);
    return found;
  }

  /** Puts the phrases filed under one first word into the trie, in the order they were added. */
  private settle(node: TrieNode<T>): void {
    const bucket = node.pending;
    if (!bucket) return;
    node.pending = null;
    for (const { phrase, entry, caseSensitive, keepHyphens } of bucket) {
      const words = splitPhrase(phrase, keepHyphens);
      // The hyphen-keeping variant only matters where it makes a different path.
      if (keepHyphens && words.length === splitPhrase(phrase).length) continue;
      this.addWords(words, entry, caseSensitive);
    }
  }

  private addWords(words: readonly string[], entry: T, caseSensitive: boolean): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      const child = this.childOrNew(node, normalizeWord(word));
      if (isAbbreviation(word)) child.abbreviation = true;
      node = child;
    }
    if (!node.entries) {
      node.entries = [];
      this.phraseCount++;
    }
    const spelling = caseSensitive ? spellingFrom(words) : null;
    const existing = node.entries.indexOf(entry);
    if (existing < 0) {
      if (spelling !== null) node.spellings ??= node.entries.map(() => null);
      node.entries.push(entry);
      node.spellings?.push(spelling && [spelling]);
      return;
    }
    const known = node.spellings?.[existing];
    if (known === undefined || known === null) return;
    if (spelling === null) {
      (node.spellings as (Spelling[] | null)[])[existing] = null;
    } else if (!known.some((k) => k.text === spelling.text)) {
      known.push(spelling);
    }
  }
}

/** The entries whose required spelling (if any) the matched words fit. */
function entriesWrittenAs<T>(entries: readonly T[], spellings: readonly (Spelling[] | null)[], written: readonly string[]): readonly T[] {
  // One pass; the entries themselves are returned, uncopied, when all of them fit (the usual case).
  let kept: T[] | null = null;
  for (let k = 0; k < entries.length; k++) {
    const spelling = spellings[k];
    const fits = spelling === null || spelling === undefined || fitsAny(spelling, written);
    if (!fits) kept ??= entries.slice(0, k);
    else if (kept) kept.push(entries[k] as T);
  }
  return kept ?? entries;
}
