import type { Doc, Mention, Token } from "../model/doc.js";
import { UNORDERED_TYPES, type PloverType } from "../model/plover.js";
import type { TokenRange, TriggerMention } from "./candidate.js";
import type { Knowledge, TitleEntry } from "../knowledge/types.js";
import type { PhraseIndex } from "../knowledge/phrase-index.js";
import { isGluedHyphen } from "../language/mentions/names.js";

/** Nouns for the people who act for a country or body ("the leaders of", "foreign ministers of"). */
const GROUP_NOUNS = new Set(["leaders", "leader", "heads", "head", "ministers", "minister", "officials", "representatives", "delegations", "delegation", "governments", "government", "presidents", "envoys", "members", "diplomats", "ambassadors", "negotiators", "forces", "troops", "militaries", "armies", "navies"]);
/** Nouns that count the group after "of" ("thousands of troops"). */
const COUNT_NOUNS = new Set(["tens", "hundreds", "thousands", "millions", "dozens", "scores"]);

/** Whether token `i` is the "of" after a group or count noun ("the leaders of", "thousands of"), whose noun phrase the names after it head. */
function isOfAGroup(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 1]?.lower ?? "";
  return tokens[i]?.lower === "of" && (GROUP_NOUNS.has(head) || COUNT_NOUNS.has(head));
}
/** Words that may sit between a preposition and the mention it governs ("with senior Chinese officials"). */
const NOUN_PHRASE_FILLERS = new Set(["DET", "ADJ", "NUM", "PRON"]);
/** Tokens that end the stretch of text a trigger's object can lie in. */
const CLAUSE_BREAKS = new Set([";", "—", "–", "(", "while", "but", "whereas", "although", "because", "whom", "who", "which"]);
const QUOTE_MARKS = new Set(["“", "”", "\""]);
/** Words that open a relative or subordinate clause, across which names are not coordinated. */
const RELATIVE_WORDS = new Set(["where", "when", "which", "who", "whom", "whose", "while", "whereas"]);
/** Words that are prepositions or conjunctions; followed by a name and a verb they open a clause. */
const CLAUSE_OPENERS = new Set(["after", "before", "since", "until", "as"]);
/**
 * "Americans (wrongfully) detained abroad", "citizens held in Gaza": a past participle right
 * after a plural noun that is itself an object (after a verb, preposition or adverb), with a
 * preposition or adverb after it rather than an object of its own ("Russia invaded Ukraine").
 */
function isReducedRelative(tokens: readonly Token[], trigger: TriggerMention): boolean {
  const head = tokens[trigger.tokenStart];
  if (!head || !/ed$|en$|held$/.test(head.lower) || trigger.tokenEnd - trigger.tokenStart !== 1) return false;
  let noun = trigger.tokenStart - 1;
  if (tokens[noun]?.pos === "ADV") noun--;
  const described = tokens[noun];
  const next = tokens[trigger.tokenEnd]?.pos;
  const endsPhrase = next === "ADP" || next === "ADV" || next === "PUNCT";
  // "to release all those unjustly detained": "those" stands for the people the participle describes.
  if (described?.lower === "those") return endsPhrase;
  if (!described || !["NOUN", "PROPN"].includes(described.pos) || !/s$/.test(described.lower)) return false;
  // "meet with ... and U.S. troops deployed to the region": past the noun's own modifiers to the word its phrase hangs from.
  let governor = noun - 1;
  while (governor > noun - 1 - NOUN_MODIFIER_REACH && ["PROPN", "ADJ"].includes(tokens[governor]?.pos ?? "")) governor--;
  // "Thousands of Georgians marched": the noun counted or grouped by "of" is the subject, and the participle its verb.
  if (isOfAGroup(tokens, governor)) return false;
  const governs = tokens[governor]?.pos;
  // "and" joins the noun to an earlier object ("leaders, and U.S. troops deployed"), not two of its modifiers ("Indian and Pakistani troops clashed").
  const joinsObjects = governs === "CCONJ" && (tokens[governor - 1]?.text === "," || tokens[governor - 1]?.pos === "NOUN");
  return (governs === "VERB" || governs === "ADP" || governs === "ADV" || joinsObjects) && endsPhrase;
}

/** How many modifiers a noun described by a participle may carry ("U.S. troops deployed ..."). */
const NOUN_MODIFIER_REACH = 3;

/** Prepositions that place an event ("in Alaska", "at the Pentagon"). */
export const PLACING_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "inside", "near", "outside", "across", "throughout", "through"]);
/** Possessive determiners: "in its dispute with China" is a circumstance of the act's object. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["its", "their", "his", "her"]);
/** Words that open a phrase of time after an act's object, whose parties are another act's. */
export const TIME_OPENERS: ReadonlySet<string> = new Set(["after", "before", "following"]);

/** Whether token `i` opens a phrase of time: one of TIME_OPENERS, or "ahead of" ("met on Monday | ahead of the NATO summit"). */
export function opensTimePhrase(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i]?.lower ?? "";
  return TIME_OPENERS.has(lower) || (lower === "ahead" && tokens[i + 1]?.lower === "of");
}

/**
 * Where the time phrase a trigger sits in starts ("..., after its president met ...", "days before Russia invaded
 * Ukraine"): the opener before it with no comma between; -1 when the trigger is in no time phrase.
 */
export function timePhraseOpener(doc: Readonly<Doc>, trigger: TriggerMention): number {
  const sentenceStart = doc.sentences[trigger.sentence]?.tokenStart ?? 0;
  for (let i = trigger.tokenStart - 1; i > sentenceStart; i--) {
    const token = doc.tokens[i];
    if (!token || token.text === "," || token.text === ";") return -1;
    if (opensTimePhrase(doc.tokens, i) && token.pos !== "VERB") return i;
  }
  return -1;
}
/** Auxiliaries that begin a new predicate after an object ("... is meant to", "... will also"). */
const FINITE_AUXILIARIES = new Set(["is", "are", "was", "were", "will", "would", "has", "have", "had"]);
/** How close after a trigger its "between X and Y" must start. */
const BETWEEN_REACH = 5;
/** How close after an event noun its "by" agent must be ("attack against Israel by Iran"); farther, "by" belongs to another word. */
const AGENT_REACH = 6;
/** Prepositions that introduce the agent of a passive verb ("sanctions were imposed by the EU"). */
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(["by"]);
/** Prepositions that introduce the agent of an event noun ("attack by Iran", "an attack from Russia"). */
const NOUN_AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(["by", "from"]);
/** Prepositions that introduce the recipient of an event noun ("support for Ukraine", "attack against Israel", "sanctions on Russia"). */
const RECIPIENT_PREPOSITIONS: ReadonlySet<string> = new Set(["against", "on", "for", "to", "with", "toward", "towards", "into", "at", "upon", "of", "between", "over", "about", "around", "near"]);
/** A meeting "of" something names its occasion or its members, not a side it is held with ("on the eve of the G20 summit"). */
const MEETING_RECIPIENT_PREPOSITIONS: ReadonlySet<string> = new Set(["with", "between", "to", "for"]);
/** For giving and backing, "of" names the giver too ("the assistance of the American people"). */
const GIVER_AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(["by", "from", "of"]);
const GIVING_TYPES: ReadonlySet<PloverType> = new Set(["SUPPORT", "AID"]);
/** Acts whose noun's "of" names who acts: the giver, or the force moved ("the deployment of Kenyan police", "the withdrawal of Russian troops"). */
const OF_AGENT_TYPES: ReadonlySet<PloverType> = new Set([...GIVING_TYPES, "MOBILIZE", "RETREAT"]);
/** Possessive pronouns that stand for the last side named before them ("calls on Russia to end its occupation"). */
const POSSESSIVE_PRONOUNS = new Set(["its", "their"]);
/** Words that join the members of one coordinated subject ("Blinken and Austin", "the U.S., Japan and Korea"). */
const COORDINATION = new Set([",", "and", "the", "his", "her", "their", "its", "&"]);
/** Pronouns and phrases that stand for the sides of the interaction under discussion. */
export const GROUP_REFERENCES = [
  "they", "the two", "both sides", "both", "the leaders", "the ministers", "the two leaders", "the two sides", "the two men",
  "the three leaders", "the four leaders", "the three ministers", "the four ministers", "all sides", "all parties",
];
/** Phrases that stand for the issuing government when no name is given ("the administration has indicated ..."). */
export const HOME_REFERENCES = ["the administration", "the government", "the department", "the united states government", "the president"];
/** First-person pronouns: the speaker's side (in a quote) or the issuing side (in a statement). */
export const FIRST_PERSON = new Set(["we", "i", "our", "us"]);

