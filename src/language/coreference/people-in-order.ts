import type { Mention } from "../../model/doc.js";

/**
 * Person mentions in the order of their first token, for looking back from a token
 * without sorting or filtering all of them each time. Of mentions starting at the same
 * token, the one given or added first comes first, as a stable sort would leave them.
 * A mention's sentence is the sentence of its tokens, so sentences run in order too.
 */
export class PeopleInOrder {
  private readonly ordered: Mention[];

  private constructor(ordered: Mention[]) {
    this.ordered = ordered;
  }

  static of(mentions: readonly Mention[]): PeopleInOrder {
    return new PeopleInOrder([...mentions].sort((a, b) => a.tokenStart - b.tokenStart));
  }

  get mentions(): readonly Mention[] {
    return this.ordered;
  }

  /** Adds a mention after every mention starting at or before its first token. */
  add(mention: Mention): void {
    this.ordered.splice(this.firstStartingAfter(mention.tokenStart), 0, mention);
  }

  /** How many mentions start before token `at`: they are `mentions[0 .. count)`. */
  countBefore(at: number): number {
    return this.firstStartingAfter(at - 1);
  }

  /** Whether another mention of the same sentence starts before the mention at `index`. */
  hasEarlierInSentence(index: number): boolean {
    const mention = this.ordered[index];
    if (!mention) return false;
    let k = index - 1;
    while (k >= 0 && this.ordered[k]?.tokenStart === mention.tokenStart) k--;
    return k >= 0 && this.ordered[k]?.sentence === mention.sentence;
  }

  /**
   * The mention that passes `test` and starts latest before token `at`; of several
   * starting at the same token, the first in order.
   */
  latestBefore(at: number, test: (mention: Mention) => boolean): Mention | undefined {
    for (let end = this.countBefore(at); end > 0; ) {
      let start = end - 1;
      const tokenStart = this.ordered[start]?.tokenStart;
      while (start > 0 && this.ordered[start - 1]?.tokenStart === tokenStart) start--;
      for (let k = start; k < end; k++) {
        const mention = this.ordered[k] as Mention;
        if (test(mention)) return mention;
      }
      end = start;
    }
    return undefined;
  }

  /** The index of the first mention starting after token `at` (binary search). */
  private firstStartingAfter(at: number): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ordered[mid]?.tokenStart ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
