import { collapseWhitespace } from "./text.js";

/** The longest a single author's name plausibly is; longer strings are sentences or bios. */
const MAX_NAME_LENGTH = 60;
const MAX_NAME_WORDS = 6;

/**
 * Author names from a byline as pages write it: "By Jane Doe and John Roe",
 * "Jane Doe, John Roe", or a byline element whose text runs on into a date
 * or job title on later lines. Returns each name once, in order.
 */
export function authorNames(byline: string): string[] {
  const firstLine = byline.split(/\n|\||•|·/)[0] ?? "";
  const withoutBy = collapseWhitespace(firstLine).replace(/^by[:\s]\s*/i, "");
  const names = withoutBy
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((part) => part.trim())
    .filter(looksLikeName);
  return [...new Set(names)];
}

/** A name, not a URL, a date, a role, or a sentence. */
function looksLikeName(text: string): boolean {
  if (text.length < 2 || text.length > MAX_NAME_LENGTH) return false;
  if (/[\d@/:]/.test(text)) return false;
  if (text.split(" ").length > MAX_NAME_WORDS) return false;
  return /^\p{Lu}/u.test(text);
}

/** Names from several bylines (meta tags, JSON-LD entries), each once. */
export function mergeAuthorNames(bylines: readonly string[]): string[] {
  return [...new Set(bylines.flatMap(authorNames))];
}