export interface SideSources {
  /** The mentions of the interaction's initiating side. */
  subject: Mention[];
  /** The mentions on the receiving end. */
  object: Mention[];
  /** How each was found: `subject`, `premodifier`, `by-agent`, `passive`, `between`... */
  rule: string;
  /** For a judgement, the tokens [start, end) of what it is passed on ("called | the invasion | unprovoked"). */
  judged?: { start: number; end: number };
}

/** True for a mention that can be an event side: a person with a country, a country, an organisation. */
export function isSideMention(mention: Mention): boolean {
  return mention.kind !== "place";
}

/** The side code a mention stands for. */
export function sideCode(doc: Readonly<Doc>, mention: Mention): string | null {
  if (mention.kind === "person") return mention.actor !== undefined ? (doc.actors[mention.actor]?.country ?? null) : null;
  return mention.code;
}

function phraseStart(mention: Mention): number {
  return mention.phraseStart ?? mention.tokenStart;
}

/** The preposition a mention's noun phrase hangs from, if any ("with [senior Chinese officials]" → "with"). */
function governingPreposition(tokens: readonly Token[], mention: Mention, sentenceStart: number, mentions: SentenceMentions): string | null {
  const mentionAt = mentions.at;
  let i = phraseStart(mention) - 1;
  while (i >= sentenceStart) {
    const token = tokens[i];
    if (!token) return null;
    const inside = mentionAt.get(i);
    if (inside && inside.kind !== "person" && inside !== mention) {
      i = phraseStart(inside) - 1;
      continue;
    }
    // "the leaders of Russia and Ukraine agreed": the countries of a group noun are its subject.
    // So are those of a count ("Thousands of U.S. and Philippine troops began ...").
    if (isOfAGroup(tokens, i)) return null;
    // "days after Kristersson visited Budapest", "after Taiwan's president met ...": a word that can be a preposition
    // here opens a clause, whose subject is the name (or the noun it possesses).
    let next = mention.tokenEnd;
    if (tokens[next]?.lower === "'s" || tokens[next]?.lower === "’s") {
      next++;
      while (tokens[next]?.pos === "NOUN" || tokens[next]?.pos === "ADJ") next++;
    }
    const verbFollows = ["VERB", "AUX"].includes(tokens[next]?.pos ?? "");
    if (CLAUSE_OPENERS.has(token.lower) && verbFollows) return null;
    if (mentions.prepositions.has(token.lower)) return token.lower;
    // A conjunct shares the preposition of the first member of its list ("with Japanese and South Korean ..."),
    // and a country after a place and a comma that of the place ("in Bali, Indonesia").
    const conjunct = (token.lower === "and" || token.text === ",") ? mentionAt.get(i - 1) : undefined;
    const placeCountry = conjunct?.kind === "place" && token.text === "," && mention.kind === "country";
    // "meeting in Capri, Italy": after a name the gazetteer does not know, the country still names where the place is.
    const afterUnknownPlace = token.text === "," && mention.kind === "country" && tokens[i - 1]?.pos === "PROPN" && !mentionAt.has(i - 1);
    if (afterUnknownPlace && PLACING_PREPOSITIONS.has(tokens[i - 2]?.lower ?? "")) return tokens[i - 2]?.lower ?? null;
    if (conjunct && conjunct !== mention && (isSideMention(conjunct) || placeCountry)) {
      i = phraseStart(conjunct) - 1;
      continue;
    }
    if (NOUN_PHRASE_FILLERS.has(token.pos) || token.lower === "'s" || token.lower === "’s") {
      i--;
      continue;
    }
    return null;
  }
  return null;
}

/** Tags of the word after a verb that show it heads a predicate, not a noun phrase ("and briefed | him", "and signed | an accord"). */
const PREDICATE_FOLLOWERS = new Set(["PRON", "DET", "ADP", "ADV", "PART"]);
/** Nouns that, after "in", tell what an act answers ("in response to", "in retaliation for"). */
const MOTIVE_NOUNS = new Set(["response", "retaliation", "reprisal", "revenge", "answer"]);
/** Articles: an -ing form right after one names an act as a noun does ("the killing of ..."). */
const ARTICLES = new Set(["the", "a", "an"]);
/** How many words may stand between "in response to" and the act it names ("in response to | last week's deadly | attack"). */
const ANSWERED_REACH = 6;

/** Whether token `i` opens what an act answers ("in response to", "in retaliation for"). */
export function opensAnswer(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === "in" && MOTIVE_NOUNS.has(tokens[i + 1]?.lower ?? "");
}

/** Whether an event noun is what an act answers: in a phrase opened by "in response to", "in retaliation for", with no verb between. */
export function isAnsweredAct(tokens: readonly Token[], nounStart: number, sentenceStart: number): boolean {
  for (let i = nounStart - 1; i >= Math.max(sentenceStart + 1, nounStart - ANSWERED_REACH - 2); i--) {
    const token = tokens[i];
    if (!token || token.pos === "VERB" || token.pos === "AUX") return false;
    if (opensAnswer(tokens, i - 1)) return true;
  }
  return false;
}

/** How many words an attribution closing a sentence may hold (", the country's defence ministry said"). */
const ATTRIBUTION_REACH = 8;

/**
 * Whether the tokens from `from` are an attribution set off by commas: a speaker and a speech
 * verb, then the sentence's end or a comma (", South Korea's Joint Chiefs of Staff said, as ...").
 */
function closesWithAttribution(tokens: readonly Token[], from: number, sentenceEnd: number, speechVerbs: ReadonlySet<string>): boolean {
  for (let i = from; i < Math.min(sentenceEnd, from + ATTRIBUTION_REACH); i++) {
    const token = tokens[i];
    if (!token) return false;
    if (token.pos === "VERB" || token.pos === "AUX") {
      const after = tokens[i + 1];
      return speechVerbs.has(token.lower) && (i + 1 >= sentenceEnd || after === undefined || /^[.!?,;]$/.test(after.text));
    }
  }
  return false;
}

/**
 * The end of the stretch after a trigger that its object may occupy: a clause break,
 * the next trigger, or a quotation credited to someone (its words are not this act's
 * object). A quoted name ("the “Faith in Cause” medal") does not end it.
 */
export function objectWindowEnd(doc: Readonly<Doc>, from: number, sentenceEnd: number, nextTrigger: number, speechVerbs: ReadonlySet<string>): number {
  // "warned that it would take action against ...": a that-clause is the act's content, its verbs included.
  const thatClause = doc.tokens[from]?.lower === "that";
  for (let i = from; i < Math.min(sentenceEnd, nextTrigger); i++) {
    const token = doc.tokens[i];
    if (!token) break;
    // "Republic of Korea (ROK) Minister ... Suh Wook": a bracketed short name is no aside.
    const shortName = token.text === "(" ? bracketedShortNameEnd(doc.tokens, i) : -1;
    if (shortName > 0) {
      i = shortName;
      continue;
    }
    if (CLAUSE_BREAKS.has(token.lower)) return i;
    // "agreed to end their dispute | after Turkish-mediated talks", "sanctions on Russia | after its invasion": a time phrase has parties of its own.
    if (i > from && opensTimePhrase(doc.tokens, i)) return i;
    if (QUOTE_MARKS.has(token.text) && doc.quotes.some((q) => q.start - 1 === token.start || q.end === token.start)) return i;
    // An apposition describes what came before ("the “Quad,” a group that counters Beijing"; "known as ..."): its names are no party.
    const next = doc.tokens[i + 1]?.lower;
    if ((token.text === "," && (next === "a" || next === "an")) || (token.lower === "known" && next === "as")) return i;
    // A participle after a comma opens a clause of its own ("..., making the two Gulf states the first ..."); "including" lists more parties.
    const following = doc.tokens[i + 1];
    if (token.text === "," && following?.pos === "VERB" && following.lower.endsWith("ing") && following.lower !== "including") return i;
    // ", mediated by Oman,", ", hosted by Qatar,": a participle with its agent is an aside about the act, not a party to it.
    if (token.text === "," && following?.pos === "VERB" && doc.tokens[i + 2]?.lower === "by") return i;
    // ", as both countries face pressure from China", "an agreement that allows ...": a subordinate or relative clause has its own parties.
    if ((token.text === "," && CLAUSE_OPENERS.has(next ?? "")) || (token.lower === "that" && following?.pos === "VERB")) return i;
    // "sanctioned entities ... procuring parts for the drones | that Russia has used against Ukraine": a relative clause with a subject of its own.
    if (i > from && !thatClause && token.lower === "that" && relativeClauseWithSubject(doc, i)) return i;
    // "lodged a protest with Washington | over the sale of arms to Taiwan": once the act has its object, "over" gives the matter, not more parties.
    // "pledged its support for Lithuania | in its dispute with China": so does a circumstance opened by "in" + a possessive.
    if ((token.lower === "over" || (token.lower === "in" && POSSESSIVE_DETERMINERS.has(next ?? ""))) && namesSideIn(doc, from, i)) return i;
    // "fired rockets at an Israeli base | in response to the killing of ...": the act it answers has parties of its own.
    if (opensAnswer(doc.tokens, i) && namesSideIn(doc, from, i)) return i;
    // "released 10 Americans | in exchange for an ally of Maduro": the other half of a swap is no object of this act.
    if (token.lower === "in" && (next === "exchange" || next === "return") && doc.tokens[i + 2]?.lower === "for") return i;
    // "stand in solidarity with Ukraine | in the face of the Kremlin's aggression": the circumstance names no party of the act.
    if (token.lower === "in" && next === "the" && doc.tokens[i + 2]?.lower === "face" && doc.tokens[i + 3]?.lower === "of") return i;
    // "fired two missiles into the sea | , South Korea's military said.": the attribution is no part of the act.
    if (token.text === "," && closesWithAttribution(doc.tokens, i + 1, sentenceEnd, speechVerbs)) return i;
    // "thanked Austin for the United States' support | and briefed him on ...": a verb after "and" starts a predicate of its own
    // (not a participle modifying a noun, "American and allied troops").
    if (token.lower === "and" && following?.pos === "VERB" && !following.lower.endsWith("ing") && PREDICATE_FOLLOWERS.has(doc.tokens[i + 2]?.pos ?? "")) return i;
    // A finite verb starts the next predicate: "meeting with Chinese officials | is meant to strengthen ties with U.S. allies".
    // Not a passive with its agent, which tells who did the act the noun names ("sanctions against Iran | were announced by the EU").
    if (i > from && !thatClause && token.pos === "AUX" && FINITE_AUXILIARIES.has(token.lower) && !passiveWithAgentAt(doc.tokens, i)) return i;
  }
  return Math.min(sentenceEnd, nextTrigger);
}

