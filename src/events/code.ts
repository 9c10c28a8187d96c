import type { Doc, Mention, Sentence, Token } from "../model/doc.js";
import { UNORDERED_TYPES, type PloverType } from "../model/plover.js";
import type { Knowledge } from "../knowledge/types.js";
import { clauseBounds, clauseTense, isSpeechVerb } from "../language/tense.js";
import { findOfficeholder } from "../language/mentions/actors.js";
import { isoDay, parseIsoDay } from "../language/dates/calendar.js";
import { startsWithLowerCaseLetter, tokenText } from "../language/mentions/names.js";
import { dateFor, datelinePlace, destinationPlace, destinationsFor, eventNounAfter, objectNoun, placesFor, topicsFor } from "./arguments.js";
import type { EventCandidate, TokenRange, TriggerMention } from "./candidate.js";
import { cuesIn, type CueHit } from "./cues.js";
import { withEchoedActs } from "./echo.js";
import { withNamedLeaders } from "./leaders.js";
import { mergeCandidates } from "./merge.js";
import { withSigner } from "./signer.js";
import { decideMode, withMediumAndPlaceAgreeing } from "./mode.js";
import {
  FIRST_PERSON,
  GROUP_REFERENCES,
  HOME_REFERENCES,
  NOUN_PHRASE_WORD_TAGS,
  findSides,
  isSettingOfSpeech,
  objectWindowEnd,
  opensTimePhrase,
  premodifiers,
  sideCode,
  subjectBefore,
  timePhraseOpener,
  wordBeforeModifiers,
  wordBeforeVerbGroup,
  type SentenceMentions,
  type SideSources,
} from "./sides.js";
import { decideStatus, type SentenceMood } from "./status.js";
import { NamedTokens } from "./names-and-dates.js";
import { findTriggers } from "./triggers.js";
import { sentenceFacts, type SentenceFacts } from "./sentence-facts.js";

/** Types where "they" or "both sides" may stand for the two sides of the meeting under discussion; never for force. */
const COOPERATIVE_TYPES: ReadonlySet<PloverType> = new Set(["CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REQUEST"]);
/** Acts that, voiced during a meeting with no addressee named, are addressed to the other side of that meeting. */
const COUNTERPART_TYPES: ReadonlySet<PloverType> = new Set(["REQUEST", "AGREE", "REJECT", "CONCEDE"]);
/** Acts whose "to" + verb complement is what they ask for or threaten, not a second act. */
const GOVERNING_TYPES: ReadonlySet<PloverType> = new Set(["REQUEST", "THREATEN", "REJECT"]);
/** Acts that a joint subject does with each other ("Japan and India signed ..."); a joint request or threat is aimed at someone else. */
const MUTUAL_TYPES: ReadonlySet<PloverType> = new Set(["CONSULT", "COOPERATE", "AGREE", "SUPPORT", "RETREAT", "CONCEDE"]);
/** Types whose records carry the place where they happened. */
const PLACED_TYPES: ReadonlySet<PloverType> = new Set(["CONSULT", "COOPERATE", "ASSAULT", "PROTEST", "AGREE", "COERCE"]);
/** Prepositions before a country that name its land rather than its government ("across France", "throughout Iran"). */
const GROUND_PREPOSITIONS = new Set(["in", "across", "throughout"]);
/**
 * The PLOVER type a trigger codes here: a withdrawal from an agreement rejects it, and a
 * government that "protested" made an official protest, an accusation ("Tokyo protested
 * over ..."), where a crowd ("Georgian protesters rallied") protests.
 */
function typeOf(doc: Readonly<Doc>, trigger: TriggerMention, sides: SideSources, context: ArticleContext, clause: TokenRange): PloverType {
  if (context.leaving.has(trigger)) return "REJECT";
  const byGovernment = sides.subject.some((m) => m.rule === "mentions/side-name" || m.rule === "mentions/side-metonym" || m.rule === "mentions/side-agency");
  if (trigger.trigger.type === "PROTEST" && trigger.trigger.pos === "verb" && byGovernment) return "ACCUSE";
  if (trigger.trigger.soloType && actsAlone(doc, sides, clause)) return trigger.trigger.soloType;
  return trigger.trigger.type;
}

/** Words that give an act a partner: "joint drills", "drills with Japan". */
const PARTNER_WORDS = new Set(["joint", "jointly", "together", "with", "alongside", "combined", "multinational", "bilateral", "trilateral"]);

/**
 * "China staged drills around Taiwan": one side named, aimed at another, no partner in its clause
 * (a joint exercise in the clause before, "..., a day after China wrapped up drills around Taiwan", is another act).
 */
function actsAlone(doc: Readonly<Doc>, sides: SideSources, clause: TokenRange): boolean {
  const actors = new Set(sides.subject.map((m) => sideCode(doc, m)));
  if (actors.size !== 1 || sides.object.length === 0) return false;
  for (let i = clause.start; i < clause.end; i++) if (PARTNER_WORDS.has(doc.tokens[i]?.lower ?? "")) return false;
  return true;
}

/** Last words of a reference to both sides ("they", "the two", "the two leaders"). */
const GROUP_REFERENCE_ENDS: ReadonlySet<string> = new Set(GROUP_REFERENCES.map((phrase) => phrase.split(" ").at(-1) ?? phrase));

/**
 * Whether a reference to both sides is the trigger's own subject, right before it past adverbs and auxiliaries ("they spoke",
 * "the two leaders last met"), or before the verb whose "to" the trigger follows ("they agreed to meet").
 */
function groupReferenceRightBefore(doc: Readonly<Doc>, trigger: TriggerMention): boolean {
  const sentenceStart = doc.sentences[trigger.sentence]?.tokenStart ?? 0;
  const governed = doc.tokens[trigger.tokenStart - 1]?.lower === "to" && doc.tokens[trigger.tokenStart - 2]?.pos === "VERB";
  const verb = governed ? trigger.tokenStart - 2 : trigger.tokenStart;
  return GROUP_REFERENCE_ENDS.has(doc.tokens[wordBeforeVerbGroup(doc.tokens, verb, sentenceStart)]?.lower ?? "");
}

/** Second-person words: in a quote, the one spoken to. */
const SECOND_PERSON = new Set(["your", "yours", "you"]);

/** Whether tokens [from, to) speak of the listener ("on your borders"). */
function addressesListener(doc: Readonly<Doc>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SECOND_PERSON.has(doc.tokens[i]?.lower ?? "")) return true;
  return false;
}

/** Pronouns that stand for an object already named ("called on it to end ..."). */
const OBJECT_PRONOUNS = new Set(["it", "them"]);
/** Types whose acts take place on the receiving side's ground: an attack, force used on people, a crowd in the street. */
const ON_THE_GROUND_TYPES: ReadonlySet<PloverType> = new Set(["ASSAULT", "PROTEST", "COERCE"]);
/** Types that may have no receiving side ("protesters rallied", "Russia mobilized"). */
const TARGET_OPTIONAL: ReadonlySet<PloverType> = new Set(["PROTEST", "MOBILIZE"]);
/** Types where one country can act on itself (a government's repression of its own people). */
const SELF_DIRECTED: ReadonlySet<PloverType> = new Set(["COERCE", "PROTEST", "RETREAT"]);
/** How far before a trigger to look for the cues that decide status. */
const CUE_REACH_BEFORE = 8;
const CUE_REACH_AFTER = 8;

/** What the article is about overall: the side most of its people belong to, and the interaction under discussion. */
interface ArticleContext {
  home: string | null;
  /** The candidates found so far in the current sentence. */
  sentenceActs: readonly EventCandidate[];
  /** Tokens inside names and dates, where capitalised words are no triggers or cues. */
  named: NamedTokens;
  /** The latest meeting or call reported so far: acts voiced "during the call" take its date, place and sides. */
  frame: EventCandidate | null;
  /** Every candidate found so far, in text order. */
  acts: readonly EventCandidate[];
  /** Withdrawals from an agreement ("withdrew from the Iran nuclear deal"): rejections, not retreats. */
  leaving: ReadonlySet<TriggerMention>;
  /** Acts found with an agent but aimed at no one ("North Korea fired a ballistic missile"): no records, but "the launch" may be judged. */
  untargeted: { source: readonly string[]; mention: TriggerMention }[];
}

/**
 * The side the article speaks for: the issuer its headline names when its text speaks
 * in the first person ("Statement from President Joe Biden" ... "Today, I spoke with
 * ..."); else the country of the first person its text names (the issuer of a
 * statement, the official of a readout), or, where it names no one, the first
 * government it names ("The United States condemns ...").
 */
function homeSide(doc: Readonly<Doc>, kb: Knowledge): string | null {
  const issuer = speaksInFirstPerson(doc) ? headlineOfficeholder(doc, kb) : null;
  if (issuer) return issuer;
  const inBody = (m: Mention) => doc.sentences[m.sentence]?.role === "body";
  const firstPerson = doc.mentions.find((m) => m.kind === "person" && inBody(m) && sideCode(doc, m) !== null);
  if (firstPerson) return sideCode(doc, firstPerson);
  const first = doc.mentions.find((m) => (m.kind === "country" || m.kind === "organization") && m.code && inBody(m));
  return first?.code ?? null;
}

/** Whether the running text says "I" or "we" outside quotations: a statement in its issuer's voice. */
function speaksInFirstPerson(doc: Readonly<Doc>): boolean {
  return doc.tokens.some(
    (t) => (t.lower === "i" || t.lower === "we") && doc.sentences[t.sentence]?.role === "body" && !doc.quotes.some((q) => q.start <= t.start && t.end <= q.end),
  );
}

/** The country of the first known officeholder a headline names ("Statement from President Joe Biden on ..."). */
function headlineOfficeholder(doc: Readonly<Doc>, kb: Knowledge): string | null {
  const year = doc.published ? Number(doc.published.slice(0, 4)) : null;
  for (const sentence of doc.sentences) {
    if (sentence.role !== "headline") continue;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const match = kb.officeholders.longestMatch(doc.tokens, i, sentence.tokenEnd);
      if (!match) continue;
      const holder = findOfficeholder(tokenText(doc.text, doc.tokens, i, i + match.length), kb, year);
      if (holder?.country) return holder.country;
      i += match.length - 1;
    }
  }
  return null;
}

