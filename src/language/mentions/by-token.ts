import type { Mention } from "../../model/doc.js";

/**
 * Mentions filed by token index, for recognizers that ask at nearly every token
 * whether a mention starts, ends or lies there: an array as long as the document's
 * tokens answers without the hashing a Map keyed by number needs. Where several
 * mentions share a token, the one filed last is kept, as `Map.set` would keep it.
 */
export type MentionsByToken = readonly (Mention | undefined)[];

/** Each mention at its first token. */
export function mentionsByFirstToken(tokenCount: number, mentions: readonly Mention[]): MentionsByToken {
  const byToken = new Array<Mention | undefined>(tokenCount);
  for (const mention of mentions) byToken[mention.tokenStart] = mention;
  return byToken;
}

/** Each mention at its last token. */
export function mentionsByLastToken(tokenCount: number, mentions: readonly Mention[]): MentionsByToken {
  const byToken = new Array<Mention | undefined>(tokenCount);
  for (const mention of mentions) byToken[mention.tokenEnd - 1] = mention;
  return byToken;
}

/** Each mention at every token it covers. */
export function mentionsByCoveredToken(tokenCount: number, mentions: readonly Mention[]): MentionsByToken {
  const byToken = new Array<Mention | undefined>(tokenCount);
  for (const mention of mentions) byToken.fill(mention, mention.tokenStart, mention.tokenEnd);
  return byToken;
}
