/**
 * Multi-word lexicon lookup over token sequences.
 *
 * Phrases are stored under a normalized key per word (lower case, dots removed,
 * curly apostrophes straightened), so "U.S." and "US", "Adm." and "Adm" share a key.
 * Lookup walks a trie from one token and returns the longest phrase that matches.
 */

export interface PhraseToken {
  text: string;
}

export interface PhraseMatch<T> {
  /** Number of tokens the phrase covers. */
  length: number;
  entries: readonly T[];
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entries: T[];
}

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, "");
}

/**
 * Split a lexicon phrase into words the way the tokenizer splits running text
 * for the cases lexicons contain: spaces, hyphens, and a possessive 's.
 */
export function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/([’'])s\b/g, " $1s")
    .replace(/-/g, " - ")
    .split(/\s+/)
    .map(normalizeWord)
    .filter((w) => w.length > 0);
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), entries: [] };
  private phraseCount = 0;

  get size(): number {
    return this.phraseCount;
  }

  add(phrase: string, entry: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.entries.length === 0) this.phraseCount++;
    node.entries.push(entry);
  }

  /** The longest phrase starting at tokens[from] and ending before tokens[end]. */
  longestMatch(tokens: readonly PhraseToken[], from: number, end = tokens.length): PhraseMatch<T> | null {
    let node = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let i = from; i < end; i++) {
      const token = tokens[i];
      if (!token) break;
      const child = node.next.get(normalizeWord(token.text));
      if (!child) break;
      node = child;
      if (node.entries.length > 0) best = { length: i - from + 1, entries: node.entries };
    }
    return best;
  }

  /** Exact lookup of a whole phrase. */
  get(phrase: string): readonly T[] {
    let node: TrieNode<T> | undefined = this.root;
    for (const word of phraseWords(phrase)) {
      node = node.next.get(word);
      if (!node) return [];
    }
    return node.entries;
  }
}