function codesOf(doc: Readonly<Doc>, mentions: readonly Mention[]): string[] {
  const codes: string[] = [];
  for (const mention of mentions) {
    const code = sideCode(doc, mention);
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** A non-state group, coded with the country it acts in (GUIDE: the RSF is SDN). */
function isGroup(mention: Mention): boolean {
  return mention.rule === "mentions/side-group" || mention.rule === "coref/the-group";
}

/**
 * "Sudan's army accused the Rapid Support Forces": a government and an armed group of
 * one country are two sides, though both carry its code. True when, for `code`, one
 * side is a group and the other is not.
 */
function areDomesticRivals(doc: Readonly<Doc>, subject: readonly Mention[], object: readonly Mention[], code: string): boolean {
  const ofCode = (mentions: readonly Mention[]) => mentions.filter((m) => sideCode(doc, m) === code);
  const acting = ofCode(subject);
  const acted = ofCode(object);
  return acting.some((a) => acted.some((b) => isGroup(a) !== isGroup(b)));
}

/** A quote containing the trigger, so that "we" is its speaker's side. */
function speakerSide(doc: Readonly<Doc>, offset: number): string | null {
  const quote = doc.quotes.find((q) => q.start <= offset && offset < q.end);
  if (quote?.actor === undefined) return null;
  return doc.actors[quote.actor]?.country ?? null;
}

/** "we will ...", "they agreed", "the two discussed": a subject that is a pronoun or a reference to both sides. */
function pronounSubject(doc: Readonly<Doc>, trigger: TriggerMention, context: ArticleContext): { codes: string[]; people?: number[]; rule: string } | null {
  const sentence = doc.sentences[trigger.sentence];
  if (!sentence) return null;
  const before = doc.tokens.slice(sentence.tokenStart, trigger.tokenStart).map((t) => t.lower);
  const text = ` ${before.join(" ")} `;
  const firstPerson = before.findLast((w) => FIRST_PERSON.has(w));
  if (firstPerson) {
    const offset = doc.tokens[trigger.tokenStart]?.start ?? 0;
    const side = speakerSide(doc, offset) ?? context.home;
    if (side) return { codes: [side], rule: "subject/first-person" };
  }
  // "Their foreign ministers will meet in Ankara": a sentence opening with "their" speaks of the sides just told of.
  const theirs = before[0] === "their";
  if (context.frame && COOPERATIVE_TYPES.has(trigger.trigger.type) && (theirs || GROUP_REFERENCES.some((phrase) => text.includes(` ${phrase} `)))) {
    // "The two leaders last met in Geneva": the latest meeting held between exactly two sides, though calls with more came since.
    const partiesOf = (c: EventCandidate) => [...new Set([...c.source, ...c.target])];
    const pair = text.includes(" two ") ? context.acts.findLast((c) => c.type === "CONSULT" && c.status === "occurred" && partiesOf(c).length === 2) : undefined;
    const referred = pair ?? context.frame;
    // "Their foreign ministers" are other people than the sides' leaders just told of.
    if (theirs) return { codes: partiesOf(referred), rule: "subject/their" };
    return { codes: partiesOf(referred), people: referred.participants, rule: pair ? "subject/the-two" : "subject/both-sides" };
  }
  if (!context.frame && COOPERATIVE_TYPES.has(trigger.trigger.type) && DUAL_REFERENCES.some((phrase) => text.includes(` ${phrase} `))) {
    // "... walking back with Kim Jong Un. The two men then talked": with no meeting reported yet, the last two people of two sides named before.
    const pair = lastTwoSidesOfPeople(doc, sentence.tokenStart);
    if (pair) return { ...pair, rule: "subject/the-two-named-before" };
  }
  if (context.home && HOME_REFERENCES.some((phrase) => text.includes(` ${phrase} `))) {
    return { codes: [context.home], rule: "subject/the-administration" };
  }
  return null;
}

/** Group references that count two: "the two men", "both sides". */
const DUAL_REFERENCES = GROUP_REFERENCES.filter((phrase) => phrase.startsWith("the two") || phrase.startsWith("both"));

/** The sides and people of the last two people of different sides named before a token, latest first. */
function lastTwoSidesOfPeople(doc: Readonly<Doc>, before: number): { codes: string[]; people: number[] } | null {
  const codes: string[] = [];
  const people: number[] = [];
  for (let i = doc.mentions.length - 1; i >= 0 && codes.length < 2; i--) {
    const mention = doc.mentions[i];
    if (!mention || mention.kind !== "person" || mention.tokenEnd > before || mention.actor === undefined) continue;
    const code = sideCode(doc, mention);
    if (!code || codes.includes(code)) continue;
    codes.push(code);
    people.push(mention.actor);
  }
  return codes.length === 2 ? { codes: codes.reverse(), people: people.reverse() } : null;
}

/**
 * The speaker a clause is reported from: the subject of the nearest speech verb
 * before the trigger in its sentence ("Biden, on a visit to Warsaw, said Russia would ...").
 */
function reportedSpeaker(doc: Readonly<Doc>, kb: Knowledge, mentions: SentenceMentions, trigger: TriggerMention): Mention[] {
  const sentenceStart = doc.sentences[trigger.sentence]?.tokenStart ?? 0;
  const verb = speechVerbBefore(doc, kb, trigger.tokenStart, sentenceStart);
  return verb < 0 ? [] : subjectBefore(doc, mentions, verb, sentenceStart);
}

/** The nearest speech verb before token `at` in its sentence, or -1. */
function speechVerbBefore(doc: Readonly<Doc>, kb: Knowledge, at: number, sentenceStart: number): number {
  for (let i = at - 1; i >= sentenceStart; i--) if (isSpeechVerb(doc.tokens[i], kb.language)) return i;
  return -1;
}

/**
 * "Blinken said on Monday that the United States had suspended ...": the people who announce an act of their own side,
 * where the act's subject opens the clause their speech verb reports (nothing but a time phrase and "that" between).
 */
function announcersOf(
  doc: Readonly<Doc>,
  kb: Knowledge,
  mentions: SentenceMentions,
  subject: readonly Mention[],
  sides: { source: readonly string[]; target: readonly string[] },
): number[] {
  const first = subject[0];
  if (!first || personIndices(subject).length > 0) return [];
  const sentenceStart = doc.sentences[first.sentence]?.tokenStart ?? 0;
  const verb = speechVerbBefore(doc, kb, first.tokenStart, sentenceStart);
  if (verb < 0 || doc.tokens.slice(verb + 1, first.tokenStart).some((t) => t.pos === "VERB" || t.pos === "AUX")) return [];
  const countryOf = (p: number) => doc.actors[p]?.country ?? "";
  const speakers = personIndices(subjectBefore(doc, mentions, verb, sentenceStart)).filter((p) => sides.source.includes(countryOf(p)));
  if (speakers.length === 0) return [];
  // "Austin assured Defense Minister Andriy Taran that U.S. support ...": whom the official tells, of the other side, takes part too.
  const told = mentions.all.filter((m) => m.kind === "person" && m.tokenStart > verb && m.tokenEnd <= first.tokenStart);
  return [...speakers, ...personIndices(told).filter((p) => sides.target.includes(countryOf(p)))];
}

/** "Washington must", "the Iranian government should": the subject ends right before the modal, past its head noun and adverbs. */
function endsRightBefore(doc: Readonly<Doc>, subject: readonly Mention[], at: number): boolean {
  const last = subject[subject.length - 1];
  if (!last) return false;
  return doc.tokens.slice(last.tokenEnd, at).every((t) => t.pos === "NOUN" || t.pos === "ADV");
}

/** Countries of the places named in tokens [from, to) of a sentence. */
function placeCountries(doc: Readonly<Doc>, mentions: SentenceMentions, from: number, to: number, asGround = false): string[] {
  // With `asGround`, a capital read as its government counts as the city it also is ("the streets of Tbilisi"),
  // and a country after a locative preposition as the land it also is ("blocked roads across France").
  const isPlace = (m: Mention) =>
    m.kind === "place" ||
    (asGround && (m.rule === "mentions/side-metonym" || (m.rule === "mentions/side-name" && GROUND_PREPOSITIONS.has(doc.tokens[m.tokenStart - 1]?.lower ?? ""))));
  // Where the story was filed is no place of its acts.
  const codes = mentions.all
    .filter((m) => isPlace(m) && m.rule !== "mentions/place-dateline" && m.tokenStart >= from && m.tokenEnd <= to && m.code)
    .map((m) => m.code as string);
  return [...new Set(codes)];
}

/** How far after "from" the place a retreat leaves may start ("from the city of Kherson"). */
const PLACE_LEFT_REACH = 5;

/** "pulled back from the city of Kherson": the country of the place a retreat leaves, right after "from". */
function countryLeft(doc: Readonly<Doc>, mentions: SentenceMentions, trigger: TriggerMention, windowEnd: number): string | null {
  for (let i = trigger.tokenEnd; i < windowEnd; i++) {
    if (doc.tokens[i]?.lower !== "from") continue;
    const place = mentions.all.find((m) => m.kind === "place" && m.tokenStart > i && m.tokenStart - i <= PLACE_LEFT_REACH && m.code);
    return place?.code ?? null;
  }
  return null;
}

/** "released five political prisoners": a noun for people stands in for a named person as the object. */
function personNounAfter(doc: Readonly<Doc>, kb: Knowledge, trigger: TriggerMention, windowEnd: number): boolean {
  for (let i = trigger.tokenEnd; i < windowEnd; i++) if (kb.language.personNouns.has(doc.tokens[i]?.lower ?? "")) return true;
  return false;
}

/**
 * The speaker and the addressee of the sentence's speech verb, when it names both: "Erdogan told Putin that ...",
 * "Erdogan said to Putin". Null when the sentence has no such verb.
 */
function speakerAndAddressee(doc: Readonly<Doc>, kb: Knowledge, mentions: SentenceMentions, sentence: number): { speaker: Mention[]; addressee: Mention[] } | null {
  const range = doc.sentences[sentence];
  if (!range) return null;
  for (let i = range.tokenStart; i < range.tokenEnd; i++) {
    const token = doc.tokens[i];
    if (!token || token.pos !== "VERB" || !kb.language.speechVerbs.has(token.lower)) continue;
    const from = doc.tokens[i + 1]?.lower === "to" ? i + 2 : i + 1;
    // "told Russian President Vladimir Putin": the sides in the noun phrase right after the verb, the nationality and the person.
    let end = from;
    while (end < range.tokenEnd && (mentions.at.has(end) || ADDRESSEE_TAGS.has(doc.tokens[end]?.pos ?? ""))) end++;
    const addressee = mentions.sides.filter((m) => m.tokenStart >= from && m.tokenEnd <= end);
    const speaker = subjectBefore(doc, mentions, i, range.tokenStart);
    return addressee.length > 0 && speaker.length > 0 ? { speaker, addressee } : null;
  }
  return null;
}

/** How far after a trigger a noun for people may name whom force was used on ("fired tear gas at demonstrators"). */
const PERSON_NOUN_REACH = 4;
/** ... or the people a purpose after it names ("used tear gas on Thursday night to disperse thousands of protesters"). */
const PURPOSE_REACH = 12;

/** Whether a noun for people follows a trigger closely, or in the "to" + verb purpose right after it, whatever triggers lie between. */
function personNounNear(doc: Readonly<Doc>, kb: Knowledge, trigger: TriggerMention): boolean {
  const sentenceEnd = doc.sentences[trigger.sentence]?.tokenEnd ?? 0;
  if (personNounAfter(doc, kb, trigger, Math.min(sentenceEnd, trigger.tokenEnd + PERSON_NOUN_REACH))) return true;
  for (let i = trigger.tokenEnd; i < Math.min(sentenceEnd, trigger.tokenEnd + PURPOSE_REACH); i++) {
    const token = doc.tokens[i];
    if (!token || /^[.;,—]$/.test(token.text)) return false;
    if (token.lower === "to" && doc.tokens[i + 1]?.pos === "VERB") return personNounAfter(doc, kb, trigger, Math.min(sentenceEnd, i + 2 + PERSON_NOUN_REACH));
  }
  return false;
}

/** How many words after a request its addressee may take ("urged | both countries", "called on | the two sides"). */
const ADDRESSEE_REACH = 3;

/** "between the two leaders", "with both sides" right after a meeting word. */
function refersToBothSides(doc: Readonly<Doc>, from: number, to: number): boolean {
  const text = ` ${doc.tokens.slice(from, to).map((t) => t.lower).join(" ")} `;
  return GROUP_REFERENCES.some((phrase) => phrase !== "they" && text.includes(` ${phrase} `));
}

function personIndices(mentions: readonly Mention[]): number[] {
  return [...new Set(mentions.filter((m) => m.kind === "person" && m.actor !== undefined).map((m) => m.actor as number))];
}

/** Articles that introduce a meeting noun as one not yet reported: "held a video conference", "another summit". */
const INDEFINITE = new Set(["a", "an", "another"]);

/** Whether an event noun comes with a definite determiner before its modifiers ("the invasion", "this agreement"). */
function isDefinite(doc: Readonly<Doc>, trigger: TriggerMention): boolean {
  return DEFINITE.has(doc.tokens[wordBeforeModifiers(doc, trigger, false)]?.lower ?? "");
}

/** Whether a meeting noun names a new meeting rather than the one under discussion. */
function isIntroducedAsNew(doc: Readonly<Doc>, trigger: TriggerMention): boolean {
  return INDEFINITE.has(doc.tokens[wordBeforeModifiers(doc, trigger, false)]?.lower ?? "");
}

/** Reactions to another act: whom they are aimed at may be that act's parties ("China criticized the deal"). */
const REACTION_TYPES: ReadonlySet<PloverType> = new Set(["ACCUSE", "SUPPORT", "REJECT"]);
/** Determiners that point back to an act already reported. */
const DEFINITE = new Set(["the", "this", "that", "these", "those", "such"]);
/** How far after a reaction verb the noun of the act reacted to may start ("criticized the new deal"). */
const REACTED_NOUN_REACH = 3;

/**
 * The act a reaction is about, when the reaction's object is a definite event noun
 * ("criticized the deal", "welcomed the agreement") and an act of that type was
 * reported in an earlier sentence: the latest such act.
 */
function actReactedTo(doc: Readonly<Doc>, trigger: TriggerMention, sentenceTriggers: readonly TriggerMention[], acts: readonly EventCandidate[]): EventCandidate | undefined {
  const noun = nounReactedTo(doc, trigger, sentenceTriggers);
  // Compared by the words' own type: drills coded as a show of force are still the drills reacted to.
  return noun && acts.findLast((c) => c.mention.trigger.type === noun.trigger.type && c.mention.sentence < trigger.sentence);
}

/** "agreed to send", "agreed on Friday to send": a "to" + verb after a verb trigger, past a date or adverbs. */
function infinitiveAfter(doc: Readonly<Doc>, trigger: TriggerMention): boolean {
  if (trigger.trigger.pos !== "verb") return false;
  const dated = doc.dates.find((d) => d.start === doc.tokens[trigger.tokenEnd + 1]?.start && doc.tokens[trigger.tokenEnd]?.lower === "on");
  let i = trigger.tokenEnd;
  if (dated) while (i < doc.tokens.length && (doc.tokens[i]?.end ?? Infinity) <= dated.end) i++;
  while (doc.tokens[i]?.pos === "ADV") i++;
  return doc.tokens[i]?.lower === "to" && doc.tokens[i + 1]?.pos === "VERB";
}

/**
 * "condemned the decision", "welcomed this move", "called the remark unacceptable": a definite noun for an act
 * starting at `from` (right after the reaction verb, or the phrase a judgement is passed on).
 */
function refersToAnAct(doc: Readonly<Doc>, kb: Knowledge, from: number): boolean {
  const determiner = doc.tokens[from]?.lower ?? "";
  let noun = from + 1;
  if (doc.tokens[noun]?.pos === "ADJ") noun++;
  return DEFINITE.has(determiner) && kb.language.actNouns.has(doc.tokens[noun]?.lower ?? "") && doc.tokens[noun + 1]?.lower !== "to";
}

/** The reaction an event noun is the object of ("condemned | the attack"), if there is one. */
function reactionBefore(doc: Readonly<Doc>, noun: TriggerMention, sentenceTriggers: readonly TriggerMention[]): TriggerMention | undefined {
  if (noun.trigger.pos !== "noun") return undefined;
  const reaction = sentenceTriggers.findLast((t) => t.tokenEnd <= noun.tokenStart);
  return reaction && REACTION_TYPES.has(reaction.trigger.type) && reaction.trigger.pos === "verb" && nounReactedTo(doc, reaction, sentenceTriggers) === noun ? reaction : undefined;
}

/** The definite event noun right after a reaction ("welcomed the agreement ..."), if there is one. */
function nounReactedTo(doc: Readonly<Doc>, trigger: TriggerMention, sentenceTriggers: readonly TriggerMention[]): TriggerMention | undefined {
  const noun = sentenceTriggers.find(
    (t) => t.trigger.pos === "noun" && t.tokenStart >= trigger.tokenEnd && t.tokenStart - trigger.tokenEnd <= REACTED_NOUN_REACH,
  );
  return noun && DEFINITE.has(doc.tokens[trigger.tokenEnd]?.lower ?? "") ? noun : undefined;
}

/**
 * The agents of the act an event noun in a judged phrase refers back to ("said | the detention | was
 * unacceptable"): the latest such act by another side than the judge's own.
 */
function agentsOfJudgedAct(
  judged: { start: number; end: number },
  sentenceTriggers: readonly TriggerMention[],
  acts: readonly EventCandidate[],
  trigger: TriggerMention,
  judge: readonly string[],
): string[] {
  const noun = sentenceTriggers.find((t) => t.trigger.pos === "noun" && t.tokenStart >= judged.start && t.tokenEnd <= judged.end);
  if (!noun) return [];
  const others = (c: EventCandidate) => c.source.filter((code) => !judge.includes(code));
  const act = acts.findLast((c) => c.type === noun.trigger.type && c.mention.sentence < trigger.sentence && others(c).length > 0);
  return act ? others(act) : [];
}

/**
 * "urged Xi to use his influence on Moscow": when a request, threat or refusal names
 * its addressee before a "to" + verb complement, the sides inside the complement are
 * what is asked, not whom.
 */
function objectsBeforeComplement(doc: Readonly<Doc>, objects: readonly Mention[], from: number, to: number): Mention[] {
  let complement = -1;
  for (let i = from; i < to && complement < 0; i++) {
    if (doc.tokens[i]?.lower === "to" && doc.tokens[i + 1]?.pos === "VERB") complement = i;
  }
  if (complement < 0 || !objects.some((m) => m.tokenStart < complement)) return [...objects];
  return objects.filter((m) => m.tokenStart < complement);
}

/** How many words may stand between a preposition and the event noun it names ("of the abhorrent terrorist attacks"). */
const OF_NOUN_REACH = 4;

/** "condemnation of the abhorrent terrorist attacks": the event noun an event noun's "of" names. */
function nounAfterOf(doc: Readonly<Doc>, trigger: TriggerMention, sentenceTriggers: readonly TriggerMention[]): TriggerMention | undefined {
  if (doc.tokens[trigger.tokenEnd]?.lower !== "of") return undefined;
  return eventNounAfter(doc, trigger.tokenEnd + 1, sentenceTriggers, NOUN_PHRASE_MODIFIER_TAGS, OF_NOUN_REACH);
}

/**
 * The sides an event noun's own phrase names ("the attack by Hamas", "Russia's invasion",
 * "the agreement between Serbia and Kosovo"); null when it names none and would borrow its clause's subject.
 */
function ownSidesOf(doc: Readonly<Doc>, mentions: SentenceMentions, noun: TriggerMention): SideSources | null {
  const sentence = doc.sentences[noun.sentence];
  if (!sentence) return null;
  const found = findSides(doc, mentions, noun, objectWindowEnd(doc, noun.tokenEnd, sentence.tokenEnd, Number.MAX_SAFE_INTEGER, mentions.speechVerbs));
  return found.rule === "clause-subject" ? null : found;
}

/** The sides acting in the event noun a verb takes as its object ("condemned the attack by Hamas", "condemned Russia's invasion"). */
function agentsOfObjectNoun(doc: Readonly<Doc>, mentions: SentenceMentions, trigger: TriggerMention, sentenceTriggers: readonly TriggerMention[]): string[] {
  const noun = trigger.trigger.pos === "verb" ? objectNoun(doc, trigger, sentenceTriggers) : nounAfterOf(doc, trigger, sentenceTriggers);
  const own = noun ? ownSidesOf(doc, mentions, noun) : null;
  return own ? codesOf(doc, own.subject) : [];
}

/** Words between a preposition and the event noun it names: "from the 2015 Iran nuclear deal", "of the abhorrent attacks". */
const NOUN_PHRASE_MODIFIER_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** How many words may stand between "from" and the agreement it names ("from the 2015 Iran nuclear deal"). */
const AGREEMENT_NOUN_REACH = 6;

/** Whether a withdrawal verb leaves the agreement named right after it ("pulled out of the treaty"). */
function leavesAgreement(doc: Readonly<Doc>, withdrawal: TriggerMention, next: TriggerMention | undefined): boolean {
  if (!next || next.sentence !== withdrawal.sentence || withdrawal.trigger.type !== "RETREAT" || withdrawal.trigger.pos !== "verb") return false;
  if (next.trigger.type !== "AGREE") return false;
  let i = withdrawal.tokenEnd;
  if (doc.tokens[i]?.lower === "out" && doc.tokens[i + 1]?.lower === "of") i += 2;
  else if (doc.tokens[i]?.lower === "from") i += 1;
  else return false;
  return eventNounAfter(doc, i, [next], NOUN_PHRASE_MODIFIER_TAGS, AGREEMENT_NOUN_REACH) === next;
}

/**
 * "stand in solidarity with Ukraine in the face of the Kremlin's aggression": the side
 * that modifies the event noun ending this act's object acts in that event, not as
 * this act's target, when the object names another side.
 */
function withoutNextActsAgent(doc: Readonly<Doc>, mentions: SentenceMentions, found: SideSources, windowEnd: number, sentenceTriggers: readonly TriggerMention[]): SideSources {
  const next = sentenceTriggers.find((t) => t.tokenStart === windowEnd && t.trigger.pos === "noun");
  if (!next) return found;
  const agents = premodifiers(doc, mentions, next.tokenStart);
  const object = found.object.filter((m) => !agents.includes(m));
  // With no other side left, the event's agent is what this act is about ("condemns Iran's attack").
  return object.length === 0 || object.length === found.object.length ? found : { ...found, object };
}

/** Words that mark an event noun as possessed by its agent ("its invasion", "Russia's invasion"). */
const POSSESSIVE_MARKERS = new Set(["its", "their", "his", "her", "'s", "’s"]);

/** How many modifiers may stand between a possessor and the act noun it owns ("China's | dangerous and escalatory | actions"). */
const ACT_NOUN_MODIFIERS = 4;

/**
 * "condemned China's dangerous and escalatory actions against Philippine vessels": what a judgement condemns is the agent
 * of the act it names, not the act's victims after it.
 */
function withAccusedAgent(doc: Readonly<Doc>, kb: Knowledge, trigger: TriggerMention, found: SideSources): SideSources {
  if (trigger.trigger.type !== "ACCUSE" || trigger.trigger.pos !== "verb" || found.object.length < 2) return found;
  const owner = found.object.find((m) => {
    const possessive = doc.tokens[m.tokenEnd]?.lower;
    if (possessive !== "'s" && possessive !== "’s") return false;
    for (let k = m.tokenEnd + 1; k <= m.tokenEnd + 1 + ACT_NOUN_MODIFIERS; k++) {
      const token = doc.tokens[k];
      if (kb.language.actNouns.has(token?.lower ?? "")) return true;
      if (!["ADJ", "ADV", "CCONJ", "NOUN"].includes(token?.pos ?? "")) return false;
    }
    return false;
  });
  return owner ? { ...found, object: [owner], rule: `${found.rule}+agent-of-the-act-named` } : found;
}

/** One candidate per trigger, or several for a trip to several countries or a meeting in several cities. */
function candidatesFor(
  doc: Readonly<Doc>,
  kb: Knowledge,
  trigger: TriggerMention,
  nextTriggerStart: number,
  facts: SentenceFacts,
  context: ArticleContext,
): EventCandidate[] {
  const sentence = doc.sentences[trigger.sentence];
  if (!sentence) return [];
  const { mentions, acts: sentenceTriggers } = facts;
  const clause = clauseBounds(doc.tokens, sentence, trigger.tokenStart, kb.language);
  const windowEnd = objectWindowEnd(doc, trigger.tokenEnd, openingConditionEnd(doc, sentence, trigger), nextTriggerStart, kb.language.speechVerbs);
  const found = withAccusedAgent(doc, kb, trigger, withoutNextActsAgent(doc, mentions, findSides(doc, mentions, trigger, windowEnd), windowEnd, sentenceTriggers));
  const type = typeOf(doc, trigger, found, context, clause);
  // "a brutal crackdown": a judgement that is no predicate of a speaker's is no act.
  if (trigger.trigger.evaluative && !found.judged) return [];
  // "discussed Russia's actions": what a back-referring trigger is about is its topic, not a side.
  const sides = trigger.trigger.anaphoric
    ? { ...found, object: [] }
    : GOVERNING_TYPES.has(type)
      ? { ...found, object: objectsBeforeComplement(doc, found.object, trigger.tokenEnd, windowEnd) }
      : found;
  const because: Record<string, string> = { trigger: `${trigger.trigger.phrase} (${trigger.trigger.pos}, ${type})`, sides: sides.rule };

  // "France condemned the attack on Israel": the act a reaction is about is not done by whoever reacts to it.
  const reactedBySubject = sides.rule === "clause-subject" && reactionBefore(doc, trigger, sentenceTriggers) !== undefined;
  let source = reactedBySubject ? [] : codesOf(doc, sides.subject);
  // People taken from elsewhere than the sentence's own names, where the sides come from a reference or a setting.
  let speakers: number[] | undefined;
  // A participle describing a noun ("Americans detained abroad") has no subject for a pronoun to give.
  if (source.length === 0 && sides.rule !== "reduced-relative") {
    const pronoun = pronounSubject(doc, trigger, context);
    if (pronoun) {
      source = pronoun.codes;
      // "They spoke by phone in May": the people are those of the meeting "they" refers to.
      if (pronoun.people && personIndices([...sides.subject, ...sides.object]).length === 0 && groupReferenceRightBefore(doc, trigger)) speakers = pronoun.people;
      because.sides += `+${pronoun.rule}`;
    }
  }
  const partiesAfter = codesOf(doc, sides.object);
  // Not the countries it is held in ("personnel from 27 nations gathered in Morocco, Tunisia, Senegal and Ghana").
  if (source.length === 0 && UNORDERED_TYPES.has(type) && partiesAfter.length >= 2 && !sides.rule.endsWith("+placed-in")) {
    // "... teamed U.S. soldiers with British and French divisions": both parties sit after the verb.
    source = partiesAfter.slice(0, 1);
    because.sides += "+parties-after";
  }
  if (type === "THREATEN" || trigger.trigger.reported) {
    // "Biden said Russia would face further sanctions", "Wang told Blinken that Washington must stop arming Taiwan":
    // the speaker threatens or asks whoever the reported clause is about.
    const speaker = reportedSpeaker(doc, kb, mentions, trigger);
    const quoted = speaker.length > 0 ? null : speakerSide(doc, doc.tokens[trigger.tokenStart]?.start ?? 0);
    const speakerCodes = speaker.length > 0 ? codesOf(doc, speaker) : quoted && trigger.trigger.reported ? [quoted] : [];
    // A demand is made of the subject of its modal ("that Washington must stop ..."), not of a name further back.
    const addressed = !trigger.trigger.reported || endsRightBefore(doc, sides.subject, trigger.tokenStart);
    if (addressed && speakerCodes.length > 0 && !speakerCodes.every((c) => source.includes(c))) {
      // What it must do names no more parties.
      if (trigger.trigger.reported) sides.object.splice(0, sides.object.length, ...sides.subject);
      else sides.object.unshift(...sides.subject);
      if (speaker.length > 0) sides.subject.splice(0, sides.subject.length, ...speaker);
      source = speakerCodes;
      because.sides += speaker.length > 0 ? "+reported-speaker" : "+quoted-speaker";
    } else if (trigger.trigger.reported) {
      return [];
    }
  }
  // "cracked down on protesters": whoever acts on a crowd is not protesting.
  if (type === "PROTEST" && trigger.trigger.pos === "noun" && sides.rule === "clause-subject") source = [];
  let placedAtHome = false;
  if (source.length === 0 && (type === "PROTEST" || type === "COERCE")) {
    // Crowds and police are seldom named: a protest, or force used on people, is coded with the country where it happens ("marched through Minsk", "police in Nairobi fired tear gas").
    // The clause first; else the sentence ("... protesters who had gathered outside parliament in Tbilisi").
    const ground = placeCountries(doc, mentions, clause.start, clause.end, true);
    source = (ground.length > 0 ? ground : placeCountries(doc, mentions, sentence.tokenStart, sentence.tokenEnd, true)).slice(0, 1);
    placedAtHome = source.length > 0;
    if (placedAtHome) because.sides += `+${type === "PROTEST" ? "protest" : "coercion"}-place`;
  }
  // A mutual act whose subject holds both parties: several sides ("Armenia and Azerbaijan signed"), or a government and an
  // armed group of one country ("Colombia's government and the ELN agreed").
  // A reciprocal verb's plural subject does the act to each other ("India and Pakistan clashed", "traded fire").
  const mutual = sides.rule !== "passive" && (MUTUAL_TYPES.has(type) || trigger.trigger.reciprocal);
  const jointMutual = mutual && source.length > 1;
  const domesticPair = mutual && source.length === 1 && areDomesticRivals(doc, sides.subject, sides.subject, source[0] ?? "");
  // "Sudan's army and the RSF agreed on Friday to send envoys to Saudi Arabia": the names in what they agreed to do are not parties to it.
  if ((jointMutual || domesticPair) && infinitiveAfter(doc, trigger)) sides.object.splice(0);
  let target = codesOf(doc, sides.object).filter((c) => !source.includes(c) || SELF_DIRECTED.has(type) || areDomesticRivals(doc, sides.subject, sides.object, c));
  const left = type === "RETREAT" ? countryLeft(doc, mentions, trigger, windowEnd) : null;
  if (left && !source.includes(left)) {
    // "ordered his forces to pull back from the city of Kherson, one of Moscow's setbacks": a retreat is from the place it leaves.
    target = [left];
    because.sides += "+place-left";
  }
  // "Armenia and Azerbaijan signed a treaty in Washington": a joint subject of a mutual act holds both parties, so the place names none.
  let targetFromPlace = false;
  // "signed a ceasefire agreement in the Saudi city of Jeddah": where an agreement is made names no party to it.
  // Nor where prisoners are released or swapped ("exchanged 24 prisoners at Ankara airport"): a retreat is from the place it leaves, found above.
  if (target.length === 0 && !UNORDERED_TYPES.has(type) && !jointMutual && type !== "AGREE" && type !== "RETREAT") {
    // "abuses against the Uyghur population in Xinjiang": a region or city stands for its country's government.
    // "Russia's war in Ukraine": force used on a country's ground is used against it.
    target = placeCountries(doc, mentions, trigger.tokenEnd, windowEnd, ON_THE_GROUND_TYPES.has(type)).filter((c) => !source.includes(c));
    targetFromPlace = target.length > 0;
    if (targetFromPlace) because.sides += "+place-country";
  }
  if (target.length === 0 && REACTION_TYPES.has(type) && source.length > 0) {
    // "welcomed the agreement between Serbia and Kosovo" is aimed at both parties; "welcomed the sanctions", at whoever imposed them.
    const reacted = actReactedTo(doc, trigger, sentenceTriggers, context.acts);
    const aimedAt = reacted ? (MUTUAL_TYPES.has(reacted.type) ? [...reacted.source, ...reacted.target] : reacted.source) : [];
    target = [...new Set(aimedAt)].filter((c) => !source.includes(c));
    if (target.length > 0) because.sides += "+parties-of-the-act";
    // "welcomed the agreement between Serbia and Kosovo": an act not reported before has its parties in its own phrase.
    // (What is condemned is an act's agent alone, found below.)
    const noun = target.length === 0 && type !== "ACCUSE" ? nounReactedTo(doc, trigger, sentenceTriggers) : undefined;
    const own = noun ? ownSidesOf(doc, mentions, noun) : null;
    if (own) {
      target = codesOf(doc, [...own.subject, ...own.object]).filter((c) => !source.includes(c));
      if (target.length > 0) because.sides += "+parties-named-with-the-act";
    }
  }
  const untargetedReaction = target.length === 0 && REACTION_TYPES.has(type) && source.length > 0;
  if (untargetedReaction && (refersToAnAct(doc, kb, trigger.tokenEnd) || (sides.judged !== undefined && refersToAnAct(doc, kb, sides.judged.start)))) {
    // "condemned the decision", "welcomed the move", "called the launch a violation": the latest act by another side,
    // aimed at someone or not, and the reaction at whoever did it.
    const byAnother = (act: { source: readonly string[] }) => act.source.length > 0 && !act.source.some((code) => source.includes(code));
    const act = [context.acts.findLast(byAnother), context.untargeted.findLast(byAnother)]
      .filter((a) => a !== undefined)
      .sort((a, b) => b.mention.tokenStart - a.mention.tokenStart)[0];
    target = act ? [...act.source] : [];
    if (target.length > 0) because.sides += "+agent-of-the-act-referred-to";
  }
  if (target.length === 0 && source.length > 0 && OBJECT_PRONOUNS.has(doc.tokens[trigger.tokenEnd]?.lower ?? "")) {
    // "condemned the Iranian government ... and called on it to end ...": the pronoun is the earlier act's target.
    const earlier = context.sentenceActs.findLast((c) => c.target.length > 0 && c.mention.tokenStart < trigger.tokenStart);
    target = earlier ? earlier.target.filter((c) => !source.includes(c)) : [];
    if (target.length > 0) because.sides += "+object-pronoun";
  }
  if (target.length === 0 && trigger.trigger.retaliatory && source.length > 0) {
    // "Finland joined NATO ... Russia would take counter-measures": a response in kind answers the news the article leads with,
    // its first act by another side.
    const answered = context.acts.find((c) => c.source.length > 0 && !c.source.some((code) => source.includes(code)));
    target = answered ? [...answered.source] : [];
    if (target.length > 0) because.sides += "+answers-the-lead-act";
  }
  if (target.length === 0 && source.length > 0 && context.frame && addressesListener(doc, trigger.tokenEnd, windowEnd)) {
    // "“We are monitoring Russian military movements on your borders,” Austin said": "your" is the other side of the meeting.
    const speaker = speakerSide(doc, doc.tokens[trigger.tokenStart]?.start ?? 0);
    const parties = [...context.frame.source, ...context.frame.target];
    target = speaker && parties.includes(speaker) ? parties.filter((c) => c !== speaker && !source.includes(c)) : [];
    if (target.length > 0) because.sides += "+the-listener";
  }
  if (target.length === 0 && sides.judged && source.length > 0) {
    // "said the detention was unacceptable": what is judged is the agent of the act already reported.
    target = agentsOfJudgedAct(sides.judged, sentenceTriggers, context.acts, trigger, source);
    if (target.length > 0) because.sides += "+agent-of-the-judged-act";
  }
  if (target.length === 0 && type === "ACCUSE" && source.length > 0) {
    // "condemns the brutal terrorist attack by Hamas": what is condemned is the act's agent.
    target = agentsOfObjectNoun(doc, mentions, trigger, sentenceTriggers).filter((c) => !source.includes(c));
    if (target.length > 0) because.sides += "+agent-of-the-act";
  }
  // The addressee right after the verb ("urged both countries to settle ... at the International Court of Justice") outranks names further on.
  const addresseeEnd = Math.min(windowEnd, trigger.tokenEnd + ADDRESSEE_REACH);
  if (type === "REQUEST" && source.length > 0 && (target.length === 0 || refersToBothSides(doc, trigger.tokenEnd, addresseeEnd)) && refersToBothSides(doc, trigger.tokenEnd, windowEnd)) {
    // "urged both sides to return to talks": the two sides of the latest act between two parties.
    const latest = context.acts.findLast((c) => c.source.length > 0 && c.target.length > 0);
    target = latest ? [...new Set([...latest.source, ...latest.target])].filter((c) => !source.includes(c)) : [];
    if (target.length > 0) because.sides += "+both-sides-of-the-latest-act";
  }
  if (target.length === 0 && domesticPair) {
    // "Colombia's government and the ELN agreed ...": a government and an armed group of one country are the two parties.
    target = [...source];
    because.sides += "+domestic-parties";
  }
  // Backing given together ("Australia, Canada and the Netherlands provided support for the operation") is for a third party, not for each other.
  if (target.length === 0 && jointMutual && type !== "SUPPORT") {
    target = source.slice(1);
    source = source.slice(0, 1);
    because.sides += "+joint-subject";
  }
  if (target.length === 0 && trigger.trigger.pos === "noun" && source.length > 0) {
    // "This year's U.S. Army Pacific-sponsored exercise, hosted by the Indonesian armed forces": the host is the other party.
    target = codesOf(doc, hostNamedAfter(doc, mentions, trigger)).filter((c) => !source.includes(c));
    if (target.length > 0) because.sides += "+host";
  }
  // A government acting on its own people must be named at the act itself ("the regime's crackdown"), not borrowed from the clause,
  // unless the act stays at home: force used on the people named right after it ("fired tear gas at demonstrators"),
  // or a crowd in the street, which protests to its own government unless another is named.
  const atHome = (type === "PROTEST" && placedAtHome) || (type === "COERCE" && personNounNear(doc, kb, trigger));
  if (target.length === 0 && SELF_DIRECTED.has(type) && source.length > 0 && (sides.rule !== "clause-subject" || atHome)) {
    target = [...source];
  }
  if (target.length === 0 && COUNTERPART_TYPES.has(type) && context.frame && source.length > 0) {
    // "Wei requested the meeting", "Langley stressed that ...": said to the other side of the meeting under way.
    const frame = context.frame;
    const parties = [...frame.source, ...frame.target];
    if (source.every((c) => parties.includes(c))) {
      target = parties.filter((c) => !source.includes(c));
      if (target.length > 0) because.sides += "+meeting-counterpart";
    }
  }
  if (target.length === 0 && type === "ASSAULT" && trigger.trigger.status === "ongoing" && source.length > 0) {
    // "... defend their country from Russia's war": a war's victim is the one other country the sentence names.
    const others = codesOf(doc, mentions.sides).filter((c) => !source.includes(c));
    if (others.length === 1) {
      target = others;
      because.sides += "+the-other-country";
    }
  }
  // The people of a call that is the setting of what was said are those who said it and heard it.
  if ((target.length === 0 || sides.rule.startsWith("clause-subject")) && type === "CONSULT" && trigger.trigger.pos === "noun" && isSettingOfSpeech(doc, trigger)) {
    // "Lula warned Maduro on Tuesday during a video call": the call is between the parties of what was said in it.
    const said = context.sentenceActs.find((c) => c.mention.trigger.verbal && c.source.length > 0 && c.target.length > 0);
    const told = said ? null : speakerAndAddressee(doc, kb, mentions, trigger.sentence);
    if (said) {
      source = [...said.source];
      target = [...said.target];
      speakers = said.participants;
      because.sides += "+parties-of-what-was-said";
    } else if (told) {
      // "In a phone call on Tuesday, Erdogan told Putin that ...": the call is between who spoke and who was told.
      source = codesOf(doc, told.speaker);
      target = codesOf(doc, told.addressee).filter((c) => !source.includes(c));
      speakers = personIndices([...told.speaker, ...told.addressee]);
      because.sides += "+speaker-and-addressee";
    }
  }
  if (target.length === 0 && type === "CONSULT" && refersToBothSides(doc, trigger.tokenEnd, windowEnd)) {
    // "a video call between the two leaders": the other party is whoever else the sentence names.
    target = codesOf(doc, mentions.sides).filter((c) => !source.includes(c));
    if (target.length > 0) because.sides += "+the-two";
  }

  const mood = sentenceMood(doc, kb, trigger, clause);
  const cueEnd = Math.min(clause.end, trigger.tokenEnd + CUE_REACH_AFTER);
  // "A meeting of the leaders of Australia and India has been called off": the predicate of an event noun that is the subject speaks of it, however long the noun's phrase.
  const predicate = mood.subjectPredicate;
  const hits = [
    ...cuesIn(doc, kb, context.named, Math.max(clause.start, trigger.tokenStart - CUE_REACH_BEFORE), cueEnd),
    ...(predicate >= 0 ? cuesIn(doc, kb, context.named, Math.max(predicate, cueEnd), Math.min(clause.end, predicate + CUE_REACH_AFTER)) : []),
  ].filter((h) => h.cue !== "cancelled" || (h.token > trigger.tokenStart ? isPredicateAfter(doc, h) : cancellationReaches(doc, h, trigger)));
  const tense = clauseTense(doc.tokens, sentence, trigger.tokenStart, kb.language);
  const borrowed = dateFor(doc, trigger, sentenceTriggers, facts.dates);
  // "a resolution that would have deplored its invasion of Ukraine": an act its possessor is named doing is a fact, whatever modal governs the clause.
  const possessed = trigger.trigger.pos === "noun" && POSSESSIVE_MARKERS.has(doc.tokens[wordBeforeModifiers(doc, trigger, false)]?.lower ?? "");
  const status = decideStatus(trigger, possessed ? hits.filter((h) => h.cue !== "hypothetical") : hits, tense, borrowed.date, doc.published, mood);
  if (status.status === null) return [];
  // "Later in the day, Austin is scheduled to meet ...": later on the publication day is still to come.
  const laterToday = borrowed.date !== null && borrowed.date.end === doc.published && /^later\b/i.test(borrowed.date.text ?? "");
  // "agreed on Thursday to resume talks": a day up to publication taken from another word of the sentence dates that word,
  // not an act still to come.
  const pastForPlan =
    status.status === "planned" && !borrowed.rule.startsWith("date/own") && borrowed.date !== null && doc.published !== null && borrowed.date.end <= doc.published && !laterToday;
  const dated = pastForPlan ? { date: null, rule: "date/none" } : borrowed;
  // "released three Americans in a prisoner exchange with the United States": a noun of the same kind framing the verb's act
  // is that act told again, whose sides the verb already gives.
  // (A meeting noun gives the verb its medium and date instead: "spoke with Xi in a video call on Tuesday".)
  if (trigger.trigger.pos === "noun" && type !== "CONSULT" && doc.tokens[wordBeforeModifiers(doc, trigger, true)]?.lower === "in") {
    const told = context.sentenceActs.some((c) => c.type === type && c.mention.trigger.pos === "verb" && c.mention.tokenEnd <= trigger.tokenStart);
    if (told) return [];
  }
  // "supports a ceasefire", "called for talks": the noun is an aim, not an act that took place;
  // "on the eve of the G20 summit" names a moment, not the summit's own business.
  if (trigger.trigger.pos === "noun" && (isAim(doc, kb, context.named, trigger, clause.start) || isAnchored(doc, hits, trigger))) return [];
  const mode = decideMode(type, trigger, hits);

  let anaphoric = false;
  const frame = context.frame;
  // "would resume talks" is a new meeting, not the one already reported; nor is a meeting of another party's ("the G20 summit").
  const renewed = hits.some((h) => h.cue === "renewed" && h.token < trigger.tokenStart);
  // A visit is never a call: "looked forward to Jaishankar's visit" after a call names a meeting to come.
  const visitAfterCall = trigger.trigger.trip === true && frame !== null && frame.mode !== "in-person" && frame.mode !== null;
  // "the President's June 29 trilateral meeting": a meeting noun dated apart from the meeting under discussion is another one.
  const datedApart = trigger.trigger.pos === "noun" && dated.rule.startsWith("date/own") && dated.date !== null && frame?.date != null && dated.date.start !== frame.date.start;
  // "on the sidelines of the APEC summit": the summit around a meeting is its organisation's own, not the meeting under discussion.
  const ownedByOrganisation =
    trigger.trigger.pos === "noun" &&
    sides.rule === "premodifier" &&
    sides.subject.some((m) => m.kind === "organization" && m.international === true) &&
    isSettingOfMeeting(doc, Math.min(trigger.tokenStart, ...sides.subject.map((m) => m.tokenStart)));
  const leansOnFrame =
    (trigger.trigger.anaphoric || (trigger.trigger.pos === "noun" && !isIntroducedAsNew(doc, trigger))) && !renewed && !visitAfterCall && !datedApart && !ownedByOrganisation;
  if ((source.length === 0 || target.length === 0 || trigger.trigger.anaphoric) && type === "CONSULT" && frame && leansOnFrame) {
    // "The meeting will take place ...", "They also discussed ...": the interaction already reported.
    source = source.length > 0 ? source : [...frame.source];
    target = [...frame.target];
    anaphoric = true;
    because.sides += "+refers-back";
  }
  // "Biden later called the invasion unprovoked", "Wang called the agreement a victory": a definite event noun with no sides of its own names the act already reported.
  // "... had detained Evan Gershkovich ..., the first arrest of an American journalist", "massed troops near the border, a build-up
  // that ...": a noun set off by a comma restates an act of its own sentence before it.
  const apposition = doc.tokens[wordBeforeModifiers(doc, trigger, false) - 1]?.text === ",";
  const definite = isDefinite(doc, trigger);
  const referent = !anaphoric && type !== "CONSULT" && trigger.trigger.pos === "noun" && sides.rule === "clause-subject" && (definite || apposition)
    ? context.acts.findLast(
        (c) =>
          c.type === type &&
          ((definite && c.mention.sentence < trigger.sentence) || (apposition && c.mention.sentence === trigger.sentence && c.mention.tokenEnd <= trigger.tokenStart)),
      )
    : undefined;
  if (referent) {
    source = [...referent.source];
    target = [...referent.target];
    anaphoric = true;
    because.sides += "+refers-back-to-act";
  }
  // A back-reference takes the medium, date and place of the meeting it refers to: "discussed last night's attack" is not dated last night.
  const medium = anaphoric && frame && !referent ? { mode: frame.mode, rule: "mode/from-meeting" } : mode;
  const when = referent
    ? { date: referent.date, rule: "date/from-act" }
    : anaphoric && frame && frame.status === status.status
      ? { date: frame.date, rule: "date/from-meeting" }
      : dated;
  if (source.length === 0) return [];
  const places = PLACED_TYPES.has(type) ? placesFor(doc, kb, mentions, trigger, windowEnd) : [];
  const destinations = trigger.trigger.trip
    ? destinationsFor(doc, kb, mentions, trigger, windowEnd, sides.object).filter((d) => d.code && !source.includes(d.code))
    : [];
  if (target.length === 0 && type === "CONSULT" && destinations.length === 0) {
    // "met Foreign Minister Wang Yi in Beijing": an unplaced counterpart is of the country that hosts the meeting.
    // "arrived in Beijing for a two-day visit": a visit is to the country it is made in.
    const host = places.find((p) => p.country && !source.includes(p.country));
    if (host?.country && (sides.object.length > 0 || trigger.trigger.trip)) {
      target = [host.country];
      because.sides += "+host-country";
    }
  }
  // A meeting among an organisation's own members ("NATO ambassadors met") has the organisation alone as its side.
  const amongMembers = type === "CONSULT" && source.length === 1 && sides.subject.some((m) => m.kind === "organization" && m.international === true);
  if (target.length === 0 && destinations.length === 0 && !TARGET_OPTIONAL.has(type) && !amongMembers) {
    if (source.length > 0) context.untargeted.push({ source, mention: trigger });
    return [];
  }
  // An object of the subject's own side is none ("IEA will welcome new countries into the IEA family"); a pronoun ("invited her")
  // is someone else, whoever coreference took it for.
  const subjectSides = codesOf(doc, sides.subject);
  const othersAsObject = sides.object.some((m) => startsWithLowerCaseLetter(m.text) || !subjectSides.includes(sideCode(doc, m) ?? ""));
  if (trigger.trigger.needsPersonObject && !othersAsObject && !personNounAfter(doc, kb, trigger, windowEnd)) return [];
  // "Russia's war in Ukraine" names its target by the ground it is fought on.
  const targetOnGround = sides.rule === "premodifier" && targetFromPlace;
  if (trigger.trigger.needsDirection && (sides.subject.length === 0 || (sides.object.length === 0 && !targetOnGround))) return [];
  if (trigger.trigger.needsActor && sides.subject.length === 0 && sides.object.length === 0) return [];

  // Who speaks of an act already reported ("Perthes welcomed the agreement") took no part in it.
  // An official announcing an act of his own side's takes part in it.
  const participants = referent
    ? []
    : (speakers ?? [...announcersOf(doc, kb, mentions, sides.subject, { source, target }), ...personIndices([...sides.subject, ...sides.object]), ...(type === "CONSULT" ? [] : actingSideInTimePhrase(doc, windowEnd, source))]);
  // "spoke with X in Brussels": a conversation held at a place was face to face, whatever the verb suggests.
  // The place must be the conversation's own, in its clause up to the end of its object ("... release of citizens held in Gaza" is not),
  // and after the call itself when another meeting comes before it ("agreed to hold a summit in Budapest during a telephone call").
  const meetingBefore = sentenceTriggers.some((t) => t.trigger.type === "CONSULT" && t.tokenStart >= clause.start && t.tokenEnd <= trigger.tokenStart);
  const ownFrom = meetingBefore ? trigger.tokenStart : clause.start;
  const placed =
    (places[0]?.rank ?? 0) >= 1 && medium.rule === "mode/trigger" && medium.mode === "phone" && placeCountries(doc, mentions, ownFrom, windowEnd).length > 0;
  // A call or a letter has no place of its own.
  const inCall = (medium.mode === "phone" && !placed) || medium.mode === "written";
  // Only an act that took place face to face happened where the story was filed; force and crowds, only on the target's own ground
  // ("WASHINGTON — U.S. jets struck Yemen" was no strike in Washington).
  const dateline = PLACED_TYPES.has(type) && (status.status === "occurred" || status.status === "ongoing") && (medium.mode === null || medium.mode === "in-person")
    ? datelinePlace(doc, kb, mentions, trigger)
    : null;
  const happenedThere = dateline !== null && (!ON_THE_GROUND_TYPES.has(type) || (dateline.country !== null && target.includes(dateline.country)));
  const base: EventCandidate = {
    mention: trigger,
    type,
    mode: placed ? "in-person" : medium.mode,
    status: status.status,
    source,
    target,
    participants,
    // An act referred back to keeps its own place: "In Washington, Obama said the agreement ..." was not agreed in Washington.
    location: inCall ? null : referent ? referent.location : anaphoric && frame ? frame.location : (places[0] ?? (happenedThere ? dateline : null)),
    date: when.date,
    topics: topicsFor(doc, trigger, windowEnd),
    anaphoric,
    separate: false,
    // Completed in place: spreading the reasons into a new object showed up as a hot spot in profiles.
    because: Object.assign(because, { status: status.rule, mode: medium.rule, date: when.rule, tense }),
    confidence: sides.subject.length > 0 && sides.object.length > 0 ? 0.8 : 0.6,
  };
  inheritFromFrame(doc, base, frame);

  if (trigger.trigger.trip) {
    // "will travel to Paris to participate in the International Energy Agency Ministerial Meeting": the trip is to the organisation's meeting.
    const attended = attendedOrganisation(doc, sides.object);
    if (destinations.length > 0) {
      return destinations.map((d) => ({
        ...base,
        target: [attended?.code ?? (d.code as string)],
        location: destinationPlace(d, kb),
        because: { ...base.because, location: "location/trip-destination" },
      }));
    }
  }
  // "will meet bilaterally with X and Y": one meeting per counterpart's country.
  if (type === "CONSULT" && target.length > 1 && hits.some((h) => h.cue === "separately")) {
    // Each meeting has the visitor's people and its own counterpart's.
    const attends = (code: string) => (person: number) => {
      const country = doc.actors[person]?.country;
      return country === null || country === undefined || base.source.includes(country) || country === code;
    };
    return target.map((code) => ({
      ...base,
      target: [code],
      participants: base.participants.filter(attends(code)),
      separate: true,
      because: { ...base.because, sides: `${base.because.sides}+one-per-counterpart` },
    }));
  }
  const distinctCountries = [...new Set(places.map((p) => p.country))];
  if (type === "CONSULT" && distinctCountries.length > 1 && distinctCountries.every((c) => c && target.includes(c))) {
    return places.map((place) => ({ ...base, target: [place.country as string], location: place, because: { ...base.because, location: "location/one-per-city" } }));
  }
  return [base];
}

/**
 * Acts voiced during a meeting or call reported earlier ("During the call, the Secretary
 * thanked ...") take that meeting's date and place when their own sentence gives none.
 */
function inheritFromFrame(doc: Readonly<Doc>, candidate: EventCandidate, frame: EventCandidate | null): void {
  if (!frame || candidate.type === "CONSULT" || frame.status !== "occurred") return;
  // Only what is said or agreed there belongs to the meeting; an attack it discusses does not.
  if (!candidate.mention.trigger.verbal && candidate.type !== "AGREE") return;
  const shared = candidate.source.some((c) => frame.source.includes(c) || frame.target.includes(c));
  if (!shared || candidate.status !== "occurred" || candidate.mention.trigger.status === "ongoing") return;
  // "Azerbaijan has accused Armenia of ...": the perfect tells of a stretch of time before, not of the meeting.
  if (isPerfect(doc, candidate.mention)) return;
  // The speaker and the counterpart there take part in what is said at the meeting.
  if (candidate.participants.length < 2) {
    candidate.participants = [...new Set([...candidate.participants, ...frame.participants])];
  }
  if (!candidate.date && frame.date) {
    candidate.date = { text: null, start: frame.date.start, end: frame.date.end };
    candidate.because.date = "date/from-meeting";
  }
  if (!candidate.location && frame.location) {
    candidate.location = frame.location;
    candidate.because.location = "location/from-meeting";
  }
}

/**
 * A meeting held on the publication day or the day before: the one a readout is about.
 * Once the article has one, a meeting recalled from earlier ("building on the June 29
 * summit") does not take its place as the frame of what follows.
 */
function isOfTheDay(candidate: EventCandidate, published: string | null): boolean {
  const day = published === null ? null : parseIsoDay(published);
  if (!candidate.date || !published || day === null) return false;
  // "their fourth meeting this year" spans the day but is no meeting of the day.
  const days = (parseIsoDay(candidate.date.end) ?? 0) - (parseIsoDay(candidate.date.start) ?? 0);
  return candidate.date.end >= isoDay(day - 1) && candidate.date.start <= published && days <= DAYS_OF_A_MEETING;
}

/** The longest a meeting of the day may last: a summit or a state visit runs a few days, not a month. */
const DAYS_OF_A_MEETING = 6;

/**
 * An act reported as done, with no date of its own nor of a meeting it belongs to, is
 * dated its publication day: news and statements report the day's acts. Meetings and
 * attacks are not, unless the lead paragraph tells them: elsewhere an undated one is
 * background ("they met twice before").
 */
function dateUndatedAct(doc: Readonly<Doc>, candidate: EventCandidate): void {
  if (candidate.date || !doc.published || candidate.status !== "occurred") return;
  if (candidate.type === "CONSULT" || candidate.type === "ASSAULT") return;
  // "The White House has criticized ...": the perfect tells of a stretch of time, not a day.
  if (isPerfect(doc, candidate.mention)) return;
  candidate.date = { text: null, start: doc.published, end: doc.published };
  candidate.because.date = "date/act-on-publication";
}

/**
 * "Austin met with Ukrainian leaders in Kyiv ...": a meeting or an attack the lead paragraph tells as done, still
 * undated once the reports of it are merged, is the day's news, dated its publication day (not in the perfect).
 */
function withLeadActsDated(doc: Readonly<Doc>, candidates: EventCandidate[]): EventCandidate[] {
  for (const candidate of candidates) {
    if (candidate.date || !doc.published || candidate.status !== "occurred" || isPerfect(doc, candidate.mention)) continue;
    if (!inLeadParagraph(doc, candidate.mention.sentence)) continue;
    candidate.date = { text: null, start: doc.published, end: doc.published };
    candidate.because.date = "date/lead-on-publication";
  }
  return candidates;
}

/** Whether a sentence is in the lead paragraph: the paragraph of the first sentence of running text. */
function inLeadParagraph(doc: Readonly<Doc>, sentence: number): boolean {
  const lead = doc.sentences.find((s) => s.role === "body");
  return lead !== undefined && doc.sentences[sentence]?.paragraph === lead.paragraph;
}

/** Where the stretch after a trigger ends: the comma closing an opening condition ("If Peru agrees, | Boric will ..."), else the sentence end. */
function openingConditionEnd(doc: Readonly<Doc>, sentence: Sentence, trigger: TriggerMention): number {
  if (!CONDITIONS.has(doc.tokens[sentence.tokenStart]?.lower ?? "")) return sentence.tokenEnd;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (doc.tokens[i]?.text === ",") return i > trigger.tokenStart ? i : sentence.tokenEnd;
  }
  return sentence.tokenEnd;
}

/** Words that deny the clause they govern. */
const DENIALS = new Set(["deny", "denies", "denied", "denying", "doubt", "doubts", "doubted"]);
/** Verbs that report a later act ("agreed that officials would resume talks", "said he would travel"): their "would" is a future, not a condition. */
const REPORTING_VERBS = new Set(["said", "says", "agreed", "announced", "told", "added", "confirmed", "promised", "pledged", "decided", "expected"]);
const CONDITIONS = new Set(["if", "unless"]);
const PROGRESSIVE_AUXILIARIES = new Set(["is", "are", "am"]);

/**
 * The verb right after "to" that a trigger is, or whose object an event noun heads
 * ("ordered his forces to withdraw", "agreed to resume regular security talks"); -1 if none.
 */
function directedVerbOf(tokens: readonly Token[], trigger: TriggerMention, clauseStart: number): number {
  let verb = trigger.tokenStart;
  if (trigger.trigger.pos === "noun") {
    verb--;
    while (verb > clauseStart && NOUN_PHRASE_WORD_TAGS.has(tokens[verb]?.pos ?? "") && tokens[verb]?.pos !== "ADP") verb--;
    if (tokens[verb]?.pos !== "VERB") return -1;
  }
  return tokens[verb - 1]?.lower === "to" ? verb : -1;
}

/** Conditions, denials and progress that reach a trigger from the rest of its sentence. */
function sentenceMood(doc: Readonly<Doc>, kb: Knowledge, trigger: TriggerMention, clause: TokenRange): SentenceMood {
  const sentence = doc.sentences[trigger.sentence];
  const tokens = doc.tokens;
  const opening = sentence ? tokens[sentence.tokenStart] : undefined;
  let denied = false;
  let reported = false;
  for (let i = sentence?.tokenStart ?? 0; i < trigger.tokenStart; i++) {
    const word = tokens[i]?.lower ?? "";
    // "denied that ...", "did not believe China was planning ...".
    if (DENIALS.has(word) || (word === "believe" && ["not", "n't"].includes(tokens[i - 1]?.lower ?? ""))) denied = true;
    if (REPORTING_VERBS.has(word)) reported = true;
  }
  let before = trigger.tokenStart - 1;
  while (before >= clause.start && tokens[before]?.pos === "ADV") before--;
  const progressive = tokens[trigger.tokenStart]?.lower.endsWith("ing") === true && PROGRESSIVE_AUXILIARIES.has(tokens[before]?.lower ?? "");
  const underWay = cuesIn(doc, kb, NamedTokens.NONE, trigger.tokenEnd, Math.min(clause.end, trigger.tokenEnd + 4)).some((h) => h.cue === "ongoing");
  const stillGoingOn =
    tokens[trigger.tokenStart]?.lower.endsWith("ing") === true && tokens[before]?.lower === "been" && ["has", "have"].includes(tokens[before - 1]?.lower ?? "");
  return {
    stillGoingOn,
    directedVerb: directedVerbOf(tokens, trigger, clause.start),
    negatedGovernor: (trigger.trigger.pos === "noun" && isObjectOfNegatedVerb(tokens, trigger.tokenStart, clause.start)) || isPrevented(doc, kb, trigger, clause.start),
    conditional: opening !== undefined && CONDITIONS.has(opening.lower) && sentence !== undefined && openingConditionEnd(doc, sentence, trigger) === sentence.tokenEnd,
    denied,
    inProgress: progressive || underWay,
    reportedFuture: reported && tokens.slice(clause.start, trigger.tokenStart).some((t) => t.lower === "would" || t.lower === "'d"),
    subjectPredicate: predicateOfSubjectNoun(doc, trigger, clause),
  };
}

/** How far before "from" the preventing verb may stand, past its object. */
const PREVENTED_REACH = 8;

/**
 * "measures that would prevent the Russian central bank from deploying its reserves": an act kept from happening is
 * none. The verbs that keep it from happening are those that make an event noun an aim ("prevent an attack").
 */
function isPrevented(doc: Readonly<Doc>, kb: Knowledge, trigger: TriggerMention, clauseStart: number): boolean {
  const from = trigger.tokenStart - 1;
  if (doc.tokens[from]?.lower !== "from" || !doc.tokens[trigger.tokenStart]?.lower.endsWith("ing")) return false;
  return cuesIn(doc, kb, NamedTokens.NONE, Math.max(clauseStart, from - PREVENTED_REACH), from).some((h) => h.cue === "goal");
}


/** Nouns for the edge of a gathering where other meetings take place ("on the sidelines of", "on the margins of"). */
const SIDELINE_NOUNS = new Set(["sidelines", "margins", "sideline", "margin"]);

/**
 * Whether the meeting noun phrase starting at `phraseStart` (its organisation's name included, whose own "of" does not
 * count: "the Group of Seven summit") is the gathering another meeting is held beside: "on the sidelines of the G20 summit".
 */
function isSettingOfMeeting(doc: Readonly<Doc>, phraseStart: number): boolean {
  let i = phraseStart - 1;
  while (i >= 0 && doc.tokens[i]?.lower !== "of" && phraseStart - i <= 5) i--;
  return doc.tokens[i]?.lower === "of" && SIDELINE_NOUNS.has(doc.tokens[i - 1]?.lower ?? "");
}

/**
 * "Russia attacked Ukraine ..., hours after President Vladimir Putin announced ...": the
 * people of the acting side named in the time phrase that ends an act's object take part
 * (not in a meeting, whose attendance is told outright).
 */
function actingSideInTimePhrase(doc: Readonly<Doc>, windowEnd: number, source: readonly string[]): number[] {
  if (!opensTimePhrase(doc.tokens, windowEnd)) return [];
  const sentence = doc.tokens[windowEnd]?.sentence;
  const people = doc.mentions.filter((m) => m.kind === "person" && m.sentence === sentence && m.tokenStart > windowEnd && source.includes(sideCode(doc, m) ?? ""));
  return personIndices(people);
}

/** Words that open a clause of their own between a cancelling verb and a trigger ("suspended Gabon | after the military seized power"). */
const SUBORDINATORS = new Set(["after", "before", "when", "while", "because", "as", "since", "until", "once", "following"]);

/**
 * "postponed talks", "cancelled plans to visit": a cancelling word before a trigger calls it
 * off only when no other verb or clause comes between them.
 */
function cancellationReaches(doc: Readonly<Doc>, cue: CueHit, trigger: TriggerMention): boolean {
  for (let i = cue.token + cue.length; i < trigger.tokenStart; i++) {
    const token = doc.tokens[i];
    if (!token || SUBORDINATORS.has(token.lower) || token.pos === "SCONJ" || token.pos === "AUX") return false;
    // "cancelled his planned summit": a participle after a determiner describes the noun.
    if (token.pos === "VERB" && !["DET", "PRON"].includes(doc.tokens[i - 1]?.pos ?? "")) return false;
  }
  return true;
}

/**
 * Where the verb group of an event noun's clause starts, when the noun heads the clause's subject: no verb before
 * it in the clause and only its own phrase (prepositions, names, lists) between it and the verb. -1 otherwise.
 */
function predicateOfSubjectNoun(doc: Readonly<Doc>, trigger: TriggerMention, clause: { start: number; end: number }): number {
  if (trigger.trigger.pos === "verb") return -1;
  const tokens = doc.tokens;
  const isVerb = (i: number) => tokens[i]?.pos === "VERB" || tokens[i]?.pos === "AUX";
  for (let i = clause.start; i < trigger.tokenStart; i++) if (isVerb(i)) return -1;
  const sentenceEnd = doc.sentences[trigger.sentence]?.tokenEnd ?? clause.end;
  // The noun's own phrase: names, prepositions and lists ("of the leaders of Australia and India"), dashes around an apposition.
  const ownPhrase = (i: number) => NOUN_PHRASE_WORD_TAGS.has(tokens[i]?.pos ?? "") || tokens[i]?.pos === "CCONJ" || /^[,—–]$/.test(tokens[i]?.text ?? "");
  let i = trigger.tokenEnd;
  while (i < sentenceEnd && ownPhrase(i)) i++;
  if (RELATIVE_OPENERS.has(tokens[i]?.lower ?? "")) {
    // "A meeting ... that Australia was due to host in Sydney next week | has been called off": past the relative clause's own verb,
    // the next finite verb after a word of a phrase (not after "and") is the noun's.
    while (i < sentenceEnd && !isVerb(i)) i++;
    while (i < sentenceEnd && (isVerb(i) || tokens[i]?.pos === "PART")) i++;
    while (i < sentenceEnd && !(tokens[i]?.pos === "AUX" && ownPhrase(i - 1) && tokens[i - 1]?.pos !== "CCONJ" && tokens[i - 1]?.text !== ",")) i++;
    return i < sentenceEnd ? i : -1;
  }
  return i < sentenceEnd && isVerb(i) ? i : -1;
}

/** Words that open a relative clause after a noun. */
const RELATIVE_OPENERS = new Set(["that", "which"]);

/**
 * "A planned visit ... was postponed", "the talks have been called off": a cancelling word after
 * a trigger calls it off as the predicate of its clause, after an auxiliary ("..., suspended
 * transactions with Niger" is another act).
 */
function isPredicateAfter(doc: Readonly<Doc>, cue: CueHit): boolean {
  let i = cue.token - 1;
  if (doc.tokens[i]?.pos === "ADV") i--;
  return doc.tokens[i]?.pos === "AUX";
}

/**
 * "on the eve of the G20 summit", "under the deal": an event noun whose noun phrase an
 * anchor phrase opens names a point of reference, not an act.
 */
function isAnchored(doc: Readonly<Doc>, hits: readonly CueHit[], trigger: TriggerMention): boolean {
  return hits.some(
    (h) =>
      h.cue === "anchor" &&
      h.token + h.length <= trigger.tokenStart &&
      doc.tokens.slice(h.token + h.length, trigger.tokenStart).every((t) => NOUN_PHRASE_WORD_TAGS.has(t.pos)),
  );
}

/** Tags of the words between a negated verb and the event noun it governs ("not | involved in the | talks", "not | take part in the | talks"). */
const GOVERNED_NOUN_PATH_TAGS = new Set(["VERB", "AUX", "ADP", "DET", "ADJ", "ADV", "PART", "NOUN"]);
/** How far back from an event noun the negation of its verb may be. */
const NEGATED_GOVERNOR_REACH = 6;

/** "The United States was not involved in the talks": an event noun after a negated verb, with only its verb group and preposition between. */
function isObjectOfNegatedVerb(tokens: readonly Token[], noun: number, clauseStart: number): boolean {
  let sawVerb = false;
  for (let i = noun - 1; i >= Math.max(clauseStart, noun - NEGATED_GOVERNOR_REACH); i--) {
    const token = tokens[i];
    if (!token) return false;
    if (token.lower === "not" || token.lower === "n't" || token.lower === "never") return sawVerb;
    if (!GOVERNED_NOUN_PATH_TAGS.has(token.pos)) return false;
    sawVerb ||= token.pos === "VERB" || token.pos === "ADJ";
  }
  return false;
}

/** A trigger in a clause built on "has"/"have" + participle ("has followed ... in criticizing"). */
function isPerfect(doc: Readonly<Doc>, trigger: TriggerMention): boolean {
  const sentence = doc.sentences[trigger.sentence];
  if (!sentence) return false;
  // The perfect may govern a list of acts: "has followed ..., reinforced ... and labeled ...".
  for (let i = trigger.tokenStart - 1; i >= sentence.tokenStart; i--) {
    const token = doc.tokens[i];
    if (!token || token.text === ";") return false;
    if ((token.lower === "has" || token.lower === "have") && token.pos === "AUX") return true;
  }
  return false;
}

/** Tags that open or sit inside a noun phrase before its head noun. */
const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "PART", "ADP", "CCONJ", "NUM"]);