/** How many words the subject of a relative clause may hold before its verb ("that | Russia's military | has used"). */
const RELATIVE_SUBJECT_REACH = 3;

/** Whether "that" at `at` opens a relative clause whose subject is a side and whose finite verb follows ("that Russia has used"). */
function relativeClauseWithSubject(doc: Readonly<Doc>, at: number): boolean {
  const tokens = doc.tokens;
  if (!["NOUN", "PROPN"].includes(tokens[at - 1]?.pos ?? "")) return false;
  const subject = doc.mentions.find((m) => m.tokenStart === at + 1 && isSideMention(m));
  if (!subject) return false;
  for (let i = subject.tokenEnd; i < subject.tokenEnd + RELATIVE_SUBJECT_REACH; i++) {
    const token = tokens[i];
    if (token?.pos === "AUX" || (token?.pos === "VERB" && !token.lower.endsWith("ing"))) return true;
    if (!token || token.pos === "PUNCT") return false;
  }
  return false;
}

/** Whether a side is named inside tokens [from, to). */
function namesSideIn(doc: Readonly<Doc>, from: number, to: number): boolean {
  return doc.mentions.some((m) => m.tokenStart >= from && m.tokenEnd <= to && isSideMention(m));
}

function coordinated(doc: Readonly<Doc>, left: Mention, right: Mention, prepositions: ReadonlySet<string>): boolean {
  const between = doc.tokens.slice(left.tokenEnd, phraseStart(right));
  if (between.length === 0) return true;
  // "the U.S.-Ukraine framework": a hyphenated pair of parties.
  if (between.length === 1 && between[0]?.text === "-") return true;
  // "the Taliban's political chief, Mullah Baradar": the possessor opens its holder's phrase.
  if (/^['’]s$/.test(between[0]?.text ?? "") && between.slice(1).every((t) => t.pos === "ADJ" || t.pos === "NOUN")) return true;
  if (between.length > 8) return false;
  if (!between.some((t) => t.lower === "and" || t.text === "," || t.text === "&")) return false;
  // A dash or bracket closes a dateline or an aside: "NUSA DUA, Indonesia, Nov 14 (Parley) — Joe Biden ..."
  if (between.some((t) => /^[—–()]$/.test(t.text))) return false;
  // "the conflict in Sudan, where the UK and Saudi Arabia ...": a relative word opens a clause with its own subject.
  if (between.some((t) => RELATIVE_WORDS.has(t.lower))) return false;
  return between.every((t) => COORDINATION.has(t.lower) || (t.pos !== "VERB" && t.pos !== "AUX" && !prepositions.has(t.lower)));
}

export interface SentenceMentions {
  /** Every mention of the sentence in text order: what place and people lookups scan instead of the whole article's. */
  all: Mention[];
  /** Side mentions of the sentence in text order. */
  sides: Mention[];
  /** The language's prepositions, which tell a subject from a governed name. */
  prepositions: ReadonlySet<string>;
  /** Verbs that credit speech, and verbs that judge by naming: they open what a judgement is passed on. */
  speechVerbs: ReadonlySet<string>;
  namingVerbs: ReadonlySet<string>;
  /** Nouns that package an event noun after "of" ("a package of aid"). */
  measureNouns: ReadonlySet<string>;
  /** Titles of offices ("foreign minister", "leader"): "a meeting of the leaders of ..." names its parties through them. */
  titles: PhraseIndex<TitleEntry>;
  /** Every mention by each token it covers. */
  at: ReadonlyMap<number, Mention>;
}

export function sentenceMentions(doc: Readonly<Doc>, sentence: number, kb: Pick<Knowledge, "language" | "titles">): SentenceMentions {
  const lists = kb.language;
  const all: Mention[] = [];
  const sides: Mention[] = [];
  const at = new Map<number, Mention>();
  for (const mention of doc.mentions) {
    if (mention.sentence !== sentence) continue;
    all.push(mention);
    for (let t = mention.tokenStart; t < mention.tokenEnd; t++) at.set(t, mention);
    if (isSideMention(mention)) sides.push(mention);
  }
  return { all, sides, at, prepositions: lists.prepositions, measureNouns: lists.measureNouns, speechVerbs: lists.speechVerbs, namingVerbs: lists.namingVerbs, titles: kb.titles };
}

/** Relative pronouns that open a clause set off by commas. */
const RELATIVE_PRONOUNS = new Set(["which", "who", "whose", "whom"]);

/** Whether a word opening a clause set off by commas makes it an aside: a relative pronoun, a participle or a preposition. */
function opensAside(token: Token | undefined, next: Token | undefined): boolean {
  if (!token) return false;
  // ", meeting in Capri, Italy,": an -ing word before a preposition is a participle, whatever the tagger calls it.
  const participle = token.lower.endsWith("ing") && (token.pos === "VERB" || (token.pos === "NOUN" && next?.pos === "ADP"));
  return RELATIVE_PRONOUNS.has(token.lower) || token.pos === "ADP" || participle;
}

/** A ", which ... ," or ", speaking in Doha after ... ," aside that ends right before a verb, if there is one. */
function relativeClauseBefore(tokens: readonly Token[], verb: number, sentenceStart: number): TokenRange | null {
  let i = verb - 1;
  while (i >= sentenceStart && tokens[i]?.pos === "ADV") i--;
  if (tokens[i]?.text !== ",") return null;
  for (let k = i - 1; k > sentenceStart; k--) {
    if (tokens[k]?.text === "," && opensAside(tokens[k + 1], tokens[k + 2])) return { start: k, end: i };
  }
  return null;
}

/** The index of the ")" closing a short name in brackets opened at `open` ("(ROK)", "(ELN)"), or -1. */
function bracketedShortNameEnd(tokens: readonly Token[], open: number): number {
  for (let i = open + 1; i <= open + 3; i++) {
    const token = tokens[i];
    if (!token) return -1;
    if (token.text === ")") return i > open + 1 ? i : -1;
    if (!/^\p{Lu}[\p{Lu}\p{N}.-]*$/u.test(token.text)) return -1;
  }
  return -1;
}

/** "the National Liberation Army (ELN)": a short name in brackets repeats the name before it. */
function isBracketedShortName(tokens: readonly Token[], mention: Mention): boolean {
  return tokens[mention.tokenStart - 1]?.text === "(" && tokens[mention.tokenEnd]?.text === ")";
}

/** "his election", "her visit": a pronoun that determines a noun is no subject of anything. */
function isPossessiveDeterminer(tokens: readonly Token[], mention: Mention): boolean {
  if (mention.tokenEnd - mention.tokenStart !== 1) return false;
  const word = tokens[mention.tokenStart]?.lower;
  const next = tokens[mention.tokenEnd]?.pos;
  return word === "his" || word === "its" || word === "their" || (word === "her" && (next === "NOUN" || next === "ADJ"));
}

/** Relative pronouns that stand for the subject of their clause ("Zelensky, who had urged ..."). */
const SUBJECT_RELATIVES = new Set(["who", "which"]);

/**
 * The antecedent of a relative pronoun that is the subject of a verb: "appeals by Zelensky,
 * who had urged the EU ..." gives Zelensky, whatever preposition governs him; null when
 * the verb's clause opens no other way.
 */
function relativeAntecedent(doc: Readonly<Doc>, mentions: SentenceMentions, verb: number, sentenceStart: number): Mention[] | null {
  const tokens = doc.tokens;
  let i = verb - 1;
  while (i > sentenceStart && (tokens[i]?.pos === "AUX" || tokens[i]?.pos === "ADV" || tokens[i]?.pos === "PART")) i--;
  if (!SUBJECT_RELATIVES.has(tokens[i]?.lower ?? "") || tokens[i - 1]?.text !== ",") return null;
  const antecedent = mentions.sides.findLast((m) => m.tokenEnd === i - 1 && !isPossessiveDeterminer(tokens, m));
  return antecedent ? withCoordinatedBefore(doc, mentions, mentions.sides, mentions.sides.indexOf(antecedent)) : null;
}

/**
 * The mention `list[k]` with the mentions before it in `list` that are coordinated with it
 * ("Blinken and Austin"). Inside a person's own title phrase, the body before the title is
 * theirs ("NATO Secretary General Jens Stoltenberg"), and a side after a preposition only
 * describes the office ("the United Nations envoy for Sudan, Volker Perthes").
 */
function withCoordinatedBefore(doc: Readonly<Doc>, mentions: SentenceMentions, list: readonly Mention[], k: number): Mention[] {
  const group = [list[k] as Mention];
  for (let j = k - 1; j >= 0; j--) {
    const previous = list[j] as Mention;
    const first = group[0] as Mention;
    if (previous.tokenStart >= phraseStart(first) && previous.tokenEnd <= first.tokenStart) {
      if (!mentions.prepositions.has(doc.tokens[previous.tokenStart - 1]?.lower ?? "")) group.unshift(previous);
      continue;
    }
    if (!coordinated(doc, previous, first, mentions.prepositions)) break;
    group.unshift(previous);
  }
  return group;
}

/** The index of the word before the verb group ending at `verb`, past its adverbs and auxiliaries ("they | have also | spoken"). */
export function wordBeforeVerbGroup(tokens: readonly Token[], verb: number, floor: number): number {
  let k = verb - 1;
  while (k > floor && (tokens[k]?.pos === "ADV" || tokens[k]?.pos === "AUX")) k--;
  return k;
}

/**
 * The grammatical subject of a trigger: the nearest side mention before it that no
 * preposition governs, with the mentions coordinated with it ("Blinken and Austin").
 */
export function subjectBefore(doc: Readonly<Doc>, mentions: SentenceMentions, before: number, sentenceStart: number): Mention[] {
  const antecedent = relativeAntecedent(doc, mentions, before, sentenceStart);
  if (antecedent) return antecedent;
  // "the point he made when they spoke": "they" is the verb's own subject, which the caller resolves; no name further back is.
  const head = wordBeforeVerbGroup(doc.tokens, before, sentenceStart);
  if (doc.tokens[head]?.lower === "they") return [];
  // "after its president met ...": the subject is the office of the side "its" stands for.
  if (doc.tokens[head]?.pos === "NOUN" && doc.tokens[head - 1]?.lower === "its" && head - 1 >= sentenceStart) {
    const owner = possessiveAntecedent(doc, mentions, head - 1);
    if (owner.length > 0) return owner;
  }
  // "London, which has accused Moscow of ..., expelled": the relative clause before the verb holds no subject of it.
  const relative = relativeClauseBefore(doc.tokens, before, sentenceStart);
  const candidates = mentions.sides.filter(
    (m) =>
      m.tokenStart >= sentenceStart &&
      m.tokenEnd <= before &&
      !(relative && m.tokenStart >= relative.start && m.tokenEnd <= relative.end) &&
      !isPossessiveDeterminer(doc.tokens, m) &&
      !isBracketedShortName(doc.tokens, m),
  );
  // Searching from a time phrase's opener ("hours after South Korean and Japanese officials met"), the opener governs its own clause's subject.
  const opener = TIME_OPENERS.has(doc.tokens[sentenceStart]?.lower ?? "") ? doc.tokens[sentenceStart]?.lower : undefined;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const preposition = governingPreposition(doc.tokens, candidates[k] as Mention, sentenceStart, mentions);
    if (preposition && preposition !== opener) continue;
    return withCoordinatedBefore(doc, mentions, candidates, k);
  }
  return [];
}

/**
 * Mentions in [from, to), split by the preposition governing each: agents ("by X", and
 * for an event noun the given `agentPrepositions`) and recipients. After an event noun
 * only a recipient preposition marks a recipient ("support for Ukraine"), not any
 * mention further on ("assistance ... in countering Russian aggression").
 */
function mentionsAfter(
  doc: Readonly<Doc>,
  mentions: SentenceMentions,
  from: number,
  to: number,
  sentenceStart: number,
  agentPrepositions: ReadonlySet<string>,
  nounRecipients: ReadonlySet<string> | null,
  type: PloverType,
) {
  const meeting = type === "CONSULT";
  const agents: Mention[] = [];
  const recipients: Mention[] = [];
  const between: Mention[] = [];
  const partners: Mention[] = [];
  const placedIn: Mention[] = [];
  for (const mention of mentions.sides) {
    if (mention.tokenStart < from || mention.tokenEnd > to) continue;
    const preposition = governingPreposition(doc.tokens, mention, sentenceStart, mentions);
    // After "between", every side up to the window's end is one of the parties.
    if (preposition === "between" || between.length > 0) between.push(mention);
    else if (isPartnerPhrase(doc.tokens, mention, preposition)) partners.push(mention);
    else if (preposition === "of" && nounRecipients && ofARecipientNoun(doc.tokens, mention, from, nounRecipients)) recipients.push(mention);
    else if (preposition && agentPrepositions.has(preposition)) agents.push(mention);
    else if (meeting && mention.kind === "country" && PLACING_PREPOSITIONS.has(preposition ?? "")) {
      // "met Hayashi in Indonesia", "in Bali, Indonesia": where a meeting is held names no party to it, unless none other is named.
      placedIn.push(mention);
    }
    else if (preposition === "of" && ofAnOccasion(doc, mention)) {
      // "met ... on the eve of the Mercosur summit", "on the margins of the G7": the occasion is not a party.
      continue;
    } else if (preposition === "at" && (doc.tokens[mention.tokenEnd]?.pos === "NOUN" || (mention.kind === "organization" && !meeting)) && type !== "ASSAULT") {
      // "signed ... at a White House ceremony", "filed a case ... at the International Court of Justice": the name sets the scene
      // of the act, it takes no part ("fired at an Israeli base" aims at it; "hosted ... at the Pentagon" names the host).
      continue;
    } else if (!nounRecipients || (preposition !== null && nounRecipients.has(preposition)) || (preposition === "of" && headsGroup(doc, mention, to))) {
      recipients.push(mention);
    }
  }
  return { agents, recipients, between, partners, placedIn };
}

/** "together with Sweden", "along with Canada", "alongside Britain": a side that acts with the subject, not on the object. */
function isPartnerPhrase(tokens: readonly Token[], mention: Mention, preposition: string | null): boolean {
  if (preposition === "alongside") return true;
  if (preposition !== "with") return false;
  for (let i = phraseStart(mention) - 1; i >= 0; i--) {
    if (tokens[i]?.lower === "with") return PARTNER_LEADS.has(tokens[i - 1]?.lower ?? "");
  }
  return false;
}

/** Words before "with" that make its noun a partner of the subject. */
const PARTNER_LEADS: ReadonlySet<string> = new Set(["together", "along", "jointly"]);

/** Nouns for the time or setting of an act: a name after "the <noun> of" is its occasion. */
const OCCASION_NOUNS = new Set(["eve", "margins", "margin", "sidelines", "sideline", "fringes", "fringe", "conclusion", "end", "start", "opening", "close", "run-up", "anniversary", "occasion", "day"]);

function ofAnOccasion(doc: Readonly<Doc>, mention: Mention): boolean {
  let i = phraseStart(mention) - 1;
  while (i >= 0 && ["DET", "ADJ"].includes(doc.tokens[i]?.pos ?? "")) i--;
  return doc.tokens[i]?.lower === "of" && OCCASION_NOUNS.has(doc.tokens[i - 1]?.lower ?? "");
}

/** How many words a noun phrase between a recipient's preposition and "of" may hold ("for | the sovereignty and territorial integrity | of"). */
const MAX_OF_HEAD_WORDS = 5;

/**
 * "commitment to the security of Estonia", "support for the sovereignty of Ukraine": a side after "of" whose head
 * noun hangs from a recipient's preposition receives the act through it.
 */
function ofARecipientNoun(tokens: readonly Token[], mention: Mention, from: number, nounRecipients: ReadonlySet<string>): boolean {
  const of = phraseStart(mention) - 1;
  if (tokens[of - 1]?.pos !== "NOUN") return false;
  for (let i = of - 1; i >= Math.max(from, of - 1 - MAX_OF_HEAD_WORDS); i--) {
    const token = tokens[i];
    if (!token) return false;
    if (token.pos === "ADP") return nounRecipients.has(token.lower);
    if (token.pos !== "NOUN" && token.pos !== "ADJ" && token.pos !== "DET" && token.pos !== "CCONJ") return false;
  }
  return false;
}

/** "a meeting of NATO foreign ministers": the name is followed by a group noun, so it names the members who meet. */
function headsGroup(doc: Readonly<Doc>, mention: Mention, end: number): boolean {
  for (let i = mention.tokenEnd; i < Math.min(end, mention.tokenEnd + 3); i++) {
    const token = doc.tokens[i];
    if (!token) return false;
    if (GROUP_NOUNS.has(token.lower)) return true;
    if (!/^\p{Lu}/u.test(token.text)) return false;
  }
  return false;
}

/**
 * Verbs before a participle that make it passive: forms of "be" and "get". Not
 * "remain": "remains committed to", "remains opposed to" describe a stance.
 */
const PASSIVE_AUXILIARIES = new Set(["was", "were", "is", "are", "been", "be", "being", "got", "get", "remains", "remain", "remained", "stays", "stayed", "became", "becomes"]);

/**
 * A passive verb: a form of "be" or "get" just before the participle, or before
 * one adverb in between ("sanctions were imposed", "were formally imposed").
 */
function isPassiveParticiple(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at];
  // "was blocked", "was struck", and irregular participles the tagger reads as verbs ("was held up", "were hit").
  if (head === undefined || !(/ed$|en$/.test(head.lower) || (head.pos === "VERB" && !head.lower.endsWith("ing")))) return false;
  const before = tokens[at - 1];
  const auxiliary = before?.pos === "ADV" ? tokens[at - 2] : before;
  return auxiliary !== undefined && PASSIVE_AUXILIARIES.has(auxiliary.lower);
}

