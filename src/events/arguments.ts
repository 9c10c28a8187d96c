import type { DateMention, Doc, Mention } from "../model/doc.js";
import type { DateRange, PlaceRef } from "../model/records.js";
import type { Knowledge } from "../knowledge/types.js";
import type { PlaceRank, TriggerMention } from "./candidate.js";
import type { SentenceDates } from "./sentence-dates.js";
import { clauseBounds } from "../language/tense.js";
import { isGluedHyphen } from "../language/mentions/names.js";
import { isAnsweredAct, isSettingOfSpeech, opensAnswer, opensTimePhrase, PLACING_PREPOSITIONS, timePhraseOpener, wordBeforeModifiers, type SentenceMentions } from "./sides.js";

/** Prepositions that give a trip's destination ("to India", "travel to Paris"). */
const DESTINATION_PREPOSITIONS = new Set(["to", "into"]);
/** How far before the talks a journey's destination may be named ("flew to Abu Dhabi on Saturday | for talks"). */
const PURPOSE_REACH = 6;
/** Words that open a topic phrase ("to discuss X", "talks on X"). */
const TOPIC_OPENERS = new Set(["discuss", "discussed", "discussing", "on", "about", "regarding", "concerning", "over"]);
/** Openers that give a topic only right after the trigger. */
const LOOSE_TOPIC_OPENERS = new Set(["on", "over", "about"]);
const TOPIC_STOPS = new Set([",", ".", ";", ":", "—", "(", "and", "with", "in", "at", "as", "while", "which", "who", "that", "”", "\""]);
/** The longest topic phrase kept. */
const MAX_TOPIC_TOKENS = 8;

const RANK_OF_RULE: Record<string, PlaceRank> = {
  "mentions/place-venue": 3,
  "mentions/place-city": 2,
  "mentions/place-capital": 2,
  "mentions/place-region": 1,
};

/**
 * The date of a trigger. Each date phrase of a sentence belongs to the nearest trigger
 * before it ("met today", "signed on Aug. 31"); a trigger takes its own date first,
 * then one its sentence gives a same-type act ("will meet on the sidelines of the
 * summit this weekend"), unless that act is a participle after a noun ("under a
 * framework signed on Monday"), or, for a meeting, an act voiced there ("warned Putin
 * on Tuesday during a video call"); then a date that opens the sentence ("On Tuesday,
 * ..."). A date after "since" dates no act. A dash or bracket sets a date apart as an
 * aside ("— announced separately Wednesday —"). A war or crackdown under way is dated only by its own words ("last
 * year's invasion"), not by the day's news around it. `dates` holds the sentence's date phrases and their owners.
 */
