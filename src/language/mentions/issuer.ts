import type { Knowledge } from "../../knowledge/types.js";
import type { PhraseToken } from "../../knowledge/phrase-index.js";

/**
 * The government an article is issued by, read off its outlet: "U.S. Department of State", "The White House",
 * "DOD News (U.S. Department of Defense)" name one of its bodies. A news outlet named after a country or city
 * ("China Daily", "The Moscow Times") names no body and no issuer. Null when the outlet is unknown or names none.
 */
export function issuingSide(outlet: string | null, kb: Knowledge): string | null {
  if (!outlet) return null;
  const tokens: PhraseToken[] = outlet
    .split(/[\s(),;]+/)
    .filter((word) => word.length > 0)
    .map((text) => ({ text }));
  for (let i = 0; i < tokens.length; i++) {
    const match = kb.sides.longestMatch(tokens, i);
    const entry = match?.entries.find((e) => e.kind === "agency");
    if (entry) return entry.code;
  }
  return null;
}