/**
 * "new efforts to support the Ukrainian people", "the ways to deepen ties": an act a
 * noun phrase aims at has not happened. The noun must sit in a noun phrase, so that a
 * verb the tagger took for a noun ("Boric plans to meet") still counts.
 */
function aimOfANoun(tokens: readonly Token[], trigger: TriggerMention): boolean {
  const noun = tokens[trigger.tokenStart - 2];
  return (
    trigger.trigger.pos === "verb" &&
    tokens[trigger.tokenStart - 1]?.lower === "to" &&
    noun?.pos === "NOUN" &&
    NOUN_PHRASE_TAGS.has(tokens[trigger.tokenStart - 3]?.pos ?? "")
  );
}

/** How many modifiers may stand between "of" and the event noun a measure holds ("a package of | new military | aid"). */
const MEASURED_MODIFIERS = 3;

/** The measure noun before "of" that holds an event noun ("a package of military aid", "three days of drills"), if any. */
function measuringNoun(tokens: readonly Token[], nounStart: number, measureNouns: ReadonlySet<string>): number | undefined {
  for (let i = nounStart - 1; i >= Math.max(0, nounStart - 1 - MEASURED_MODIFIERS); i--) {
    const token = tokens[i];
    if (token?.lower === "of") return measureNouns.has(tokens[i - 1]?.lower ?? "") ? i - 1 : undefined;
    if (token?.pos !== "ADJ" && token?.pos !== "NOUN") return undefined;
  }
  return undefined;
}

