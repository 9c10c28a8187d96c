import type { Doc, Mention, Token } from "../../model/doc.js";
import type { Knowledge, SideEntry, SideKind } from "../../knowledge/types.js";
import type { PhraseMatch } from "../../knowledge/phrase-index.js";
import { chooseReading } from "./ambiguity.js";
import { isDateline } from "./dateline.js";
import { startsWithCapital, startsWithUpperCaseLetter, tokenText } from "./names.js";

/** Prepositions after which a capital city is a place, not its government ("in Beijing"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  "in", "at", "to", "from", "into", "near", "outside", "inside", "toward", "towards", "via", "across", "around", "through",
]);
/** When one phrase can stand for several things, the kind earlier here wins. */
const KIND_PREFERENCE: readonly SideKind[] = ["name", "igo", "agency", "group", "demonym", "metonym"];

/** The reading of a matched phrase by kind preference, the first listed on a tie; the index has already checked each entry's capitalisation. */
function pickEntry(match: PhraseMatch<SideEntry>): SideEntry | undefined {
  let best: SideEntry | undefined;
  for (const entry of match.entries) {
    if (!best || KIND_PREFERENCE.indexOf(entry.kind) < KIND_PREFERENCE.indexOf(best.kind)) best = entry;
  }
  return best;
}

/** The rule of a side mention, by the kind of its entry. */
const SIDE_RULES: Readonly<Record<SideKind, string>> = {
  name: "mentions/side-name",
  demonym: "mentions/side-demonym",
  metonym: "mentions/side-metonym",
  igo: "mentions/side-igo",
  agency: "mentions/side-agency",
  group: "mentions/side-group",
};

export function sideMention(doc: Readonly<Doc>, sentence: number, from: number, length: number, entry: SideEntry): Mention {
  const tokens = doc.tokens;
  const first = tokens[from] as Token;
  const last = tokens[from + length - 1] as Token;
  const international = entry.kind === "igo";
  const mention: Mention = {
    start: first.start,
    end: last.end,
    text: tokenText(doc.text, tokens, from, from + length),
    kind: entry.kind === "igo" || entry.kind === "agency" ? "organization" : "country",
    code: entry.code,
    sentence,
    tokenStart: from,
    tokenEnd: from + length,
    rule: SIDE_RULES[entry.kind],
  };
  if (entry.kind === "igo" || entry.kind === "agency") {
    mention.organization = entry.name;
    mention.international = international;
  }
  return mention;
}

/** Whether a locative preposition governs the word at `at`, directly, across a list ("in Tokyo and Seoul") or past place nouns ("in the capital city of Kyiv"). */
function afterLocative(tokens: readonly Token[], at: number, sentenceStart: number, placeNouns: ReadonlySet<string>): boolean {
  for (let i = at - 1; i >= Math.max(sentenceStart, at - 6); i--) {
    const token = tokens[i];
    if (!token) return false;
    if (LOCATIVE_PREPOSITIONS.has(token.lower)) return true;
    // "at a Moscow airport", "in the Beijing suburbs": an article before the name leaves it under the preposition.
    if (token.lower === "and" || token.text === "," || token.pos === "DET" || startsWithUpperCaseLetter(token.text) || placeNouns.has(token.lower)) continue;
    return false;
  }
  return false;
}

/**
 * Countries, their governments and organisations, found through the sides lexicon:
 * names and aliases, demonyms, seats of power and capitals used for governments,
 * international organisations, government bodies and armed groups.
 * A capital after a locative preposition ("in Beijing") is left to the place recognizer.
 */
export function recognizeSides(doc: Readonly<Doc>, kb: Knowledge): Mention[] {
  const mentions: Mention[] = [];
  const tokens = doc.tokens;
  doc.sentences.forEach((sentence, s) => {
    if (sentence.role === "furniture") return;
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      // Sides are proper names: they start with a capital ("U.S.", "Chinese"), "the" ("the Quad") or a name particle ("al-Shabaab").
      const word = tokens[i]?.lower ?? "";
      if (!startsWithCapital(tokens[i]?.text ?? "") && word !== "the" && !kb.language.nameParticles.has(word)) {
        i++;
        continue;
      }
      // "South China Sea", "Latin America", "Washington Post": names that contain a country but are not one.
      const notASide = kb.nonSides.longestMatch(tokens, i, sentence.tokenEnd);
      if (notASide) {
        i += notASide.length;
        continue;
      }
      const match = kb.sides.longestMatch(tokens, i, sentence.tokenEnd);
      let entry = match ? pickEntry(match) : undefined;
      if (!match || !entry) {
        i++;
        continue;
      }
      const ambiguous = kb.ambiguous.longestMatch(tokens, i, i + match.length);
      if (ambiguous?.length === match.length && ambiguous.entries[0]) {
        // Georgia the state, Jordan the congressman: leave the other readings to the place and people recognizers.
        const reading = chooseReading(doc, ambiguous.entries[0], i, i + match.length);
        // A seat of government read as its city is still the government ("Washington said"); after "in" the place recognizer has it.
        const seat = entry.kind === "metonym" && reading?.kind === "city" && reading.code === entry.code;
        if (!reading || reading.code === null || (reading.kind !== "country" && reading.kind !== "organization" && !seat)) {
          i += match.length;
          continue;
        }
        entry = { ...entry, code: reading.code };
      }
      const isPlace = isDateline(doc, i, i + match.length) || (entry.kind === "metonym" && afterLocative(tokens, i, sentence.tokenStart, kb.language.placeNouns));
      if (!isPlace) mentions.push(sideMention(doc, s, i, match.length, entry));
      i += match.length;
    }
  });
  return mentions;
}
