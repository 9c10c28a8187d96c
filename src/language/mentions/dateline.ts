import type { Doc } from "../../model/doc.js";

/**
 * A dateline: a place written in capitals at the start of a paragraph, before a dash
 * or comma ("WASHINGTON —", "SEOUL, June 30"). It says where the story was filed,
 * not who acted or where.
 */
export function isDateline(doc: Readonly<Doc>, from: number, to: number): boolean {
  const first = doc.tokens[from];
  if (!first || !doc.paragraphs.some((p) => p.start === first.start)) return false;
  const words = doc.tokens.slice(from, to);
  return words.every((t) => t.text === t.text.toUpperCase()) && ["—", "–", "-", ",", "("].includes(doc.tokens[to]?.text ?? "");
}