/**
 * An event noun governed by a verb of wanting or asking ("supports a ceasefire", "called for talks"),
 * through a gerund too ("the importance of increasing humanitarian assistance"), but not across another verb.
 */
function isAim(doc: Readonly<Doc>, kb: Knowledge, named: NamedTokens, trigger: TriggerMention, clauseStart: number): boolean {
  // "blocked a 50 billion euro package of financial aid": the verb governs the noun that measures the act.
  const head = measuringNoun(doc.tokens, trigger.tokenStart, kb.language.measureNouns) ?? trigger.tokenStart;
  const hits = cuesIn(doc, kb, named, Math.max(clauseStart, head - 6), trigger.tokenStart);
  const otherVerb = (t: Token) => t.pos === "VERB" && !t.lower.endsWith("ing");
  return hits.some((h) => h.cue === "goal" && h.token + h.length <= trigger.tokenStart && !doc.tokens.slice(h.token + h.length, trigger.tokenStart).some(otherVerb));
}

/**
 * Whether a trigger is what a request, threat or refusal before it asks for: right after
 * "to" ("called on Ethiopia to withdraw"), or the noun of a verb after "to" ("invited him
 * to make a state visit to Washington").
 */
function isAskedFor(doc: Readonly<Doc>, governor: TriggerMention, trigger: TriggerMention): boolean {
  const tokens = doc.tokens;
  if (tokens[trigger.tokenStart - 1]?.lower === "to") return reachesObjectOnly(doc, governor.tokenEnd, trigger.tokenStart - 1);
  if (trigger.trigger.pos !== "noun") return false;
  let i = trigger.tokenStart - 1;
  // "make | a state | visit": past the words of the noun phrase to the verb that takes it.
  while (i > governor.tokenEnd && NOUN_PHRASE_MODIFIER_TAGS.has(tokens[i]?.pos ?? "")) i--;
  return i > governor.tokenEnd && tokens[i]?.pos === "VERB" && tokens[i - 1]?.lower === "to" && reachesObjectOnly(doc, governor.tokenEnd, i - 1);
}