export function dateFor(
  doc: Readonly<Doc>,
  trigger: TriggerMention,
  sentenceTriggers: readonly TriggerMention[],
  dates: SentenceDates,
): { date: DateRange | null; rule: string } {
  const nearest = (found: DateMention[]) => [...found].sort((a, b) => distanceInTokens(doc, trigger, a) - distanceInTokens(doc, trigger, b))[0];
  if (trigger.trigger.status === "ongoing") {
    return dated(nearest(dates.all.filter((d) => distanceInTokens(doc, trigger, d) <= OWN_DATE_REACH)), "own");
  }
  const triggerStart = doc.tokens[trigger.tokenStart]?.start ?? 0;
  // "criticized the deal on Tuesday": a date after the verb's object noun dates the verb too.
  const object = objectNoun(doc, trigger, sentenceTriggers);
  const own = dates.owned.filter((o) => (o.owner === trigger || (object !== undefined && o.owner === object)) && !asideBetween(doc, triggerStart, o.date)).map((o) => o.date);
  if (own.length > 0) return dated(nearest(own), "own");
  const shared = dates.owned
    .filter(
      (o) =>
        o.owner !== undefined &&
        o.owner !== trigger &&
        !(trigger.trigger.pos === "verb" && o.owner.tokenStart > trigger.tokenStart && reducedRelative(doc, o.owner)) &&
        // "fired rockets ... in response to the killing of ... last week": the act answered has a date of its own.
        !(o.owner.tokenStart > trigger.tokenStart && isAnsweredAct(doc.tokens, o.owner.tokenStart, doc.sentences[trigger.sentence]?.tokenStart ?? 0)) &&
        // "the summit ... during a telephone call last Thursday": a call's date is not the summit's; but "spoke with Xi
        // in a video call on Tuesday" dates the speaking, whose medium the call only tells.
        !(o.owner.trigger.mode !== null && trigger.trigger.mode !== null && o.owner.trigger.mode !== trigger.trigger.mode && !(trigger.trigger.pos === "verb" && isSettingOfSpeech(doc, o.owner))) &&
        (o.owner.trigger.type === trigger.trigger.type ||
          (trigger.trigger.type === "CONSULT" && o.owner.trigger.verbal) ||
          // "Protesters clashed with police on Sunday": an event noun that is its clause's subject shares the date of the clause's verb.
          isSubjectOfVerb(doc, trigger, o.owner)),
    )
    .map((o) => o.date);
  if (shared.length > 0) return dated(nearest(shared), "shared");
  const opening = dates.owned.filter((o) => o.owner === undefined && o.date.end <= triggerStart && !asideBetween(doc, triggerStart, o.date)).map((o) => o.date);
  if (opening.length > 0 || dates.all.length > 0) return dated(nearest(opening), "opening");
  return dated(sequelDate(doc, trigger), "sequel");
}

/** Words that make "then" a point of reference instead ("since then", "until then"). */
const SEQUEL_BLOCKERS = new Set(["since", "until", "till", "by", "from", "than"]);

/**
 * "... on Sunday ... The two men then talked": an undated act told as what came next,
 * with "then" right before its verb, takes the last date of the sentence before it.
 */
function sequelDate(doc: Readonly<Doc>, trigger: TriggerMention): DateMention | undefined {
  const before = doc.tokens[trigger.tokenStart - 1];
  if (before?.lower !== "then" || before.pos !== "ADV" || SEQUEL_BLOCKERS.has(doc.tokens[trigger.tokenStart - 2]?.lower ?? "")) return undefined;
  return doc.dates.findLast((d) => d.sentence === trigger.sentence - 1);
}

/**
 * The first event noun among `triggers` that starts at `from` or later, with only words
 * tagged as `fillers` before it, at most `reach` of them: the head of the noun phrase
 * that begins at `from` ("criticized | the new deal", "condemnation of | the abhorrent attacks").
 */
export function eventNounAfter(
  doc: Readonly<Doc>,
  from: number,
  triggers: readonly TriggerMention[],
  fillers: ReadonlySet<string>,
  reach = Number.MAX_SAFE_INTEGER,
): TriggerMention | undefined {
  // "a seven-day ceasefire": a hyphen inside a compound modifier belongs to the phrase.
  const fills = (i: number) => fillers.has(doc.tokens[i]?.pos ?? "") || isGluedHyphen(doc.tokens, i);
  return triggers.find((t) => {
    if (t.trigger.pos !== "noun" || t.tokenStart < from || t.tokenStart - from > reach) return false;
    for (let i = from; i < t.tokenStart; i++) if (!fills(i)) return false;
    return true;
  });
}

/** Tags of the words between a verb and the head of its object noun ("the new deal", "a defense pact"). */
const OBJECT_FILLERS = new Set(["DET", "ADJ", "NUM", "NOUN"]);

/** Prepositions that open a verb's object ("agreed | to | a ceasefire", "agreed | on | a deal"). */
const OBJECT_PREPOSITIONS = new Set(["to", "on"]);

