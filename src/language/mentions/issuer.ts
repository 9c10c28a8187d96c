import type { Knowledge, SideKind } from "../../knowledge/types.js";
import type { PhraseToken } from "../../knowledge/phrase-index.js";

/** Side names that make an outlet a government's own: the country itself, its seat of power or one of its bodies. */
const GOVERNMENT_KINDS: ReadonlySet<SideKind> = new Set(["name", "metonym", "agency"]);

/**
 * The government an article is issued by, read off its outlet: "U.S. Department of State", "The White House",
 * "DOD News (U.S. Department of Defense)" speak for the United States; a news outlet names no government. Null
 * when the outlet is unknown or names none.
 */
export function issuingSide(outlet: string | null, kb: Knowledge): string | null {
  if (!outlet) return null;
  const tokens: PhraseToken[] = outlet
    .split(/[\s(),;]+/)
    .filter((word) => word.length > 0)
    .map((text) => ({ text }));
  for (let i = 0; i < tokens.length; i++) {
    const match = kb.sides.longestMatch(tokens, i);
    const entry = match?.entries.find((e) => GOVERNMENT_KINDS.has(e.kind));
    if (entry) return entry.code;
  }
  return null;
}