/** Tags of the words of an addressee between a request and its "to" ("urged the European Union's leaders to"). */
const ADDRESSEE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"]);

/**
 * Whether tokens [from, to) hold only the addressee of a request and its date ("urged Israel
 * on Tuesday | to"): a place or anything else set between ("blocked roads across France |
 * to protest") makes the "to" a purpose of its own.
 */
function reachesObjectOnly(doc: Readonly<Doc>, from: number, to: number): boolean {
  const inDate = (i: number) => doc.dates.some((d) => d.start <= (doc.tokens[i]?.start ?? -1) && (doc.tokens[i]?.end ?? Infinity) <= d.end);
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i];
    if (!token || ADDRESSEE_TAGS.has(token.pos) || token.text === "," || inDate(i) || inDate(i + 1)) continue;
    return false;
  }
  return true;
}

/**
 * A noun or back-referring trigger after a trigger of the same type in the same
 * sentence names the act already found ("will meet ... in a “2+2” dialogue",
 * "met ... to discuss"), unless it names parties of its own ("... as the White House
 * prepares for a virtual meeting between Biden and the leaders of Japan, India and
 * Australia"). A candidate that names the earlier act only adds its topics to it.
 */
function namesEarlierAct(doc: Readonly<Doc>, candidates: readonly EventCandidate[], candidate: EventCandidate): EventCandidate | undefined {
  const trigger = candidate.mention;
  // "met with X to discuss the U.S.-Colombia partnership", "took to the streets to protest ...": a purpose names the act, whoever it mentions.
  const purpose = doc.tokens[trigger.tokenStart - 1]?.lower === "to" && (trigger.trigger.anaphoric || trigger.trigger.pos === "verb");
  if (trigger.trigger.pos === "verb" && !trigger.trigger.anaphoric && !purpose) return undefined;
  const parties = new Set(purpose ? [] : [...candidate.source, ...candidate.target]);
  // "agreed to advance the framework signed on Aug. 31": a noun dated apart from the verb is an act of its own.
  const datedApart = (c: EventCandidate) =>
    candidate.because.date?.startsWith("date/own") === true && candidate.date !== null && c.date !== null && c.date.start !== candidate.date.start;
  // "Suh congratulated Austin ..., and Austin underscored the U.S. commitment to defend the ROK": a directed act the other way round is another act.
  const reversed = (c: EventCandidate) =>
    !purpose && !UNORDERED_TYPES.has(candidate.type) && candidate.source.length > 0 && candidate.source.every((code) => c.target.includes(code) && !c.source.includes(code));
  // "agreed to hold the summit ... during a telephone call last Thursday": a call that took place is not the summit still to come.
  const toldApart = (c: EventCandidate) => (c.mode !== null && candidate.mode !== null && c.mode !== candidate.mode) || (!purpose && c.status !== candidate.status);
  return candidates.find(
    (c) =>
      c.mention.sentence === trigger.sentence &&
      c.type === candidate.type &&
      c.mention.tokenStart < trigger.tokenStart &&
      !datedApart(c) &&
      !toldApart(c) &&
      [...parties].every((code) => c.source.includes(code) || c.target.includes(code)) &&
      !reversed(c),
  );
}