/** An event noun that is the subject of a passive verb right after it ("sanctions were formally imposed ... by the EU"): the verb's "by" agent is the noun's. */
function isSubjectOfPassive(tokens: readonly Token[], trigger: TriggerMention): boolean {
  // "New sanctions against Iran were announced by ...": the noun's own complement may come between.
  let at = trigger.tokenEnd;
  while (at - trigger.tokenEnd < PASSIVE_COMPLEMENT_REACH && NOUN_PHRASE_WORD_TAGS.has(tokens[at]?.pos ?? "") && !PASSIVE_AUXILIARIES.has(tokens[at]?.lower ?? "")) at++;
  const auxiliary = tokens[at];
  if (!auxiliary || !PASSIVE_AUXILIARIES.has(auxiliary.lower)) return false;
  return isPassiveParticiple(tokens, participleAfter(tokens, at));
}

/** "were announced by", "was quietly approved by": an auxiliary, a participle and "by". */
function passiveWithAgentAt(tokens: readonly Token[], auxiliary: number): boolean {
  const participle = participleAfter(tokens, auxiliary);
  return tokens[participle]?.pos === "VERB" && tokens[participle + 1]?.lower === "by";
}

/** Where the participle after an auxiliary stands, past one adverb ("were | quietly | approved"). */
function participleAfter(tokens: readonly Token[], auxiliary: number): number {
  return tokens[auxiliary + 1]?.pos === "ADV" ? auxiliary + 2 : auxiliary + 1;
}

