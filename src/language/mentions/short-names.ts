import type { Doc, Mention } from "../../model/doc.js";

/** A short name an article defines in brackets: capitals (with dots or an ampersand), two to eight characters ("AFP", "RSF", "U.S.A."). */
const SHORT_NAME = /^(?=.{2,8}$)[A-Z][A-Z.&]*[A-Z.]$/;

/**
 * "the Armed Forces of the Philippines (AFP) ... from the AFP and U.S. military": a side named in full
 * with a short name in brackets right after it is that side wherever the article later writes the short
 * name. The lexicon may not know the short name, and where it does not, nothing else would.
 */
export function withShortNames(doc: Readonly<Doc>, sides: readonly Mention[]): Mention[] {
  const tokens = doc.tokens;
  const defined = new Map<string, Mention>();
  for (const side of sides) {
    const open = tokens[side.tokenEnd];
    const name = tokens[side.tokenEnd + 1];
    if (open?.text !== "(" || tokens[side.tokenEnd + 2]?.text !== ")" || !name || !SHORT_NAME.test(name.text)) continue;
    if (!defined.has(name.text)) defined.set(name.text, side);
  }
  if (defined.size === 0) return [...sides];
  const covered = new Set<number>();
  for (const side of sides) for (let t = side.tokenStart; t < side.tokenEnd; t++) covered.add(t);
  const found: Mention[] = [];
  tokens.forEach((token, t) => {
    const side = defined.get(token.text);
    // Each later use of the short name, outside the brackets that define it and outside other names.
    if (!side || t <= side.tokenEnd + 1 || covered.has(t) || doc.sentences[token.sentence]?.role === "furniture") return;
    found.push({ ...side, start: token.start, end: token.end, text: token.text, sentence: token.sentence, tokenStart: t, tokenEnd: t + 1, rule: "mentions/short-name" });
  });
  return [...sides, ...found].sort((a, b) => a.start - b.start);
}