/** Where "hosted" stands in ", hosted by" right after token `from` (a comma may come first); -1 if it does not. */
function hostingParticipleAt(doc: Readonly<Doc>, from: number): number {
  const at = doc.tokens[from]?.text === "," ? from + 1 : from;
  return doc.tokens[at]?.lower === "hosted" && doc.tokens[at + 1]?.lower === "by" ? at : -1;
}

/** How far after "hosted by" the host may be named ("hosted by the Indonesian armed forces"). */
const HOST_REACH = 3;

/** The side an event noun's ", hosted by X" names, if any. */
function hostNamedAfter(doc: Readonly<Doc>, mentions: SentenceMentions, noun: TriggerMention): Mention[] {
  const hosted = hostingParticipleAt(doc, noun.tokenEnd);
  if (hosted < 0) return [];
  const host = mentions.sides.find((m) => m.tokenStart > hosted + 1 && m.tokenStart <= hosted + 1 + HOST_REACH);
  return host ? [host] : [];
}

/** Verbs that take up a request ("accepted an invitation to visit Brazil"). */
const ACCEPTING = new Set(["accept", "accepts", "accepted", "accepting"]);

/** Whether a request noun is what its verb takes up ("accepted an invitation"), past its article and adjectives. */
function isAcceptedRequest(doc: Readonly<Doc>, request: TriggerMention): boolean {
  return request.trigger.type === "REQUEST" && request.trigger.pos === "noun" && ACCEPTING.has(doc.tokens[wordBeforeModifiers(doc, request, true)]?.lower ?? "");
}