/** How many words of the noun's own complement may sit between an event noun and its passive verb. */
const PASSIVE_COMPLEMENT_REACH = 6;
/** Tags of the words of a noun phrase and its prepositional complement ("the Group of 20", "against the Iranian regime"). */
export const NOUN_PHRASE_WORD_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "PART", "ADP"]);

/**
 * What "its" or "their" before an event noun stands for: "their" after a coordinated
 * subject is that group ("Trump and Kim cut short their summit"); otherwise the last
 * government or organisation named ("calls on Russia to end its occupation").
 */
function possessiveAntecedent(doc: Readonly<Doc>, mentions: SentenceMentions, at: number): Mention[] {
  const sentenceStart = doc.sentences[doc.tokens[at]?.sentence ?? -1]?.tokenStart ?? 0;
  if (doc.tokens[at]?.lower === "their") {
    // "They reaffirmed their support": the pronoun subject is resolved by the caller, like "they".
    const group = subjectBefore(doc, mentions, at, sentenceStart);
    return group.length > 1 ? group : [];
  }
  // "a draft resolution in the U.N. Security Council that would have deplored its invasion": a body named as the place of
  // something is no antecedent.
  const venue = (m: Mention) => m.kind === "organization" && PLACING_PREPOSITIONS.has(governingPreposition(doc.tokens, m, sentenceStart, mentions) ?? "");
  const antecedent = mentions.sides.filter((m) => m.tokenEnd <= at && m.kind !== "person" && !venue(m)).pop();
  if (!antecedent) return [];
  // "Sweden applied to join the alliance in May 2022, but its bid was held up": past ", but" a new clause's "its" is the first clause's subject.
  const newClause = doc.tokens.slice(antecedent.tokenEnd, at).some((t, k, between) => t.pos === "CCONJ" && between[k - 1]?.text === ",");
  const subject = newClause ? sentenceSubject(doc, mentions, antecedent.tokenEnd, sentenceStart).filter((m) => m.kind !== "person") : [];
  return subject.length === 1 ? subject : [antecedent];
}

/**
 * Whether an event noun hangs from another noun ("a dispute over sanctions", "fears of
 * an attack"): then the clause's subject is not its agent. A noun that is a verb's
 * object or sits in an adverbial phrase ("on a visit to Warsaw") keeps the clause subject.
 */
function complementOfNoun(tokens: readonly Token[], nounStart: number, mentions: SentenceMentions): boolean {
  for (let i = nounStart - 1; i >= Math.max(0, nounStart - 6); i--) {
    const token = tokens[i];
    if (!token) return false;
    if (mentions.prepositions.has(token.lower)) {
      const head = tokens[i - 1];
      // "signed a deal after talks in Tokyo": a phrase of time hangs from the verb, not from the noun before it.
      if (opensTimePhrase(tokens, i) || token.lower === "during") return false;
      // "a package of military aid", "$800 million in weapons": a noun that measures the act is no head of its own.
      if ((token.lower === "of" || token.lower === "in") && mentions.measureNouns.has(head?.lower ?? "")) return false;
      return head !== undefined && head.pos === "NOUN" && /^[a-z]/.test(head.text);
    }
    if (NOUN_PHRASE_FILLERS.has(token.pos) || token.pos === "ADV" || token.lower === "'s" || token.lower === "’s" || (token.pos === "NOUN" && /^[a-z]/.test(token.text))) continue;
    return false;
  }
  return false;
}

/** The first side mention of a sentence that no preposition governs, with its coordinated members: the sentence's subject. */
function sentenceSubject(doc: Readonly<Doc>, mentions: SentenceMentions, before: number, sentenceStart: number, from = sentenceStart): Mention[] {
  const candidates = mentions.sides.filter((m) => m.tokenStart >= from && m.tokenEnd <= before);
  const head = candidates.findIndex((m) => !governingPreposition(doc.tokens, m, sentenceStart, mentions));
  if (head < 0) return [];
  return coordinatedFrom(doc, mentions, candidates, head);
}

/**
 * "Meeting in Brussels, EU leaders demanded ...": a participle that opens its sentence
 * shares the subject of the main clause after its comma. Null where the trigger is no
 * such participle; else that subject and where the comma is.
 */