/** The event noun that is a verb trigger's object ("criticized the deal", "signed a defense pact", "agreed to a ceasefire"), if any. */
export function objectNoun(doc: Readonly<Doc>, trigger: TriggerMention, sentenceTriggers: readonly TriggerMention[]): TriggerMention | undefined {
  if (trigger.trigger.pos !== "verb") return undefined;
  const from = OBJECT_PREPOSITIONS.has(doc.tokens[trigger.tokenEnd]?.lower ?? "") ? trigger.tokenEnd + 1 : trigger.tokenEnd;
  return eventNounAfter(doc, from, sentenceTriggers, OBJECT_FILLERS);
}

/** "(agreed ...) under a framework signed on Monday": a participle right after a noun, later than a verb, dates an earlier act of its own. */
function reducedRelative(doc: Readonly<Doc>, trigger: TriggerMention): boolean {
  const head = doc.tokens[trigger.tokenStart];
  return trigger.trigger.pos === "verb" && head !== undefined && /(ed|en|wn)$/.test(head.lower) && ["NOUN", "PROPN"].includes(doc.tokens[trigger.tokenStart - 1]?.pos ?? "");
}

function dated(date: DateMention | undefined, how: string): { date: DateRange | null; rule: string } {
  if (!date) return { date: null, rule: "date/none" };
  return { date: { text: date.text, start: date.range.start, end: date.range.end }, rule: `date/${how}(${date.rule})` };
}

/** How many tokens from an ongoing war's trigger its own date may sit. */
const OWN_DATE_REACH = 3;

function distanceInTokens(doc: Readonly<Doc>, trigger: TriggerMention, date: DateMention): number {
  let i = trigger.tokenStart;
  if ((doc.tokens[i]?.start ?? 0) > date.end) {
    while (i > 0 && (doc.tokens[i - 1]?.end ?? 0) > date.end) i--;
    return trigger.tokenStart - i;
  }
  let k = trigger.tokenEnd;
  while (k < doc.tokens.length && (doc.tokens[k]?.start ?? Infinity) < date.start) k++;
  return k - trigger.tokenEnd;
}

/** Whether an event noun stands before a verb trigger with nothing but its own phrase between: "Protesters | clashed". */
function isSubjectOfVerb(doc: Readonly<Doc>, noun: TriggerMention, verb: TriggerMention): boolean {
  if (noun.trigger.pos !== "noun" || verb.trigger.pos !== "verb" || verb.tokenStart < noun.tokenEnd) return false;
  return doc.tokens.slice(noun.tokenEnd, verb.tokenStart).every((t) => t.pos === "AUX" || t.pos === "ADV");
}

/** A dash or an unclosed bracket between an offset and a date: the date sits in an aside. */
function asideBetween(doc: Readonly<Doc>, offset: number, date: DateMention): boolean {
  const from = Math.min(offset, date.end);
  const to = Math.max(offset, date.start);
  // A closed bracket in between ("Republic of Korea (ROK) Minister ... today") is an aside of its own, not the date's.
  const between = doc.text.slice(from, to).replace(/\([^()]*\)/g, "");
  return /[—–()]/.test(between);
}

function placeRef(mention: Mention, kb: Knowledge): PlaceRef {
  const country = mention.kind === "country" && mention.code ? kb.countries.get(mention.code) : undefined;
  const lat = mention.lat ?? country?.lat ?? undefined;
  const lon = mention.lon ?? country?.lon ?? undefined;
  // "the Nigerian capital" is written out as the capital's own name.
  const capital = mention.rule === "mentions/place-capital" && mention.code ? kb.countries.get(mention.code)?.capital : undefined;
  return {
    name: capital ?? mention.text.replace(/^the\s+/i, ""),
    country: mention.code,
    ...(lat !== undefined && lat !== null ? { lat } : {}),
    ...(lon !== undefined && lon !== null ? { lon } : {}),
  };
}

/** How far back past its describing words the preposition of a place name may stand. */
const PLACE_PHRASE_REACH = 6;

