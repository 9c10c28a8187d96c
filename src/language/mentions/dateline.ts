import type { Doc } from "../../model/doc.js";

/** What follows a dateline's place: a dash, a comma or a bracket. */
const DATELINE_CLOSERS = new Set(["—", "–", "-", ",", "("]);

/**
 * A dateline: a place written in capitals at the start of a paragraph, before a dash
 * or comma ("WASHINGTON —", "SEOUL, June 30"). It says where the story was filed,
 * not who acted or where.
 */
export function isDateline(doc: Readonly<Doc>, from: number, to: number): boolean {
  const first = doc.tokens[from];
  // The token after the name decides most cases, at the least cost.
  if (!first || !DATELINE_CLOSERS.has(doc.tokens[to]?.text ?? "")) return false;
  if (!doc.paragraphs.some((p) => p.start === first.start)) return false;
  for (let i = from; i < to; i++) {
    const text = doc.tokens[i]?.text ?? "";
    if (text !== text.toUpperCase()) return false;
  }
  return true;
}