function openingParticiple(doc: Readonly<Doc>, mentions: SentenceMentions, trigger: TriggerMention, sentenceStart: number, sentenceEnd: number): { subject: Mention[]; comma: number } | null {
  const tokens = doc.tokens;
  if (trigger.tokenStart !== sentenceStart || !tokens[trigger.tokenStart]?.lower.endsWith("ing")) return null;
  let comma = trigger.tokenEnd;
  while (comma < sentenceEnd && tokens[comma]?.text !== ",") comma++;
  let verb = comma + 1;
  while (verb < sentenceEnd && tokens[verb]?.pos !== "VERB" && tokens[verb]?.pos !== "AUX") verb++;
  if (comma >= sentenceEnd || verb >= sentenceEnd) return null;
  return { subject: sentenceSubject(doc, mentions, verb, comma + 1, comma + 1), comma };
}

/** The nearest finite verb before `before` in its sentence: not an infinitive ("to explain") nor an -ing form. */
function finiteVerbBefore(tokens: readonly Token[], before: number, sentenceStart: number): number {
  for (let i = before - 1; i >= sentenceStart; i--) {
    const token = tokens[i];
    if (token?.pos === "VERB" && tokens[i - 1]?.lower !== "to" && !token.lower.endsWith("ing")) return i;
  }
  return -1;
}

/**
 * "Biden phoned Albanese to explain the decision and invited him ...": a verb joined
 * by "and" to an earlier finite verb shares that verb's subject, when the side nearest
 * before it lies inside the earlier verb's object and the earlier verb's subject is the
 * sentence's. Null where the verb is not so joined.
 */
function sharedSubject(doc: Readonly<Doc>, mentions: SentenceMentions, verbStart: number, sentenceStart: number, nearest: readonly Mention[]): Mention[] | null {
  let conjunction = verbStart - 1;
  if (doc.tokens[conjunction]?.pos === "ADV") conjunction--;
  if (doc.tokens[conjunction]?.lower !== "and" || nearest.length === 0) return null;
  const earlier = finiteVerbBefore(doc.tokens, conjunction, sentenceStart);
  if (earlier < 0 || (nearest[0]?.tokenStart ?? 0) < earlier) return null;
  // Only the sentence's own subject carries over: in "... in criticizing China's leadership, reinforced ...", China is no subject.
  const subject = subjectBefore(doc, mentions, earlier, sentenceStart);
  return subject.length > 0 && subject[0] === sentenceSubject(doc, mentions, earlier, sentenceStart)[0] ? subject : null;
}

/** Tags of the words that may stand between a meeting noun and its article: "a two-hour video call", "the first Quad summit". */
const NOUN_MODIFIER_TAGS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/** The index of the word before a trigger's modifiers (up to four), and before its determiner too when `withDeterminer`. */
export function wordBeforeModifiers(doc: Readonly<Doc>, trigger: TriggerMention, withDeterminer: boolean): number {
  let i = trigger.tokenStart - 1;
  // "a two-hour video call": a hyphen inside a compound modifier is part of it, and does not count toward the reach.
  let reach = 4;
  for (; reach > 0 && i >= 0; i--) {
    const token = doc.tokens[i];
    if (isGluedHyphen(doc.tokens, i)) continue;
    if (!NOUN_MODIFIER_TAGS.has(token?.pos ?? "")) break;
    reach--;
  }
  if (withDeterminer && doc.tokens[i]?.pos === "DET") i--;
  return i;
}

/** Prepositions that make a meeting noun the setting of something said: "during a call", "in a phone call", "over a video link". */
const SETTING_PREPOSITIONS = new Set(["during", "in", "on", "over", "at"]);

/** Whether a meeting noun is introduced as where something was said ("during a video call"). */
export function isSettingOfSpeech(doc: Readonly<Doc>, trigger: TriggerMention): boolean {
  return SETTING_PREPOSITIONS.has(doc.tokens[wordBeforeModifiers(doc, trigger, true)]?.lower ?? "");
}

/**
 * "the U.S. commitment to defend the ROK": the object of a "to" + verb right after an
 * event noun is whom the act is for. The sides up to the window's end that no
 * preposition governs.
 */
function infinitiveObjects(doc: Readonly<Doc>, mentions: SentenceMentions, nounEnd: number, windowEnd: number): Mention[] {
  if (doc.tokens[nounEnd]?.lower !== "to" || doc.tokens[nounEnd + 1]?.pos !== "VERB") return [];
  const sentenceStart = doc.sentences[doc.tokens[nounEnd]?.sentence ?? -1]?.tokenStart ?? 0;
  const first = mentions.sides.find((m) => m.tokenStart > nounEnd + 1 && m.tokenEnd <= windowEnd);
  if (!first || governingPreposition(doc.tokens, first, sentenceStart, mentions)) return [];
  return [first];
}

/** Participles that name who mediated talks: "talks mediated by Qatar", "a dialogue brokered by Oman". */
const MEDIATING = new Set(["mediated", "brokered", "facilitated"]);

/** How many words an office title after "of the" may have ("heads of state" is three). */
const MAX_OFFICE_WORDS = 3;

/** Whether tokens [from, to) read "of [the] <office holders> of [the]": "of the leaders of", "of the foreign ministers of". */
function isOfOfficeHolders(tokens: readonly Token[], from: number, to: number, titles: PhraseIndex<TitleEntry>): boolean {
  let i = from;
  if (tokens[i]?.lower !== "of") return false;
  i++;
  if (tokens[i]?.lower === "the") i++;
  const words: string[] = [];
  while (i < to && tokens[i]?.lower !== "of" && words.length <= MAX_OFFICE_WORDS) words.push(tokens[i++]?.lower ?? "");
  if (tokens[i]?.lower !== "of" || words.length === 0 || words.length > MAX_OFFICE_WORDS) return false;
  i++;
  if (tokens[i]?.lower === "the") i++;
  const last = words[words.length - 1] ?? "";
  // The holders are many: "leaders", "ministers" (a plural title, in lower case as running text writes it).
  if (i !== to || !/^\p{Ll}+s$/u.test(last)) return false;
  return titles.get([...words.slice(0, -1), last.slice(0, -1)].join(" ")).some((e) => e.kind === "office");
}

/**
 * "a meeting of the leaders of Australia, India, Japan and the United States": the sides whose office holders
 * an event noun gathers, the first right after "of the <title>s of" and those coordinated with it.
 */
function officeHoldersOf(doc: Readonly<Doc>, mentions: SentenceMentions, nounEnd: number, windowEnd: number): Mention[] {
  const after = mentions.sides.filter((m) => m.tokenStart >= nounEnd && m.tokenEnd <= windowEnd);
  const first = after[0];
  if (!first || !isOfOfficeHolders(doc.tokens, nounEnd, phraseStart(first), mentions.titles)) return [];
  const holders = coordinatedFrom(doc, mentions, after, 0);
  // "of the leaders of the Quad — Australia, India, Japan and the United States —": the members named beside the group are its sides.
  const opener = doc.tokens[first.tokenEnd]?.text ?? "";
  // The apposition lies past the dash that ends the noun's own window.
  const firstMember = mentions.sides.findIndex((m) => m.tokenStart > first.tokenEnd && m.kind === "country" && precededOnlyBy(doc.tokens, first.tokenEnd + 1, phraseStart(m), ["the"]));
  if (holders.length === 1 && first.international === true && APPOSITION_OPENERS.has(opener) && firstMember >= 0) {
    const members = coordinatedFrom(doc, mentions, mentions.sides, firstMember);
    if (members.length >= 2) return members;
  }
  return holders;
}

/** Marks that open an apposition listing a group's members: dashes and a bracket. */
const APPOSITION_OPENERS = new Set(["—", "–", "("]);

/** The mention at `from` in a list with those coordinated with it after it ("Australia, India, Japan and the United States"). */
function coordinatedFrom(doc: Readonly<Doc>, mentions: SentenceMentions, list: readonly Mention[], from: number): Mention[] {
  const group = list.slice(from, from + 1);
  for (const next of list.slice(from + 1)) {
    if (!coordinated(doc, group[group.length - 1] as Mention, next, mentions.prepositions)) break;
    group.push(next);
  }
  return group;
}

/**
 * "criticizing China's leadership for their treatment of Hong Kong", "praised Japan for its support of Ukraine": once a
 * judging verb has its object, "for" opens the reason, whose names are no more parties.
 */
