import { createHash } from "node:crypto";

/** Invisible characters some pages put between words or at the start of a file. */
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

/** Whitespace that is not already a lone space: a longer run, or one other whitespace character. */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** One line of text: runs of whitespace (including no-break spaces) become one space. */
export function collapseWhitespace(text: string): string {
  // Lone spaces, most of a text's whitespace, are left as they are rather than replaced by themselves.
  return text.replace(INVISIBLE, "").replace(WHITESPACE_TO_COLLAPSE, " ").trim();
}

/**
 * Plain text as the pipeline expects it: LF line ends, no trailing spaces,
 * paragraphs separated by at most one blank line, no surrounding blank space.
 * Nothing else changes, so offsets into the text stay meaningful to the author.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * An article's id: the first 16 hex digits of the SHA-256 of its text,
 * lower-cased with whitespace collapsed, so the same article gets the same id
 * whether it arrived as HTML or as plain text.
 */
export function articleId(text: string): string {
  const key = collapseWhitespace(text).toLowerCase();
  return createHash("sha256").update(key, "utf8").digest("hex").slice(0, 16);
}
