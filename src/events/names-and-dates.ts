import type { Doc } from "../model/doc.js";

/**
 * The tokens inside a name or a date phrase, where a capitalised cue or trigger word
 * is part of the name ("Theresa May", "March 23", "Strike Group"). Computed once per
 * article and shared by the trigger finder and the cue reader.
 */
export function tokensInNamesAndDates(doc: Readonly<Doc>): ReadonlySet<number> {
  const inside = new Set<number>();
  for (const mention of doc.mentions) for (let t = mention.tokenStart; t < mention.tokenEnd; t++) inside.add(t);
  let t = 0;
  for (const date of doc.dates) {
    while (t < doc.tokens.length && (doc.tokens[t]?.end ?? 0) <= date.start) t++;
    for (let k = t; k < doc.tokens.length && (doc.tokens[k]?.start ?? Infinity) < date.end; k++) inside.add(k);
  }
  return inside;
}