/** Words that open what a trip is made to take part in: "to participate in", "to take part in", "to attend". */
const ATTENDING = [["participate", "in"], ["take", "part", "in"], ["attend"]];

/** The international organisation whose gathering a trip's object says it attends ("to participate in the IEA Ministerial Meeting"). */
function attendedOrganisation(doc: Readonly<Doc>, objects: readonly Mention[]): Mention | undefined {
  return objects.find((m) => {
    if (m.kind !== "organization" || m.international !== true || !m.code) return false;
    const before = doc.tokens[m.tokenStart - 1]?.lower === "the" ? m.tokenStart - 1 : m.tokenStart;
    return ATTENDING.some((words) => words.every((word, k) => doc.tokens[before - words.length + k]?.lower === word));
  });
}

/**
 * The trip of the same sentence that a meeting noun after "for" is the purpose of ("will travel to Sydney next week
 * for talks with Albanese"): the talks are the trip, whatever medium they took from a meeting before.
 */
function tripPurposeOf(doc: Readonly<Doc>, candidates: readonly EventCandidate[], candidate: EventCandidate): EventCandidate | undefined {
  const trigger = candidate.mention;
  if (candidate.type !== "CONSULT" || trigger.trigger.pos !== "noun" || doc.tokens[trigger.tokenStart - 1]?.lower !== "for") return undefined;
  const trip = candidates.findLast((c) => c.mention.sentence === trigger.sentence && c.mention.trigger.trip === true && c.mention.tokenEnd <= trigger.tokenStart);
  // The trip's own sides hold whoever the talks are with ("for talks with Albanese" on a trip to Australia).
  return trip && candidate.target.every((code) => trip.target.includes(code) || trip.source.includes(code)) ? trip : undefined;
}

