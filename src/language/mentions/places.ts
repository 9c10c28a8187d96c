import type { Actor, Doc, Mention } from "../../model/doc.js";
import type { Knowledge, Place } from "../../knowledge/types.js";
import { isCapitalised, nameWords, startsWithUpperCaseLetter, tokenText } from "./names.js";
import { chooseReading } from "./ambiguity.js";
import { isDateline } from "./dateline.js";
import { LOCATIVE_PREPOSITIONS } from "./sides.js";
import { mentionsByCoveredToken } from "./by-token.js";

const NO_PLACES: readonly Place[] = [];
/** Cities of at least this many people outrank a first-level region of the same name. */
const MAJOR_CITY_POPULATION = 1_000_000;

/**
 * The likeliest of the places sharing a name: one spelled exactly as written beats
 * one that only matches without its accents ("Bali", not "Bāli"); then countries,
 * venues and capitals, then major cities, then first-level regions, then other cities.
 */
function likeliestPlace(entries: readonly Place[], written: string): Place | undefined {
  let best: Place | undefined;
  let bestRank = 0;
  for (const entry of entries) {
    const rank = placeRank(entry, written);
    if (!best || rank > bestRank) {
      best = entry;
      bestRank = rank;
    }
  }
  return best;
}

function placeRank(p: Place, written: string): number {
  return (
    (p.name === written ? 10 : 0) +
    (p.kind === "country" || p.kind === "venue" || p.capital ? 4 : p.population >= MAJOR_CITY_POPULATION ? 3 : p.kind === "region" ? 2 : 1)
  );
}

/** For an ambiguous name, the places of the reading the article points to ("Georgia" with "Atlanta" nearby is the state). */
function readingsFor(doc: Readonly<Doc>, kb: Knowledge, entries: readonly Place[], from: number, to: number): readonly Place[] {
  const ambiguous = kb.ambiguous.longestMatch(doc.tokens, from, to);
  const name = ambiguous?.length === to - from ? ambiguous.entries[0] : undefined;
  if (!name) return entries;
  const reading = chooseReading(doc, name, from, to);
  if (!reading || reading.kind === "country") return entries;
  const kind = reading.kind;
  const chosen = entries.filter((p) => p.kind === kind && (reading.code === null || p.country === reading.code));
  return chosen.length > 0 ? chosen : [];
}

const CAPITALS_AND_DOTS = /^[A-Z.]+$/;

/** A place name that is only part of a longer capitalised name ("the Central Commission", "Fort Hood Road"). */
function insideLongerName(doc: Readonly<Doc>, from: number, to: number, sentenceStart: number): boolean {
  const after = doc.tokens[to];
  const before = doc.tokens[from - 1];
  const joinedAfter = after !== undefined && isCapitalised(after) && after.start === (doc.tokens[to - 1]?.end ?? 0) + 1;
  const joinedBefore = before !== undefined && from - 1 >= sentenceStart && isCapitalised(before) && before.pos === "PROPN" && !CAPITALS_AND_DOTS.test(before.text);
  return joinedAfter || joinedBefore;
}

/**
 * Places: countries' regions, cities and venues from the gazetteer. A name that is
 * also a person in this article ("Austin") is the person; a sea is no place of a country. Country names are sides,
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
  const takenAt = mentionsByCoveredToken(doc.tokens.length, taken);
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
      // "the Red Sea", "the Gulf of Oman": a sea is no country's place, though a region shares its name ("Red Sea" governorate).
      const sea = kb.nonSides.longestMatch(tokens, i, sentence.tokenEnd);
      if (sea?.entries.some((e) => e.kind === "sea")) {
        i += sea.length;
        continue;
      }
      const match = kb.places.longestMatch(tokens, i, sentence.tokenEnd);
      // A one-word place must be tagged a proper noun: "We" at a sentence start is no town.
      if (match?.length === 1 && token.pos !== "PROPN") {
        i++;
        continue;
      }
      const readings = match ? readingsFor(doc, kb, match.entries, i, i + match.length) : NO_PLACES;
      if (!match || readings.length === 0) {
        i++;
        continue;
      }
      const to = i + match.length;
      const occupant = takenAt[i];
      const afterPreposition = LOCATIVE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "") ||
        (tokens[i - 1]?.lower === "the" && LOCATIVE_PREPOSITIONS.has(tokens[i - 2]?.lower ?? ""));
      const isPerson = match.length === 1 && personWords.has(token.lower);
      const blocked =
        isPerson ||
        insideLongerName(doc, i, to, sentence.tokenStart) ||
        (occupant !== undefined && (occupant.kind === "person" || !afterPreposition || occupant.tokenEnd !== to));
      // Which of the places is meant matters only where nothing else has the name.
      const place = blocked ? undefined : likeliestPlace(readings, tokenText(doc.text, tokens, i, to));
      if (place && place.kind !== "country") {
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

/**
 * "on the Indonesian island of Bali", "in the Saudi city of Jeddah": a nationality describing a place that is named
 * after "of" is part of the place's description, no side; the named place carries the country.
 */
function describesNamedPlace(doc: Readonly<Doc>, kb: Knowledge, side: Mention): boolean {
  const noun = doc.tokens[side.tokenEnd];
  return (
    side.rule === "mentions/side-demonym" &&
    noun !== undefined &&
    noun.lower !== "capital" &&
    kb.language.placeNouns.has(noun.lower) &&
    doc.tokens[side.tokenEnd + 1]?.lower === "of" &&
    startsWithUpperCaseLetter(doc.tokens[side.tokenEnd + 2]?.text ?? "")
  );
}

/**
 * "in the Nigerian capital": a nationality before "capital" names that country's
 * capital city, a place rather than a side. Each such side mention becomes a place
 * mention over both words, placed at the capital the gazetteer knows.
 */
export function withCapitalsNamedByNationality(doc: Readonly<Doc>, kb: Knowledge, sides: readonly Mention[]): Mention[] {
  return sides.filter((side) => !describesNamedPlace(doc, kb, side)).map((side) => {
    const next = doc.tokens[side.tokenEnd];
    if (side.kind !== "country" || side.rule !== "mentions/side-demonym" || !side.code || next?.lower !== "capital") return side;
    const name = kb.countries.get(side.code)?.capital;
    if (!name) return side;
    const city = kb.places.get(name).find((p) => p.country === side.code && p.capital);
    return {
      start: side.start,
      end: next.end,
      text: tokenText(doc.text, doc.tokens, side.tokenStart, side.tokenEnd + 1),
      kind: "place",
      code: side.code,
      sentence: side.sentence,
      tokenStart: side.tokenStart,
      tokenEnd: side.tokenEnd + 1,
      ...(city?.lat != null ? { lat: city.lat } : {}),
      ...(city?.lon != null ? { lon: city.lon } : {}),
      rule: "mentions/place-capital",
    };
  });
}