function withoutReason(tokens: readonly Token[], trigger: TriggerMention, objects: readonly Mention[]): Mention[] {
  if (!JUDGING_TYPES.has(trigger.trigger.type)) return [...objects];
  const first = objects[0];
  if (!first) return [];
  let reason = -1;
  for (let i = first.tokenEnd; i < (objects[objects.length - 1]?.tokenStart ?? 0); i++) {
    if (tokens[i]?.lower === "for") {
      reason = i;
      break;
    }
  }
  return reason < 0 ? [...objects] : objects.filter((m) => m.tokenStart < reason);
}

/** Acts that judge their object, whose "for" gives the reason: criticism and praise. */
const JUDGING_TYPES: ReadonlySet<PloverType> = new Set(["ACCUSE", "SUPPORT"]);

/** Whether tokens [from, to) are only the given words. */
function precededOnlyBy(tokens: readonly Token[], from: number, to: number, words: readonly string[]): boolean {
  for (let i = from; i < to; i++) if (!words.includes(tokens[i]?.lower ?? "")) return false;
  return true;
}

/** Side mentions right before an event noun ("Russia's brutal war", "the U.S. commitment", "Russian military movements"). */
export function premodifiers(doc: Readonly<Doc>, mentions: SentenceMentions, nounStart: number): Mention[] {
  let i = nounStart - 1;
  let steps = 0;
  while (i >= 0 && steps < 5) {
    const token = doc.tokens[i];
    if (!token) break;
    const mention = mentions.at.get(i);
    if (mention && isSideMention(mention)) {
      // "Japan and Australia launched joint exercises": a side whose verb stands before the noun acts with those coordinated with it.
      if (doc.tokens[mention.tokenEnd]?.pos === "VERB") return withCoordinatedBefore(doc, mentions, mentions.sides, mentions.sides.indexOf(mention));
      // "the U.S.-India dialogue": both halves of a hyphenated pair are parties.
      const dash = doc.tokens[mention.tokenStart - 1];
      const partner = dash?.text === "-" ? mentions.at.get(mention.tokenStart - 2) : undefined;
      return partner && isSideMention(partner) ? [partner, mention] : [mention];
    }
    if (POSSESSIVE_PRONOUNS.has(token.lower)) return possessiveAntecedent(doc, mentions, i);
    const participle = token.pos === "VERB" && /(ing|ed)$/.test(token.lower);
    const possessive = token.lower === "'s" || token.lower === "’s" || token.text === "'" || token.text === "’";
    // "Russia's full-scale invasion": a hyphen inside a compound modifier.
    if (isGluedHyphen(doc.tokens, i)) {
      i--;
      continue;
    }
    if (token.pos === "ADJ" || token.pos === "ADV" || participle || possessive || token.text === "," || token.pos === "NUM" || (token.pos === "NOUN" && /^[a-z]/.test(token.text))) {
      i--;
      steps++;
      continue;
    }
    break;
  }
  return [];
}

/**
 * Who does what to whom around one trigger. Verbs: subject → object, or for a passive
 * "by" agent → subject. Event nouns: a premodifier or "by" agent → "against/on/for/to/with"
 * recipients, falling back to the clause subject; "between X and Y" lists every side.
 */
export function findSides(doc: Readonly<Doc>, mentions: SentenceMentions, trigger: TriggerMention, windowEnd: number): SideSources {
  const sentence = doc.sentences[trigger.sentence];
  const start = sentence?.tokenStart ?? 0;
  if (trigger.trigger.evaluative) return judgementSides(doc, mentions, trigger, start);
  // "... visited Colombia and Brazil, meeting with ...": a participle after a comma shares the sentence's subject, whatever its tag.
  const participle = doc.tokens[trigger.tokenStart]?.lower.endsWith("ing") === true && doc.tokens[trigger.tokenStart - 1]?.text === ",";
  // "the killing of Hamas's deputy leader": an -ing form after an article names the act as a noun does.
  const nominalised = doc.tokens[trigger.tokenStart]?.lower.endsWith("ing") === true && ARTICLES.has(doc.tokens[trigger.tokenStart - 1]?.lower ?? "");
  const verbal = (trigger.trigger.pos === "verb" && !nominalised) || trigger.trigger.pos === "adj" || participle;
  const agentPrepositions = verbal ? AGENT_PREPOSITIONS : OF_AGENT_TYPES.has(trigger.trigger.type) ? GIVER_AGENT_PREPOSITIONS : NOUN_AGENT_PREPOSITIONS;
  const recipientPrepositions = verbal ? null : trigger.trigger.type === "CONSULT" ? MEETING_RECIPIENT_PREPOSITIONS : RECIPIENT_PREPOSITIONS;
  const after = mentionsAfter(doc, mentions, trigger.tokenEnd, windowEnd, start, agentPrepositions, recipientPrepositions, trigger.trigger.type);
  // "talks between X and Y": the pair right after the trigger are its parties; a "between" further on belongs to another noun.
  const betweenNear = after.between.length >= 2 && (after.between[0]?.tokenStart ?? Infinity) - trigger.tokenEnd <= BETWEEN_REACH;
  if (betweenNear) {
    // "Egypt, Qatar and the United States are mediating between Israel and Hamas": a verb's subject stands between them.
    const mediators = verbal ? subjectBefore(doc, mentions, trigger.tokenStart, start).filter((m) => !after.between.includes(m)) : [];
    if (mediators.length > 0) return { subject: mediators, object: after.between, rule: "between+subject" };
    return { subject: after.between.slice(0, 1), object: after.between.slice(1), rule: "between" };
  }
  // "imposed sanctions ..., days after the military seized power": an active verb in a time phrase with a subject of its own takes
  // that subject from inside it (a noun there, "agreed ... after negotiations in Minsk", a gerund, "after meeting Kim", and a passive,
  // "after talks that were hosted by China", tell of the clause subject's act).
  const opener = timePhraseOpener(doc, trigger);
  const ownSubject = verbal && opener >= 0 && trigger.tokenStart > opener + 1 && !isPassiveParticiple(doc.tokens, trigger.tokenStart);
  const floor = ownSubject ? Math.max(start, opener) : start;
  const subject = subjectBefore(doc, mentions, trigger.tokenStart, floor);
  if (verbal) {
    // "is alarmed by X" is the subject's own judgement of X, not X acting on it.
    if (trigger.trigger.pos === "verb" && isPassiveParticiple(doc.tokens, trigger.tokenStart)) return { subject: after.agents, object: subject, rule: "passive" };
    // "to bring home Americans wrongfully detained abroad": a participle describing the noun before it is done to that noun, by whoever "by" names.
    if (trigger.trigger.pos === "verb" && isReducedRelative(doc.tokens, trigger)) {
      const described = mentions.sides.filter((m) => m.tokenEnd <= trigger.tokenStart && m.tokenEnd >= trigger.tokenStart - 2).slice(-1);
      return { subject: after.agents, object: described, rule: "reduced-relative" };
    }
    if (participle) return { subject: sentenceSubject(doc, mentions, trigger.tokenStart, start), object: [...after.recipients, ...after.agents], rule: "participle-subject" };
    // "The leaders discussed Russia's war ... and reaffirmed their commitment to supporting Ukraine": a gerund after "to" is the act
    // of the subject before the sentence's first verb, not of the last name before it.
    const gerundAfterTo = doc.tokens[trigger.tokenStart]?.lower.endsWith("ing") === true && doc.tokens[trigger.tokenStart - 1]?.lower === "to";
    if (gerundAfterTo) {
      let firstVerb = start;
      while (firstVerb < trigger.tokenStart && doc.tokens[firstVerb]?.pos !== "VERB" && doc.tokens[firstVerb]?.pos !== "AUX") firstVerb++;
      return { subject: sentenceSubject(doc, mentions, firstVerb, start), object: [...after.recipients, ...after.agents], rule: "gerund-subject" };
    }
    // Its own objects come before the comma, and a place it happens in is none ("Meeting in the Nigerian capital, ...").
    const opening = openingParticiple(doc, mentions, trigger, start, sentence?.tokenEnd ?? start);
    if (opening) {
      const own = (m: Mention) => m.tokenEnd <= opening.comma && !PLACING_PREPOSITIONS.has(governingPreposition(doc.tokens, m, start, mentions) ?? "");
      return { subject: opening.subject, object: [...after.recipients, ...after.agents].filter(own), rule: "opening-participle" };
    }
    const shared = sharedSubject(doc, mentions, trigger.tokenStart, start, subject);
    const object = withoutReason(doc.tokens, trigger, [...after.recipients, ...after.agents]);
    return {
      subject: [...(shared ?? subject), ...after.partners],
      // "held talks in Israel": with no one else named, the country a meeting is held in is the other party.
      object: object.length > 0 ? object : after.placedIn,
      rule: (shared ? "shared-subject" : "subject-object") + (after.partners.length > 0 ? "+partners" : "") + (object.length === 0 && after.placedIn.length > 0 ? "+placed-in" : ""),
    };
  }
  // "condemnation of the attacks by Hamas": what is condemned is the act's agent, not its victim.
  const accused = trigger.trigger.type === "ACCUSE" ? after.agents : [];
  const modifier = premodifiers(doc, mentions, trigger.tokenStart);
  // "The leaders of Australia, India, Japan and the United States held their first Quad summit": an organisation naming
  // the meeting's format gives way to the member countries its clause names as subject.
  const format = modifier.length === 1 && modifier[0]?.international === true && trigger.trigger.type === "CONSULT" ? modifier[0] : undefined;
  // Not across the opener of a time phrase the noun sits in ("met ... ahead of a NATO summit").
  const members = format ? subjectBefore(doc, mentions, format.tokenStart, Math.max(start, opener)).filter((m) => m.kind === "country") : [];
  if (members.length >= 2) return { subject: members, object: [], rule: "members-of-the-format" };
  if (modifier.length > 0) {
    const recipients = after.recipients.length > 0 ? after.recipients : infinitiveObjects(doc, mentions, trigger.tokenEnd, windowEnd);
    return { subject: modifier, object: accused.length > 0 ? accused : recipients, rule: "premodifier" };
  }
  const holders = trigger.trigger.type === "CONSULT" ? officeHoldersOf(doc, mentions, trigger.tokenEnd, windowEnd) : [];
  if (holders.length > 0) return { subject: holders.slice(0, 1), object: holders.slice(1), rule: "office-holders-of" };
  // "after two weeks of talks mediated by Saudi Arabia and the United States": the mediators join the talks of the clause's subject.
  const mediators = trigger.trigger.type === "CONSULT" && MEDIATING.has(doc.tokens[trigger.tokenEnd]?.lower ?? "") && doc.tokens[trigger.tokenEnd + 1]?.lower === "by" ? after.agents : [];
  if (mediators.length > 0 && subject.length > 0) return { subject, object: mediators, rule: "mediated" };
  // "by X" may come a few words on ("attack against Israel by Iran"); a giver's "of" must follow the noun at once ("the assistance of the American people").
  const passiveSubject = isSubjectOfPassive(doc.tokens, trigger);
  const near = after.agents.filter((m) => {
    const preposition = governingPreposition(doc.tokens, m, start, mentions);
    if (preposition === "of") return precededOnlyBy(doc.tokens, trigger.tokenEnd, phraseStart(m), ["of", "the", "a", "an"]);
    return m.tokenStart - trigger.tokenEnd <= AGENT_REACH || passiveSubject;
  });
  if (near.length > 0) {
    // "Reznikov appreciates the assistance of the American people": the clause subject receives it;
    // but whoever "condemns the attack by Hamas" is not its victim.
    const object = after.recipients.length > 0 ? after.recipients : GIVING_TYPES.has(trigger.trigger.type) ? subject : [];
    return { subject: near, object, rule: after.recipients.length > 0 ? "noun-agent" : "noun-agent+beneficiary" };
  }
  // "discussed the corridor in a telephone call": a meeting noun setting the scene hangs from the verb, not the noun before it.
  const setting = trigger.trigger.type === "CONSULT" && isSettingOfSpeech(doc, trigger);
  if (!setting && complementOfNoun(doc.tokens, trigger.tokenStart, mentions)) return { subject: [], object: after.recipients, rule: "noun-without-agent" };
  // "fired rockets ... in response to the killing of ...": the act answered is not the answering subject's own.
  if (isAnsweredAct(doc.tokens, trigger.tokenStart, start)) return { subject: [], object: after.recipients, rule: "answered-without-agent" };
  // "spoke with Ruto to discuss the deployment of a mission to Haiti": what is discussed is no act of those discussing it,
  // unless it is between them (talks, an accord, cooperation).
  if (!UNORDERED_TYPES.has(trigger.trigger.type) && trigger.trigger.type !== "AGREE" && isDiscussed(doc.tokens, trigger.tokenStart)) {
    return { subject: [], object: after.recipients, rule: "discussed-without-agent" };
  }
  return { subject, object: [...after.recipients, ...after.agents], rule: "clause-subject" };
}