/**
 * The index of the word before the describing words that end at `from` (place nouns,
 * articles and adjectives: "on | the Indonesian island of Bali"), going back no further than `floor`.
 */
function beforePlaceWords(doc: Readonly<Doc>, kb: Knowledge, from: number, floor: number): number {
  // "the Indonesian island of": a capitalised word describing the place noun after it is part of the description.
  const describesPlace = (k: number) => /^\p{Lu}/u.test(doc.tokens[k]?.text ?? "") && kb.language.placeNouns.has(doc.tokens[k + 1]?.lower ?? "");
  const skippable = (k: number) => {
    const t = doc.tokens[k];
    return t !== undefined && (kb.language.placeNouns.has(t.lower) || t.pos === "ADJ" || t.pos === "DET" || describesPlace(k));
  };
  let i = from;
  while (i >= floor && skippable(i)) i--;
  return i;
}

/** The preposition a place name hangs from, looking past "the capital city of". */
function prepositionBefore(doc: Readonly<Doc>, kb: Knowledge, mention: Mention): string {
  const i = beforePlaceWords(doc, kb, mention.tokenStart - 1, Math.max(0, mention.tokenStart - PLACE_PHRASE_REACH));
  return doc.tokens[i]?.lower ?? "";
}

/**
 * A country named as a place ("In Chad, ...", "visited Japan") rather than as a government, or as a modifier of the
 * noun after it ("outlined in the U.S.-Ukraine framework", "in the U.S. capital").
 */
function isCountryPlace(doc: Readonly<Doc>, mention: Mention): boolean {
  const next = doc.tokens[mention.tokenEnd];
  const modifier = next !== undefined && (next.pos === "NOUN" || (next.text === "-" && next.start === doc.tokens[mention.tokenEnd - 1]?.end));
  return mention.kind === "country" && mention.rule === "mentions/side-name" && !modifier;
}

/**
 * Where the event takes place: a place or country after "in"/"at" in its sentence,
 * the nearest to the trigger, or for a meeting a place it goes "to" before `windowEnd`
 * (where the act's object ends); datelines do not place an act. Returns every such place
 * so that a meeting "in Tokyo and Seoul" can be split by country.
 */
