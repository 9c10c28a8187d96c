import type { Doc, Token } from "../model/doc.js";

/** What a token is to names and dates: outside them, or inside one, written with a capital or not (worked out when first asked). */
const OUTSIDE = 0;
const INSIDE = 1;
const CAPITALISED_INSIDE = 2;
const LOWER_CASE_INSIDE = 3;

const CAPITALISED = /^\p{Lu}/u;

/** Whether a word starts with a capital: the Unicode test only past ASCII, where it is slow. */
function isCapitalised(text: string): boolean {
  const first = text.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : CAPITALISED.test(text);
}

/**
 * The tokens inside a name or a date phrase, where a capitalised cue or trigger word
 * is part of the name ("Theresa May", "March 23", "Strike Group"). Computed once per
 * article and shared by the trigger finder and the cue reader, as one mark per token
 * rather than a set of token indices.
 */
export class NamedTokens {
  /** No token inside a name: for cue lookups where names cannot hold a cue word anyway. */
  static readonly NONE = new NamedTokens([], []);

  private constructor(
    private readonly tokens: readonly Token[],
    private readonly marks: number[],
  ) {}

  static of(doc: Readonly<Doc>): NamedTokens {
    const marks = new Array<number>(doc.tokens.length).fill(OUTSIDE);
    for (const mention of doc.mentions) marks.fill(INSIDE, mention.tokenStart, mention.tokenEnd);
    let t = 0;
    for (const date of doc.dates) {
      while (t < doc.tokens.length && (doc.tokens[t]?.end ?? 0) <= date.start) t++;
      for (let k = t; k < doc.tokens.length && (doc.tokens[k]?.start ?? Infinity) < date.end; k++) marks[k] = INSIDE;
    }
    return new NamedTokens(doc.tokens, marks);
  }

  /** Whether token `i` lies inside a name or a date phrase. */
  has(i: number): boolean {
    return (this.marks[i] ?? OUTSIDE) !== OUTSIDE;
  }

  /** Whether token `i` is a capitalised word inside a name or a date phrase: part of the name, no cue or trigger. */
  isCapitalisedIn(i: number): boolean {
    // Only the tokens a trigger or cue lookup visits are looked at, once each.
    if (this.marks[i] === INSIDE) this.marks[i] = isCapitalised(this.tokens[i]?.text ?? "") ? CAPITALISED_INSIDE : LOWER_CASE_INSIDE;
    return this.marks[i] === CAPITALISED_INSIDE;
  }
}