const DISCUSSING_VERBS: ReadonlySet<string> = new Set(["discuss", "discusses", "discussed", "discussing"]);
/** How many words of a noun phrase may stand between "discuss" and the event noun ("discuss | the planned multinational | deployment"). */
const DISCUSSED_REACH = 5;

/** Whether an event noun heads the object of "discuss", past its determiners and modifiers. */
function isDiscussed(tokens: readonly Token[], nounStart: number): boolean {
  for (let i = nounStart - 1; i >= Math.max(0, nounStart - 1 - DISCUSSED_REACH); i--) {
    const token = tokens[i];
    if (!token) return false;
    if (DISCUSSING_VERBS.has(token.lower)) return true;
    if (!NOUN_PHRASE_FILLERS.has(token.pos) && token.pos !== "NOUN") return false;
  }
  return false;
}

/** Words that join a judged phrase to its judgement ("the detention was unacceptable"). */
const COPULAS = new Set(["is", "was", "were", "are", "be", "been", "remains", "remained"]);
/** How many words the phrase a judgement is passed on may hold. */
const JUDGED_PHRASE_REACH = 8;

/** What may stand between a judged phrase and its judgement: "a clear", "unprovoked and", an opening quote, "as". */
function leadsToJudgement(token: Token | undefined): boolean {
  if (!token) return false;
  return token.pos === "ADV" || token.pos === "ADJ" || token.lower === "a" || token.lower === "an" || token.lower === "and" || token.lower === "as" || /^[,"“‘']$/.test(token.text);
}

/**
 * The phrase a judgement is passed on, opened by the verb that passes it: a naming verb right
 * before the phrase ("called | the invasion | unprovoked"), or, with a copula, a speech
 * verb, "that" or another verb ("said | the detention | was unacceptable"). Null when
 * the judgement is not a predicate ("a brutal crackdown").
 */
function judgedPhrase(doc: Readonly<Doc>, mentions: SentenceMentions, trigger: TriggerMention, sentenceStart: number): { start: number; end: number } | null {
  const tokens = doc.tokens;
  let i = trigger.tokenStart - 1;
  while (i > sentenceStart && leadsToJudgement(tokens[i])) i--;
  const copula = COPULAS.has(tokens[i]?.lower ?? "");
  const end = copula ? i : i + 1;
  for (let k = end - 1; k >= sentenceStart && end - k <= JUDGED_PHRASE_REACH; k--) {
    const token = tokens[k];
    if (!token) return null;
    // A participle after a noun stays in the phrase: "the sanctions imposed by the EU were illegal".
    const participle = token.pos === "VERB" && /(?:ed|en)$/.test(token.lower) && ["NOUN", "PROPN"].includes(tokens[k - 1]?.pos ?? "");
    const opens = copula
      ? token.lower === "that" || (token.pos === "VERB" && !participle) || mentions.speechVerbs.has(token.lower)
      : mentions.namingVerbs.has(token.lower);
    if (opens) return k + 1 < end ? { start: k + 1, end } : null;
    // "called for talks that were unacceptable": another verb in between ends the search.
    if (!copula && (token.pos === "VERB" || token.pos === "AUX")) return null;
  }
  return null;
}

/**
 * A judgement's sides: whoever passes it (the subject of the verb that passes it) on
 * what it judges: the sides named in the judged phrase itself or as the agent of the act
 * it names ("the sanctions imposed by the EU"), not behind another preposition
 * ("called the balloon's presence in U.S. airspace a violation" judges no American act).
 */
function judgementSides(doc: Readonly<Doc>, mentions: SentenceMentions, trigger: TriggerMention, sentenceStart: number): SideSources {
  const judged = judgedPhrase(doc, mentions, trigger, sentenceStart);
  if (!judged) return { subject: [], object: [], rule: "judgement-without-predicate" };
  const object = mentions.sides.filter(
    (m) =>
      m.tokenStart >= judged.start &&
      m.tokenEnd <= judged.end &&
      !isPossessiveDeterminer(doc.tokens, m) &&
      [null, "by"].includes(governingPreposition(doc.tokens, m, judged.start, mentions)),
  );
  return { subject: subjectBefore(doc, mentions, judged.start, sentenceStart), object, rule: "judgement", judged };
}
