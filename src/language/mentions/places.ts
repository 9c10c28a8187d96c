import type { Actor, Doc, Mention } from "../../model/doc.js";
import type { Knowledge } from "../../knowledge/types.js";
import { isCapitalised, nameWords, tokenText } from "./names.js";
import { LOCATIVE_PREPOSITIONS } from "./sides.js";

/** A dateline: a place in capitals at the start of a paragraph, before a dash or comma ("WASHINGTON —"). */
function isDateline(doc: Readonly<Doc>, from: number, to: number): boolean {
  const first = doc.tokens[from];
  const paragraph = first ? doc.paragraphs.findIndex((p) => p.start === first.start) : -1;
  if (paragraph < 0) return false;
  const words = doc.tokens.slice(from, to);
  return words.every((t) => t.text === t.text.toUpperCase()) && ["—", "–", "-", ","].includes(doc.tokens[to]?.text ?? "");
}

/**
 * Places: countries' regions, cities and venues from the gazetteer. A name that is
 * also a person in this article ("Austin") is the person. Country names are sides,
 * not places, and are left to the side recognizer; a seat of government or venue
 * that the side recognizer took ("the Pentagon") is also a place after a locative
 * preposition ("to the Pentagon").
 */
export function recognizePlaces(
  doc: Readonly<Doc>,
  kb: Knowledge,
  taken: readonly Mention[],
  actors: readonly Actor[],
): Mention[] {
  const personWords = new Set<string>();
  for (const actor of actors) for (const word of nameWords(actor.name, kb.language)) personWords.add(word.toLowerCase());
  const takenAt = new Map<number, Mention>();
  for (const mention of taken) for (let t = mention.tokenStart; t < mention.tokenEnd; t++) takenAt.set(t, mention);
  const places: Mention[] = [];
  const tokens = doc.tokens;
  doc.sentences.forEach((sentence, s) => {
    if (sentence.role === "furniture") return;
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const token = tokens[i];
      if (!token || !isCapitalised(token)) {
        i++;
        continue;
      }
      const match = kb.places.longestMatch(tokens, i, sentence.tokenEnd);
      // The gazetteer lists the likeliest reading of a name first.
      const place = match?.entries[0];
      if (!match || !place) {
        i++;
        continue;
      }
      const to = i + match.length;
      const occupant = takenAt.get(i);
      const afterPreposition = LOCATIVE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "") ||
        (tokens[i - 1]?.lower === "the" && LOCATIVE_PREPOSITIONS.has(tokens[i - 2]?.lower ?? ""));
      const isPerson = match.length === 1 && personWords.has(token.lower);
      const blocked =
        isPerson ||
        (occupant !== undefined && (occupant.kind === "person" || !afterPreposition || occupant.tokenEnd !== to)) ||
        place.kind === "country";
      if (!blocked) {
        places.push({
          start: token.start,
          end: tokens[to - 1]?.end ?? token.end,
          text: tokenText(doc.text, tokens, i, to),
          kind: "place",
          code: place.country,
          sentence: s,
          tokenStart: i,
          tokenEnd: to,
          ...(place.lat !== null ? { lat: place.lat } : {}),
          ...(place.lon !== null ? { lon: place.lon } : {}),
          rule: isDateline(doc, i, to) ? "mentions/place-dateline" : `mentions/place-${place.kind}`,
        });
      }
      i = to;
    }
  });
  return places;
}