/**
 * The event coder: every trigger in the running text becomes a candidate with its
 * sides, people, place, date, status and mode; then the candidates that report one
 * interaction are merged.
 */
export function codeEventCandidates(doc: Readonly<Doc>, kb: Knowledge): EventCandidate[] {
  const named = NamedTokens.of(doc);
  const triggers = findTriggers(doc, kb, named);
  const candidates: EventCandidate[] = [];
  const bySentence = new Map<number, SentenceFacts>();
  // Whether each trigger is a noun naming an aim, computed once: every other trigger of its sentence asks.
  const aims = triggers.map((t) => t.trigger.pos === "noun" && isAim(doc, kb, named, t, doc.sentences[t.sentence]?.tokenStart ?? 0));
  // "withdrew from the Iran nuclear deal": the withdrawal rejects the deal, which is no act of its own here.
  const leaving = new Set<TriggerMention>();
  const leftAgreements = new Set<TriggerMention>();
  triggers.forEach((t, k) => {
    const next = triggers[k + 1];
    if (next && leavesAgreement(doc, t, next)) {
      leaving.add(t);
      leftAgreements.add(next);
      aims[k + 1] = true;
    }
  });
  // The acts of each sentence, which share out its date phrases; a noun that names an aim ("vetoed an aid package") is no act.
  const actsOfSentence = new Map<number, TriggerMention[]>();
  triggers.forEach((t, n) => {
    if (aims[n]) return;
    const acts = actsOfSentence.get(t.sentence);
    if (acts) acts.push(t);
    else actsOfSentence.set(t.sentence, [t]);
  });
  const context: ArticleContext = { home: homeSide(doc, kb), named, frame: null, sentenceActs: [], acts: candidates, leaving, untargeted: [] };
  triggers.forEach((trigger, k) => {
    // "called on Ethiopia to withdraw its troops", "threatened to strike": the act asked for or threatened has not happened.
    const governor = triggers[k - 1];
    // "Xi accepted an invitation to visit Brazil next year": an accepted request is the act it asks for, still to come, and no request of its own.
    if (isAcceptedRequest(doc, trigger) && triggers[k + 1]?.sentence === trigger.sentence && isAskedFor(doc, trigger, triggers[k + 1] as TriggerMention)) return;
    const accepted = governor !== undefined && isAcceptedRequest(doc, governor);
    if (governor?.sentence === trigger.sentence && GOVERNING_TYPES.has(governor.trigger.type) && isAskedFor(doc, governor, trigger) && !accepted) return;
    if ((aimOfANoun(doc.tokens, trigger) && !accepted) || leftAgreements.has(trigger)) return;
    // "summoned the British ambassador to protest the seizure": "to protest" after an act already coded is that act's intent, not a crowd's protest
    // ("farmers blocked roads ... to protest" is one: the blocking was no act between sides).
    const intentOfAct =
      trigger.trigger.type === "PROTEST" && governor?.trigger.type !== "PROTEST" && doc.tokens[trigger.tokenStart - 1]?.lower === "to" && candidates.some((c) => c.mention === governor);
    if (intentOfAct) return;
    // "launched a strike on Isfahan, retaliating for Iran's attack", "launched missiles at Israel in retaliation for ...": a response in kind
    // told as the motive of the act before it is no threat of its own.
    const head = doc.tokens[trigger.tokenStart];
    const before = doc.tokens[trigger.tokenStart - 1];
    const motive = trigger.trigger.retaliatory && ((head?.lower.endsWith("ing") === true && before?.text === ",") || before?.lower === "in");
    if (motive && candidates.some((c) => c.mention.sentence === trigger.sentence)) return;
    // "the exercise, hosted by Indonesia": the hosting tells who the act's other party is, no meeting of its own.
    if (governor?.sentence === trigger.sentence && governor.trigger.pos === "noun" && hostingParticipleAt(doc, governor.tokenEnd) === trigger.tokenStart) return;
    let facts = bySentence.get(trigger.sentence);
    if (!facts) {
      facts = sentenceFacts(doc, kb, trigger.sentence, actsOfSentence.get(trigger.sentence) ?? []);
      bySentence.set(trigger.sentence, facts);
    }
    // "will host a trilateral meeting with ...": a same-type noun right after a verb is its object, so the verb's object reaches past it.
    const sameAct = (t: TriggerMention | undefined) =>
      t !== undefined && trigger.trigger.pos === "verb" && t.trigger.pos !== "verb" && t.trigger.type === trigger.trigger.type && t.tokenStart - trigger.tokenEnd <= 3;
    // "demanding an immediate ceasefire in Gaza", "vetoed an aid package for Ukraine": a noun that names what a request asks for,
    // or a refusal refuses, does not end its object either.
    // "would withdraw from the 2015 nuclear agreement with Iran": the agreement left names whom the withdrawal rejects.
    // Not a participle modifying the noun ("imposed blocking sanctions").
    const modifier = head?.lower.endsWith("ing") === true && doc.tokens[trigger.tokenStart - 1]?.pos === "VERB";
    const asksOrRefuses = trigger.trigger.type === "REQUEST" || (trigger.trigger.type === "REJECT" && !modifier);
    const skipped = sameAct(triggers[k + 1]) || (asksOrRefuses && aims[k + 1] === true) || leaving.has(trigger);
    const next = skipped ? triggers[k + 2] : triggers[k + 1];
    // "threatened to strike South Korea", "refused to meet Ethiopian envoys": the act threatened or refused, right after "to", does not end the object.
    const threatened = GOVERNING_TYPES.has(trigger.trigger.type) && next !== undefined && next.sentence === trigger.sentence && isAskedFor(doc, trigger, next);
    const nextStart = next && next.sentence === trigger.sentence && !threatened ? next.tokenStart : Number.MAX_SAFE_INTEGER;
    // Candidates come in sentence order, so this sentence's are the last ones.
    let firstOfSentence = candidates.length;
    while (firstOfSentence > 0 && candidates[firstOfSentence - 1]?.mention.sentence === trigger.sentence) firstOfSentence--;
    context.sentenceActs = candidates.slice(firstOfSentence);
    for (const candidate of candidatesFor(doc, kb, trigger, nextStart, facts, context)) {
      const trip = tripPurposeOf(doc, candidates, candidate);
      const earlier = trip ?? namesEarlierAct(doc, candidates, candidate);
      if (earlier) {
        earlier.topics = [...new Set([...earlier.topics, ...candidate.topics])];
        // Whom a trip's talks are with takes part in the trip.
        if (trip) trip.participants = [...new Set([...trip.participants, ...candidate.participants])];
        // "had planned to meet ..., but the meeting was called off"
        if (candidate.status === "cancelled") earlier.status = "cancelled";
        // "signed a memorandum ... on Friday": the date the noun carries dates the act.
        if (earlier.date === null && candidate.date !== null) {
          earlier.date = candidate.date;
          if (candidate.because.date) earlier.because.date = candidate.because.date;
        }
        // "discussed the deal in a telephone call": the noun gives the medium.
        if (earlier.mode === null && candidate.mode !== null) {
          earlier.mode = candidate.mode;
          earlier.because.mode = candidate.because.mode ?? "mode/from-noun";
        }
        continue;
      }
      dateUndatedAct(doc, candidate);
      candidates.push(candidate);
      // A meeting told as the time of another act ("drills ... after its president met the speaker") is background, no frame.
      const background = timePhraseOpener(doc, candidate.mention) >= 0;
      if (candidate.type === "CONSULT" && !candidate.anaphoric && !background && (!context.frame || !isOfTheDay(context.frame, doc.published) || isOfTheDay(candidate, doc.published))) {
        context.frame = candidate;
      }
    }
  });
  return withMediumAndPlaceAgreeing(withNamedLeaders(doc, kb, withSigner(doc, withLeadActsDated(doc, mergeCandidates(doc, withEchoedActs(doc, kb, candidates))))));
}
