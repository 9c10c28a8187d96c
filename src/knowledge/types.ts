import type { PhraseIndex } from "./phrase-index.js";
import type { Trigger } from "./triggers.js";
import type { EventCues } from "./event-cues.js";

/** A country as the knowledge base knows it. */
export interface Country {
  /** ISO 3166-1 alpha-3. */
  code: string;
  alpha2: string;
  name: string;
  capital: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * What a phrase can stand for as an event side:
 * - `name`: a country name or alias ("United States", "U.S.", "Britain")
 * - `demonym`: an adjective or people word ("Chinese", "South Korean")
 * - `metonym`: a capital or seat of power used for the government ("Beijing said", "the Kremlin")
 * - `igo`: an international organisation or grouping ("NATO", "the Quad")
 * - `agency`: a body inside one government ("State Department", "U.S. Indo-Pacific Command")
 * - `group`: a non-state armed group or party, coded with the country it acts in ("Hamas" → PSE)
 */
export type SideKind = "name" | "demonym" | "metonym" | "igo" | "agency" | "group";

export interface SideEntry {
  kind: SideKind;
  /** Alpha-3 country code, or the organisation's short code (UN, NATO, EU, QUAD, ...). */
  code: string;
  /** Canonical name ("United States", "State Department", "NATO"). */
  name: string;
  /** True when the phrase must match with its exact capitalisation ("US", "Chad", "Turkey"). */
  caseSensitive: boolean;
}

/** A title or office word, and what it implies about its holder. */
export interface TitleEntry {
  /** The title as the lexicon writes it ("Secretary of State", "Foreign Minister", "Adm."). */
  title: string;
  /** `office`: a role in its own right. `honorific`: a courtesy or rank prefix (Mr., Adm., Prince). */
  kind: "office" | "honorific";
  /** The country the title alone implies, only where it is unambiguous ("Chancellor of the Exchequer" → GBR). */
  country: string | null;
  /** The organisation the title alone implies ("Chairman of the Joint Chiefs of Staff" → "Joint Chiefs of Staff"). */
  organization: string | null;
  /** The title spelled out ("Adm." → "Admiral", "Sen." → "Senator"); the title itself when it is not an abbreviation. */
  canonical: string;
}

/** A populated place or region from the offline gazetteer. */
export interface Place {
  name: string;
  kind: "country" | "region" | "city" | "venue";
  /** Alpha-3 code of the country it lies in. */
  country: string;
  lat: number | null;
  lon: number | null;
  population: number;
  /** True for a national capital. */
  capital: boolean;
}

/** A well-known officeholder: fills a person's role and country when the text gives only a name. */
export interface Officeholder {
  name: string;
  /** Other spellings and the short forms the press uses ("Antony J. Blinken", "Blinken"). */
  aliases: string[];
  role: string;
  country: string | null;
  organization: string | null;
  /** Years in office, inclusive; `to` null while still in office. */
  from: number;
  to: number | null;
  /** The family name the press uses alone ("Blinken", "Xi", "Kishida"), or null when it uses none ("Pope Francis"). */
  surname: string | null;
}

/** One reading of an ambiguous name. */
export interface AmbiguousReading {
  kind: "country" | "region" | "city" | "person" | "organization" | "word";
  /** Alpha-3 code (or organisation code) of this reading, null when it names no side. */
  code: string | null;
  /** Words near the name that point to this reading ("Tbilisi" for the country Georgia). */
  cues: readonly string[];
}

/** A name with several common readings, and what in the context decides between them. */
export interface AmbiguousName {
  name: string;
  /** Most frequent reading in political news first. */
  readings: readonly AmbiguousReading[];
  decidedBy: string;
}

/**
 * A phrase that contains a side's name but stands for something else: a sea
 * ("South China Sea"), a continent ("Latin America"), a region ("New Mexico"),
 * an outlet ("Washington Post"), a company or an event ("Korean War").
 */
export interface NonSidePhrase {
  phrase: string;
  kind: "sea" | "continent" | "region" | "outlet" | "company" | "event" | "other";
}

/** Everything the language and event layers know about the world, loaded and indexed once. */
export interface Knowledge {
  countries: ReadonlyMap<string, Country>;
  /** Country names, aliases, demonyms, metonyms, organisations, agencies and groups. */
  sides: PhraseIndex<SideEntry>;
  titles: PhraseIndex<TitleEntry>;
  places: PhraseIndex<Place>;
  officeholders: PhraseIndex<Officeholder>;
  /** Common given names, in lower case: evidence that a capitalised word starts a person's name. */
  givenNames: ReadonlySet<string>;
  /** Names with several readings (Georgia, Jordan, Congo, Washington) and the context that decides. */
  ambiguous: PhraseIndex<AmbiguousName>;
  /** Phrases that contain a side's name but are not that side; a match here should be skipped whole. */
  nonSides: PhraseIndex<NonSidePhrase>;
  /** Word lists of the language layer itself (abbreviations, irregular verbs, credits). */
  language: LanguageLists;
  /** Event trigger words and phrases in every inflected form. */
  triggers: PhraseIndex<Trigger>;
  /** Words around a trigger that decide status and mode (negation, "called off", "will", "virtually"). */
  eventCues: EventCues;
}

/** The kind of side a referring noun stands for: an armed group, a government, an international organisation. */
/**
 * What a referring noun stands for: the last armed group, government or international
 * organisation named, or (`named-with`) the side the same noun was last named with
 * ("Taiwan's defence ministry" ... "the ministry").
 */
export type Referent = "group" | "government" | "organization" | "named-with";

/** Word lists about English itself rather than about the world. */
export interface LanguageLists {
  /** Abbreviations (lower case, no dot) after which a dot does not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /** Picture agencies (lower case) whose name ends a photo-credit line. */
  photoCredits: ReadonlySet<string>;
  /** Irregular past and participle forms (lower case) → base form. */
  irregularPast: ReadonlyMap<string, string>;
  /** Verbs that attribute speech to their subject or object ("said", "tweeted"). */
  speechVerbs: ReadonlySet<string>;
  /** Verbs that judge their object by naming it ("called the invasion unprovoked"). */
  namingVerbs: ReadonlySet<string>;
  /** Lower-case words that may sit inside a name ("bin", "von", "da"). */
  nameParticles: ReadonlySet<string>;
  /** Last words of names of buildings and sites ("airport", "square"): a name ending in one is no person. */
  facilityNouns: ReadonlySet<string>;
  /** Nouns that measure or package an event noun after "of" ("a package of aid", "a round of talks"). */
  measureNouns: ReadonlySet<string>;
  /** Nouns for the papers an act is done with ("accession documents"): an event noun before one still names the act. */
  instrumentNouns: ReadonlySet<string>;
  /** Nouns that refer back to an act without naming its kind ("the decision", "the move"). */
  actNouns: ReadonlySet<string>;
  /** Phrases that say a side did what another just did ("followed suit", "took similar steps"), looked up over tokens. */
  echoPhrases: PhraseIndex<string>;
  /** Generational suffixes that may end a name ("jr", "iii"). */
  nameSuffixes: ReadonlySet<string>;
  /** Family names written first that are also English given names ("Kim", "Lee"): they may stand for the full name. */
  leadingFamilyNames: ReadonlySet<string>;
  /** Capitalised words that are never part of a name (weekdays, months, function words). */
  nonNameWords: ReadonlySet<string>;
  /** Nouns for unnamed people who speak for a body ("official", "spokesman"). */
  speakerNouns: ReadonlySet<string>;
  /** Prepositions: a name one of them governs is not its clause's subject. */
  prepositions: ReadonlySet<string>;
  /** Words between a preposition and its place ("in the capital city of Kyiv"). */
  placeNouns: ReadonlySet<string>;
  /** Nouns for people a government holds, frees or expels ("prisoners", "diplomats"). */
  personNouns: ReadonlySet<string>;
  /** Titles of heads of state and government ("president", "prime minister"), lower case: who "the leaders" of the named countries are. */
  leaderTitles: ReadonlySet<string>;
  /** Armed services whose name may open an office title ("Navy Commander"). */
  serviceWords: ReadonlySet<string>;
  /** Nouns that after "the" refer back to a side already named ("the group", "the junta", "the alliance"), with its kind. */
  referringNouns: ReadonlyMap<string, Referent>;
  /** Cues of a clause's tense beyond verb forms; without them only modals mark the future. */
  tense?: TenseLists;
}

/** Word lists the tense layer reads (`src/knowledge/date-lists.ts`). */
export interface TenseLists {
  /** Lower-case word sequences that make a clause future ("plans to"); a leading "{be}" matches is/are/am/'s/'re. */
  futureMarkers: readonly (readonly string[])[];
  /** Base forms ending in "-ed" ("need", "proceed"), whose ending does not mark the past. */
  edBaseForms: ReadonlySet<string>;
  /** Words that make a date right after them a future one ("his planned June 12 summit"). */
  prospectiveModifiers: ReadonlySet<string>;
  /** Word sequences opening a noun phrase about what is still to come ("ahead of"), whose dates are future ones. */
  prospectiveOpeners: readonly (readonly string[])[];
}