export function placesFor(doc: Readonly<Doc>, kb: Knowledge, mentions: SentenceMentions, trigger: TriggerMention, windowEnd: number): (PlaceRef & { rank: PlaceRank })[] {
  // A visit or a welcome goes "to" its place ("welcomed ... to the Pentagon"); other acts are "in" or "at" it.
  const arrival = trigger.trigger.type === "CONSULT";
  const purposeOfJourney = trigger.trigger.pos === "noun" && doc.tokens[wordBeforeModifiers(doc, trigger, true)]?.lower === "for";
  // "detained at a Moscow airport, days before Russia invaded Ukraine": an act told in a time phrase happens inside it;
  // "agreed to launch a dialogue, and their ministers will meet in Vienna": a clause joined by "and" places its own act.
  const timePhrase = timePhraseOpener(doc, trigger);
  const sentence = doc.sentences[trigger.sentence];
  const clauseEnd = sentence ? clauseBounds(doc.tokens, sentence, trigger.tokenStart, kb.language).end : Infinity;
  const coordinatedAfter = doc.tokens[clauseEnd]?.pos === "CCONJ" ? clauseEnd : Infinity;
  // "agreed to stay in contact ahead of the NATO summit in Washington", "fired rockets ... in response to the killing of X in Beirut":
  // a time phrase or the act answered after the act places another act.
  const timePhraseAfter = opensTimePhrase(doc.tokens, windowEnd) || opensAnswer(doc.tokens, windowEnd) ? windowEnd : Infinity;
  const places = mentions.all.filter((m) => {
    if (m.rule === "mentions/place-dateline" || m.tokenStart < timePhrase || m.tokenStart >= Math.min(coordinatedAfter, timePhraseAfter)) return false;
    if (m.kind !== "place" && !isCountryPlace(doc, m)) return false;
    const preposition = prepositionBefore(doc, kb, m);
    if (PLACING_PREPOSITIONS.has(preposition) || coordinatedWithPlace(doc, kb, m)) return true;
    // "shelled the city of Kharkiv": a place that is what an attack strikes is where it happens.
    if (trigger.trigger.type === "ASSAULT" && trigger.trigger.pos === "verb" && m.kind === "place" && isDirectObject(doc, kb, trigger, m)) return true;
    // "on the island of Bali" places; "talks on Ukraine" does not, so "on" only before a place name.
    if (preposition === "on" && m.kind === "place") return true;
    // "welcomed ... to the Pentagon", but not "according to the White House".
    const according = doc.tokens[m.tokenStart - 2]?.lower === "according" || doc.tokens[m.tokenStart - 3]?.lower === "according";
    // A destination belongs to the act's own words: "phoned X and invited him to Washington" was no call in Washington;
    // "flew to Abu Dhabi on Saturday for talks with ...": talks a journey is made for are held where it goes.
    const ownDestination = m.tokenStart > trigger.tokenStart && m.tokenEnd <= windowEnd;
    const journeyFor = purposeOfJourney && m.tokenEnd <= trigger.tokenStart && trigger.tokenStart - m.tokenEnd <= PURPOSE_REACH;
    return arrival && !according && m.kind === "place" && DESTINATION_PREPOSITIONS.has(preposition) && (ownDestination || journeyFor);
  });
  // "agreed to a ceasefire in eastern Ukraine after negotiations in the Belarusian capital": a place in the trigger's own
  // phrase, right after it, is where it happened, however near another place stands behind it.
  const inOwnPhrase = (m: Mention) =>
    PLACING_PREPOSITIONS.has(doc.tokens[trigger.tokenEnd]?.lower ?? "") && beforePlaceWords(doc, kb, m.tokenStart - 1, trigger.tokenEnd) === trigger.tokenEnd;
  const distance = (m: Mention) => (inOwnPhrase(m) ? -1 : Math.abs(m.tokenStart - trigger.tokenStart));
  return places
    .sort((a, b) => distance(a) - distance(b))
    .map((m) => ({ ...placeRef(m, kb), rank: m.kind === "place" ? (RANK_OF_RULE[m.rule] ?? 2) : 0 }));
}

/**
 * The dateline's place, for an act that took place in the sentence it opens
 * ("HANOI, Feb 28 — Trump and Kim met ..."): the reporter filed from where it happened.
 * It ranks below any place the text states, so a stated place of its country wins.
 * The caller decides whether the act happened there.
 */
export function datelinePlace(doc: Readonly<Doc>, kb: Knowledge, mentions: SentenceMentions, trigger: TriggerMention): (PlaceRef & { rank: PlaceRank }) | null {
  const dateline = mentions.all.find((m) => m.rule === "mentions/place-dateline" && m.tokenEnd <= trigger.tokenStart);
  if (!dateline) return null;
  const place = placeRef(dateline, kb);
  // Written in capitals ("NUSA DUA"); named as running text writes it ("Nusa Dua").
  return { ...place, name: place.name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()), rank: 0 };
}

/** Whether a place is a verb's direct object, past articles, adjectives and "the city of". */
function isDirectObject(doc: Readonly<Doc>, kb: Knowledge, trigger: TriggerMention, mention: Mention): boolean {
  let i = mention.tokenStart - 1;
  if (doc.tokens[i]?.lower === "of" && kb.language.placeNouns.has(doc.tokens[i - 1]?.lower ?? "")) i--;
  return beforePlaceWords(doc, kb, i, trigger.tokenEnd) === trigger.tokenEnd - 1;
}

/** "in Tokyo and Seoul": the second place shares the first one's preposition. */
function coordinatedWithPlace(doc: Readonly<Doc>, kb: Knowledge, mention: Mention): boolean {
  const before = doc.tokens[mention.tokenStart - 1];
  if (before?.lower !== "and" && before?.text !== ",") return false;
  return doc.mentions.some(
    (m) => m.kind === "place" && m.tokenEnd === mention.tokenStart - 1 && PLACING_PREPOSITIONS.has(prepositionBefore(doc, kb, m)),
  );
}

/** A trip's destinations: the sides and places after "to" (and those coordinated with them) up to the window's end. */
export function destinationsFor(doc: Readonly<Doc>, kb: Knowledge, mentions: SentenceMentions, trigger: TriggerMention, windowEnd: number, objects: readonly Mention[]): Mention[] {
  const tokens = doc.tokens;
  const destinations: Mention[] = [];
  let open = trigger.trigger.pos === "verb" && !DESTINATION_PREPOSITIONS.has(tokens[trigger.tokenEnd]?.lower ?? "");
  for (let i = trigger.tokenEnd; i < windowEnd; i++) {
    const token = tokens[i];
    if (!token) break;
    if (DESTINATION_PREPOSITIONS.has(token.lower)) {
      open = true;
      continue;
    }
    const mention = mentions.all.find((m) => m.tokenStart === i && (m.kind === "place" || m.kind === "country" || (m.kind === "organization" && m.international === true)));
    if (mention && open) {
      if (!destinations.some((d) => d.code === mention.code)) destinations.push(mention);
      i = mention.tokenEnd - 1;
      continue;
    }
    if (!["and", ",", "the", "capital", "city", "of"].includes(token.lower) && token.pos !== "ADJ") open = false;
  }
  if (destinations.length === 0 && trigger.trigger.pos === "verb") {
    return objects.filter((m) => m.kind === "country" && m.rule === "mentions/side-name" && kb.countries.has(m.code ?? ""));
  }
  return destinations;
}

/** Where a trip to a destination takes place: the place or country; a visit to an organisation has no place of its own. */
export function destinationPlace(mention: Mention, kb: Knowledge): (PlaceRef & { rank: PlaceRank }) | null {
  if (mention.kind === "organization") return null;
  return { ...placeRef(mention, kb), rank: mention.kind === "place" ? (RANK_OF_RULE[mention.rule] ?? 2) : 0 };
}

/** Short noun phrases the sentence says the interaction is about ("to discuss X", "talks on X"). */
export function topicsFor(doc: Readonly<Doc>, trigger: TriggerMention, windowEnd: number): string[] {
  const topics: string[] = [];
  const sentence = doc.sentences[trigger.sentence];
  if (!sentence) return topics;
  for (let i = trigger.tokenStart; i < Math.min(windowEnd + MAX_TOPIC_TOKENS, sentence.tokenEnd); i++) {
    const token = doc.tokens[i];
    if (!token || !TOPIC_OPENERS.has(token.lower)) continue;
    // "talks on X" gives a topic; an "on" further on ("met ... on the island of Bali") most often does not.
    if (LOOSE_TOPIC_OPENERS.has(token.lower) && i - trigger.tokenEnd > 1) continue;
    let end = i + 1;
    while (end < sentence.tokenEnd && end - i <= MAX_TOPIC_TOKENS && !TOPIC_STOPS.has(doc.tokens[end]?.lower ?? ",")) end++;
    const from = doc.tokens[i + 1];
    const to = doc.tokens[end - 1];
    const isDate = from !== undefined && doc.dates.some((d) => d.start <= from.start && from.start < d.end);
    if (from && to && end > i + 1 && !isDate) {
      const phrase = doc.text.slice(from.start, to.end).replace(/^(the|a|an)\s+/i, "");
      if (phrase.split(/\s+/).length >= 1 && !/^\d/.test(phrase)) topics.push(phrase);
    }
  }
  return [...new Set(topics)];
}
