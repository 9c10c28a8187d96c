import type { Doc, Mention, Token } from "../../model/doc.js";
import type { Knowledge, TitleEntry } from "../../knowledge/types.js";
import { isCapitalised, isGluedHyphen, isInitial, nameRunEnd, startsWithLowerCaseLetter, tokenText } from "./names.js";
import { mentionsByFirstToken, mentionsByLastToken, type MentionsByToken } from "./by-token.js";
import { isSpeechVerb } from "../tense.js";

/**
 * A person found in one sentence, with what that sentence says about them.
 * Candidates are merged into actors later; a candidate only reports its own evidence.
 */
export interface PersonCandidate {
  sentence: number;
  /** Tokens of the name itself, titles excluded. */
  tokenStart: number;
  tokenEnd: number;
  /** First token of the noun phrase, titles and nationality included. */
  phraseStart: number;
  name: string;
  role: string | null;
  country: string | null;
  organization: string | null;
  rule: string;
  /** The one nationality its sentence names by an adjective ("the sentencing of journalists ... by Belarusian courts"): a last resort for its country. */
  sentenceNationality?: string;
}

/** A run of titles before a name ("Lt. Gen.", "Foreign Minister Prince"), and the office part of it. */
interface TitleChain {
  from: number;
  to: number;
  /** The office titles (not honorifics) as written, with an "of <Organisation>" tail if any. */
  role: string | null;
  organization: string | null;
  country: string | null;
  /** Tokens of the office part, for the role's start and end. */
  officeFrom: number;
  officeTo: number;
  /** A title written in the plural ("journalists"), which names each of the coordinated people after it. */
  plural?: boolean;
}

/** Words between a nationality and a person that still tie the two ("his Ukrainian counterpart, ..."). */
const NATIONALITY_BRIDGE = new Set([
  "counterpart", "counterparts", "officials", "official", "senior", "top", "his", "her", "their", "the", ",", "leader", "envoy",
]);
/** Nouns after a person's name that make the name stand for their government ("the Biden administration"). */
const GOVERNMENT_NOUNS = new Set(["administration", "regime", "government", "cabinet", "presidency", "junta"]);
const ARTICLES = new Set(["the", "a", "an"]);
/** How far back a nationality word may sit before the person it describes. */
const NATIONALITY_REACH = 5;

interface SentenceContext {
  doc: Readonly<Doc>;
  kb: Knowledge;
  sentence: number;
  end: number;
  /** Side mentions by their first token. */
  sideAt: MentionsByToken;
  /** Side mentions by their last token (for looking backwards). */
  sideEndingAt: MentionsByToken;
}

function titleAt(ctx: SentenceContext, i: number): { entry: TitleEntry; to: number; plural?: boolean } | null {
  const match = ctx.kb.titles.longestMatch(ctx.doc.tokens, i, ctx.end);
  if (!match) return pluralTitleAt(ctx, i);
  const entry = match.entries[0];
  if (!entry) return null;
  let to = i + match.length;
  // "Amir-Abdollahian": a title word joined by a hyphen to the next word is part of a name.
  if (isGluedHyphen(ctx.doc.tokens, to)) return null;
  const dot = ctx.doc.tokens[to];
  if (dot?.text === "." && dot.start === ctx.doc.tokens[to - 1]?.end) to++;
  return { entry, to };
}

const LOWER_CASE_PLURAL = /^\p{Ll}{3,}s$/u;
const CAPITALS_AND_DOTS = /^[A-Z][A-Z.]*$/;
/** The possessive 's as the tokenizer splits it off ("Colombia 's"). */
const POSSESSIVE_MARKS = new Set(["'s", "’s"]);

/** "journalists Katsiaryna Andreyeva and Darya Chultsova": a lower-case one-word title in the plural, before a name. */
function pluralTitleAt(ctx: SentenceContext, i: number): { entry: TitleEntry; to: number; plural: true } | null {
  const token = ctx.doc.tokens[i];
  // Most words fail on their last letter or the next word's case; the pattern runs only on the rest.
  if (!token || !token.text.endsWith("s") || !isCapitalised(ctx.doc.tokens[i + 1]) || !LOWER_CASE_PLURAL.test(token.text)) return null;
  const entry = ctx.kb.titles.get(token.text.slice(0, -1))[0];
  return entry && entry.kind === "office" ? { entry, to: i + 1, plural: true } : null;
}

/**
 * An "of <Organisation>" tail after a title ("director of the Office of the Central
 * Commission for Foreign Affairs"): capitalised words joined by small words, and by commas
 * ("for Economic Growth, Energy, and the Environment") except in an apposition, which a comma closes.
 */
function organisationTail(ctx: SentenceContext, from: number, inApposition: boolean): { to: number; name: string; organization: boolean } | null {
  const tokens = ctx.doc.tokens;
  const preposition = tokens[from]?.lower ?? "";
  if (!TAIL_PREPOSITIONS.has(preposition)) return null;
  let i = from + 1;
  if (tokens[i]?.lower === "the") i++;
  const start = i;
  let last = -1;
  while (i < ctx.end) {
    const token = tokens[i];
    if (!token) break;
    // A tail names a body, never another person's title ("adviser to | President Zelensky").
    if (titleAt(ctx, i)?.entry.kind === "office") break;
    if (isCapitalised(token) || CAPITALS_AND_DOTS.test(token.text)) {
      last = i;
      i++;
    } else if (TAIL_JOINERS.has(token.lower) && startsName(tokens, i + 1)) {
      i++;
    } else if (token.text === "," && !inApposition && !titleAt(ctx, i + 1) && (startsName(tokens, i + 1) || (tokens[i + 1]?.lower === "and" && startsName(tokens, i + 2)))) {
      // "Under Secretary for Economic Growth, Energy, and the Environment" (but not ", Adm. Philip Davidson")
      i++;
    } else if (token.text === "-" && tokens[i - 1]?.end === token.start) {
      i++;
    } else break;
  }
  if (last < start) return null;
  // The tail may run into the holder's name ("... and the Environment Jose W. Fernandez"): a given name starts the person.
  for (let k = start + 1; k <= last; k++) {
    const token = tokens[k];
    if (token && ctx.kb.givenNames.has(token.lower) && isCapitalised(tokens[k + 1])) {
      // A person right after a comma ends the tail at the comma: "head of the Morality Police, and Haj Ahmad Mirzaei"
      // (an honorific may come first), but not "for Economic Growth, Energy, and the Environment Jose W. Fernandez".
      let comma = k - 1;
      while (comma > start && tokens[comma]?.text !== ",") comma--;
      const personFrom = comma + (tokens[comma + 1]?.lower === "and" ? 2 : 1);
      last = comma > start && k - personFrom <= 1 ? comma - 1 : k - 1;
      while (last >= start && !isCapitalised(tokens[last])) last--;
      break;
    }
  }
  if (last < start) return null;
  // "director of the Office of ..." names a body; "Under Secretary for Energy" a portfolio; "Ambassador to France" a posting.
  return { to: last + 1, name: tokenText(ctx.doc.text, tokens, start, last + 1), organization: preposition === "of" };
}

/** Prepositions that continue a title with the body or place it belongs to: "director of ...", "Under Secretary for ...", "Ambassador to ...". */
const TAIL_PREPOSITIONS = new Set(["of", "for", "to"]);
/** Small words inside an organisation tail, before its next capitalised word ("Office of the Central Commission"). */
const TAIL_JOINERS = new Set(["of", "the", "for", "and", "-", "'s", "’s"]);

/** A capitalised word next, or "the" and then one ("of the Central Commission"). */
function startsName(tokens: readonly Token[], i: number): boolean {
  return isCapitalised(tokens[i]) || (tokens[i]?.lower === "the" && isCapitalised(tokens[i + 1]));
}

/** Titles and honorifics from `from`, possibly several in a row, with an organisation tail. */
function titleChainAt(ctx: SentenceContext, from: number, inApposition = false): TitleChain | null {
  // "Navy Commander Nikolai Yevmenov": a service's name before an office title is part of the office.
  const service = ctx.kb.language.serviceWords.has(ctx.doc.tokens[from]?.lower ?? "") && titleAt(ctx, from + 1)?.entry.kind === "office";
  let i = service ? from + 1 : from;
  let officeFrom = service ? from : -1;
  let officeTo = -1;
  let implied: TitleEntry | null = null;
  let plural = false;
  for (let title = titleAt(ctx, i); title; title = titleAt(ctx, i)) {
    if (title.entry.kind === "office") {
      if (officeFrom < 0) officeFrom = i;
      officeTo = title.to;
      implied ??= title.entry;
      plural ||= title.plural === true;
    }
    i = title.to;
    // "Foreign Minister and Alternate Prime Minister Yair Lapid": two offices, one holder.
    const next = ctx.doc.tokens[i];
    if (next?.lower === "and" && officeTo === i) {
      // A second office may carry one modifier of its own ("and Alternate Prime Minister").
      const modifier = isCapitalised(ctx.doc.tokens[i + 1]) && titleAt(ctx, i + 1) === null ? 1 : 0;
      if (titleAt(ctx, i + 1 + modifier)?.entry.kind === "office") i += 1 + modifier;
    }
  }
  if (i === from) return null;
  let organization = implied?.organization ?? null;
  let country = implied?.country ?? null;
  if (officeTo === i) {
    const tail = organisationTail(ctx, i, inApposition);
    if (tail && tail.organization) {
      const agency = ctx.sideAt[i + 1] ?? ctx.sideAt[i + 2];
      organization = agency?.organization ?? tail.name;
      country = agency?.code ?? country;
    }
    if (tail) {
      i = tail.to;
      officeTo = tail.to;
    }
  }
  let role: string | null = null;
  if (officeFrom >= 0) {
    const tokens = ctx.doc.tokens;
    const written = tokenText(ctx.doc.text, tokens, officeFrom, officeTo);
    // "Sen." alone is written out ("Senator"); longer roles stay as the text has them.
    const abbreviated = implied !== null && written.endsWith(".") && titleAt(ctx, officeFrom)?.to === officeTo;
    role = (abbreviated || plural) && implied ? implied.canonical : written.endsWith(",") ? written.slice(0, -1) : written;
  }
  return { from, to: i, role, organization, country, officeFrom, officeTo, plural };
}

/** How many lower-case words may describe a person before their name or title ("American basketball star", "Colombia's top peace negotiator"). */
const DESCRIBING_WORDS_REACH = 3;

/** Where the lower-case nouns and adjectives that end at `end` begin, at most DESCRIBING_WORDS_REACH of them. */
function describingWordsStart(tokens: readonly Token[], end: number): number {
  let from = end;
  while (from > end - DESCRIBING_WORDS_REACH && isLowerCaseNounOrAdjective(tokens[from - 1])) from--;
  return from;
}

function isLowerCaseNounOrAdjective(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === "NOUN" || token.pos === "ADJ") && startsWithLowerCaseLetter(token.text);
}

/** A noun ending in one "s" ("officials", not "boss"). */
function isPluralNoun(lower: string): boolean {
  return lower.length >= 2 && lower.endsWith("s") && !lower.endsWith("ss");
}

/**
 * "American basketball star Brittney Griner", "the Russian arms dealer Viktor Bout":
 * lower-case nouns between a country word and a name that no title list holds still
 * say what the person is and where from.
 */
function descriptionBefore(ctx: SentenceContext, nameStart: number): TitleChain | null {
  const tokens = ctx.doc.tokens;
  const from = describingWordsStart(tokens, nameStart);
  const head = tokens[nameStart - 1];
  // A plural ("Chinese officials Yang Jiechi and Wang Yi") describes a group, not this person.
  if (from === nameStart || head?.pos !== "NOUN" || isPluralNoun(head.lower)) return null;
  const side = ctx.sideEndingAt[from - 1];
  if (!side || side.kind !== "country" || side.sentence !== ctx.sentence) return null;
  return { from, to: nameStart, role: tokenText(ctx.doc.text, tokens, from, nameStart), organization: null, country: side.code, officeFrom: from, officeTo: nameStart };
}

/** Nationality, country or agency just before a title or name: "Chinese Foreign Minister", "State Department spokesperson". */
function prefixEvidence(ctx: SentenceContext, titleStart: number): { country: string | null; organization: string | null; roleFrom: number | null } {
  const tokens = ctx.doc.tokens;
  let before = describingWordsStart(tokens, titleStart);
  // Describing words are skipped only on the way to a possessive ("Colombia's top peace negotiator").
  if (before < titleStart && !POSSESSIVE_MARKS.has(tokens[before - 1]?.lower ?? "")) before = titleStart;
  const possessive = POSSESSIVE_MARKS.has(tokens[before - 1]?.lower ?? "");
  const adjacent = ctx.sideEndingAt[possessive ? before - 2 : before - 1];
  const direct = adjacent?.sentence === ctx.sentence ? adjacent : undefined;
  // "U.S. Embassy in the Philippines Chargé d'Affaires", "U.S. Mission to the United Nations Ambassador": the mission's sender.
  const sender = direct ? missionSender(ctx, direct) : undefined;
  if (sender) return { country: sender.code, organization: null, roleFrom: null };
  if (direct) {
    if (direct.kind === "organization") {
      return { country: direct.international ? null : direct.code, organization: direct.organization ?? null, roleFrom: direct.tokenStart };
    }
    return { country: direct.code, organization: null, roleFrom: null };
  }
  for (let i = before - 1; i >= Math.max(0, before - NATIONALITY_REACH); i--) {
    const token = tokens[i];
    if (!token || token.sentence !== ctx.sentence) break;
    const side = ctx.sideEndingAt[i];
    if (side && side.kind === "country" && side.rule === "mentions/side-demonym") {
      return { country: side.code, organization: null, roleFrom: null };
    }
    if (!NATIONALITY_BRIDGE.has(token.lower)) break;
  }
  return { country: null, organization: null, roleFrom: null };
}

/** Words that link a mission to where it serves: "Embassy in", "Mission to". */
const MISSION_LINKS = new Set(["in", "to"]);

/** The country that sends a mission named before a host ("U.S. Embassy in | the Philippines"), if any. */
function missionSender(ctx: SentenceContext, host: Mention): Mention | undefined {
  const tokens = ctx.doc.tokens;
  let i = host.tokenStart - 1;
  if (tokens[i]?.lower === "the") i--;
  if (!MISSION_LINKS.has(tokens[i]?.lower ?? "")) return undefined;
  // Past the mission's capitalised name ("Embassy", "Permanent Mission") to the country that sends it.
  let k = i - 1;
  while (k > i - 4 && isCapitalised(tokens[k]) && ctx.sideEndingAt[k] === undefined) k--;
  const sender = ctx.sideEndingAt[k];
  return k < i - 1 && sender?.kind === "country" && sender.sentence === ctx.sentence ? sender : undefined;
}

/** How many lower-case words may open an apposition (", a 26-year-old opposition ...", ", a former senior ..."). */
const APPOSITION_MODIFIER_REACH = 6;
/** What closes an apposition: a comma, the sentence end, a conjunction, a dash or bracket. */
const APPOSITION_CLOSERS = new Set([",", ".", ";", "and", ")", "—"]);
/** Prepositions that carry an apposition's title on ("commander of Russian forces in Ukraine", "adviser to ..."). */
const APPOSITION_TAIL_PREPOSITIONS = new Set(["of", "to", "for", "in", "at", "on"]);
/** How many words a prepositional tail may run before the apposition closes. */
const APPOSITION_TAIL_REACH = 8;
const QUOTE_MARKS = new Set(['"', "“", "”"]);
/** Words that turn an apposition into a clause ("..., the man who ..."): no role runs past them. */
const CLAUSE_OPENERS = new Set(["who", "which", "that", "whose", "whom"]);

/** A lower-case describing word, a number, or the hyphen inside "26-year-old". */
function isAppositionModifier(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.text === "-" || token.pos === "NUM") return true;
  return isLowerCaseNounOrAdjective(token);
}

/**
 * Where a prepositional tail after an apposition's title ends, at the apposition's close:
 * "the commander | of Russian forces in Ukraine |,". Null when it runs into a verb or a clause.
 */
function appositionTailEnd(ctx: SentenceContext, from: number, inTail: boolean): number | null {
  const tokens = ctx.doc.tokens;
  if (!inTail && !APPOSITION_TAIL_PREPOSITIONS.has(tokens[from]?.lower ?? "")) return null;
  for (let i = from + 1; i < Math.min(ctx.end, from + 1 + APPOSITION_TAIL_REACH); i++) {
    const token = tokens[i];
    if (!token || token.pos === "VERB" || token.pos === "AUX" || CLAUSE_OPENERS.has(token.lower) || QUOTE_MARKS.has(token.text)) return null;
    if (APPOSITION_CLOSERS.has(token.lower)) return i;
  }
  return from + 1 + APPOSITION_TAIL_REACH >= ctx.end ? ctx.end : null;
}

/** The first describing word that belongs to a role: past an age ("26-year-old") and numbers. */
function roleModifiersStart(tokens: readonly Token[], from: number, to: number): number {
  let start = from;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token?.pos === "NUM" || token?.text === "-" || (token?.lower === "old" && tokens[k - 1]?.text === "-") || (token?.lower === "year" && tokens[k + 1]?.text === "-")) start = k + 1;
  }
  return start;
}

/**
 * ", director of the Office of ...," or ", the state councilor," right after a name. The role
 * keeps the describing words right before the title and a prepositional tail up to the
 * apposition's close: ", a student leader of the 2014 protests," gives "student leader of the 2014 protests".
 */
function appositionAfter(ctx: SentenceContext, nameEnd: number): TitleChain | null {
  const tokens = ctx.doc.tokens;
  if (tokens[nameEnd]?.text !== ",") return null;
  let i = nameEnd + 1;
  if (ARTICLES.has(tokens[i]?.lower ?? "")) i++;
  const modifiersFrom = i;
  // ", a senior North Korean official": lower-case modifiers may come before the nationality or the title.
  // A modifier that starts a title itself ("commanding general") stays.
  const opensTitle = (at: number) => ctx.sideAt[at] !== undefined || titleAt(ctx, at) !== null;
  const modifiersEnd = modifiersFrom + APPOSITION_MODIFIER_REACH;
  while (i < modifiersEnd && !opensTitle(i) && isAppositionModifier(tokens[i])) i++;
  const side = ctx.sideAt[i];
  // An apposition closes at its comma: ", the head of the Morality Police, and Haj Ahmad Mirzaei".
  const chain = titleChainAt(ctx, side ? side.tokenEnd : i, true);
  if (!chain || !chain.role) return null;
  let end = chain.to;
  let organization = chain.organization;
  if (end < ctx.end && !APPOSITION_CLOSERS.has(tokens[end]?.lower ?? "")) {
    // Past an organisation the title already took in ("commander of Russian | forces in Ukraine"), the tail goes on without a preposition.
    const inTail = chain.organization !== null && chain.officeTo === end && chain.officeTo > chain.officeFrom + 1;
    const tailEnd = appositionTailEnd(ctx, end, inTail);
    if (tailEnd === null) return null;
    end = tailEnd;
    // The capitalised words the title took in were only the start of a longer phrase, not a body's name.
    if (inTail) organization = null;
  }
  const roleFrom = side || chain.officeFrom !== i ? chain.officeFrom : roleModifiersStart(tokens, modifiersFrom, i);
  const role = roleFrom === chain.officeFrom && end === chain.officeTo ? chain.role : tokenText(ctx.doc.text, tokens, roleFrom, end);
  const described = { ...chain, to: end, role, organization };
  if (side && side.kind === "organization") {
    return { ...described, organization: organization ?? side.organization ?? null, country: chain.country ?? (side.international ? null : side.code) };
  }
  return { ...described, country: chain.country ?? side?.code ?? null };
}

/**
 * Evidence that a bare name run (no title before it) is a person:
 * a known given name, a known officeholder, a speech verb beside it, an apposition,
 * or "the X administration".
 */
function bareNameRule(ctx: SentenceContext, from: number, to: number): string | null {
  const tokens = ctx.doc.tokens;
  const first = tokens[from];
  if (!first) return null;
  const words = to - from;
  const { kb } = ctx;
  // "the city of El Fasher", "the province of Idlib": a place noun and "of" name a place, known or not;
  // "the Ministry of National Defense": a body's noun that no name holds, and "of", name the body.
  const ofHead = tokens[from - 1]?.lower === "of" ? (tokens[from - 2]?.lower ?? "") : "";
  if (kb.language.placeNouns.has(ofHead) || (ofHead !== "" && kb.language.nonNameWords.has(ofHead))) return null;
  // "Hamid Karzai International Airport" names a place after a person.
  if (kb.language.facilityNouns.has(tokens[to - 1]?.lower ?? "")) return null;
  // "Kenya Airways said": a country's name written right before the run makes it a company or body.
  const countryBefore = ctx.sideEndingAt[from - 1];
  if (countryBefore?.kind === "country" && countryBefore.rule === "mentions/side-name" && tokens[from - 1]?.end === first.start - 1) return null;
  // A particle the name lists hold as a given name starts a surname ("De Gaulle was quoted"), but after a preposition
  // a place ("traveled to La Macarena").
  const placeAfterPreposition = kb.language.nameParticles.has(first.lower) && tokens[from - 1]?.pos === "ADP";
  if (words >= 2 && kb.givenNames.has(first.lower) && !placeAfterPreposition) return "people/given-name";
  const officeholder = kb.officeholders.longestMatch(tokens, from, to);
  if (officeholder && officeholder.length === words) return "people/officeholder";
  if (GOVERNMENT_NOUNS.has(tokens[to]?.lower ?? "")) return "people/government-of";
  if (appositionAfter(ctx, to)) return "people/apposition";
  // A speaker named by a bare name must look like one: tagged a proper noun, and not a known place ("officials in Beijing said").
  const looksLikeName = allProperNounsOrInitials(tokens, from, to) && !isKnownPlace(ctx, from, to);
  // "The Journal said", "the Kremlin said": a name after "the" names a body, not a person.
  if (!looksLikeName || tokens[from - 1]?.lower === "the") return null;
  if (isSpeechVerb(tokens[to], kb.language) || (tokens[to]?.lower === "also" && isSpeechVerb(tokens[to + 1], kb.language))) {
    return "people/speaker";
  }
  if (isSpeechVerb(tokens[from - 1], kb.language) && words >= 2) return "people/speaker";
  return null;
}

function allProperNounsOrInitials(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (token.pos !== "PROPN" && !isInitial(token.text)) return false;
  }
  return true;
}

/** Whether tokens [from, to) are exactly a place the gazetteer knows or a country, capital or seat. */
function isKnownPlace(ctx: SentenceContext, from: number, to: number): boolean {
  const tokens = ctx.doc.tokens;
  return ctx.kb.places.longestMatch(tokens, from, to)?.length === to - from || ctx.kb.sides.longestMatch(tokens, from, to)?.length === to - from;
}

function candidateFrom(
  ctx: SentenceContext,
  from: number,
  to: number,
  rule: string,
  title: TitleChain | null,
  prefix: { country: string | null; organization: string | null; roleFrom: number | null },
): PersonCandidate {
  const { doc } = ctx;
  let role = title?.role ?? null;
  if (role && prefix.roleFrom !== null && title && prefix.organization) {
    // "State Department spokesperson": the agency is part of the role as written.
    role = tokenText(doc.text, doc.tokens, prefix.roleFrom, title.officeTo);
  }
  return {
    sentence: ctx.sentence,
    tokenStart: from,
    tokenEnd: to,
    phraseStart: Math.min(from, prefix.roleFrom ?? from, title?.from ?? from),
    name: tokenText(doc.text, doc.tokens, from, to),
    role,
    country: title?.country ?? prefix.country,
    organization: title?.organization ?? prefix.organization,
    rule,
  };
}

/**
 * Adds what an apposition after the name says, where the title before it said nothing,
 * or only named a group (`groupTitle`: "officials Mary Wanjiru, director of ...").
 */
function withApposition(ctx: SentenceContext, candidate: PersonCandidate, groupTitle = false): PersonCandidate {
  const apposition = appositionAfter(ctx, candidate.tokenEnd);
  if (!apposition) return candidate;
  return {
    ...candidate,
    role: groupTitle ? (apposition.role ?? candidate.role) : (candidate.role ?? apposition.role),
    country: candidate.country ?? apposition.country,
    organization: candidate.organization ?? apposition.organization,
  };
}

/**
 * People in one sentence: names after titles ("Secretary of State Antony Blinken"),
 * names with an apposition ("Yang Jiechi, director of ..."), names of speakers
 * ("Davidson said"), known officeholders and given-name + surname runs.
 */
function peopleInSentence(ctx: SentenceContext): PersonCandidate[] {
  const { doc, kb } = ctx;
  const tokens = doc.tokens;
  const candidates: PersonCandidate[] = [];
  const sentence = doc.sentences[ctx.sentence];
  if (!sentence) return candidates;
  let i = sentence.tokenStart;
  let pendingRole: TitleChain | null = null;
  while (i < ctx.end) {
    const title = titleChainAt(ctx, i);
    if (title) {
      const nameEnd = nameRunEnd(tokens, title.to, ctx.end, kb.language);
      const prefix = prefixEvidence(ctx, title.from);
      if (nameEnd > title.to && ctx.sideAt[title.to] === undefined) {
        const inherited = !title.role && pendingRole ? pendingRole : title;
        candidates.push(withApposition(ctx, candidateFrom(ctx, title.to, nameEnd, "people/title-name", inherited, prefix), title.plural));
        pendingRole = null;
        i = nameEnd;
        // "journalists A and B": a plural title names the second person too.
        const secondEnd = title.plural && tokens[nameEnd]?.lower === "and" ? nameRunEnd(tokens, nameEnd + 1, ctx.end, kb.language) : nameEnd + 1;
        if (secondEnd > nameEnd + 1) {
          candidates.push(candidateFrom(ctx, nameEnd + 1, secondEnd, "people/title-name", title, prefix));
          i = secondEnd;
        }
        continue;
      }
      // "The commander of U.S. Indo-Pacific Command, Adm. Philip Davidson": the role waits for the name after the comma.
      // "The United Nations envoy for Sudan, Volker Perthes": the body before the title is the person's, as before a name.
      pendingRole =
        title.role && tokens[title.to]?.text === "," ? { ...title, country: title.country ?? prefix.country, organization: title.organization ?? prefix.organization } : null;
      i = title.to + (pendingRole ? 1 : 0);
      continue;
    }
    const side = ctx.sideAt[i];
    if (side) {
      i = side.tokenEnd;
      continue;
    }
    const nameEnd = nameRunEnd(tokens, i, ctx.end, kb.language);
    if (nameEnd > i && insideDate(ctx, i)) {
      // "last May": a month, not Theresa May.
      pendingRole = null;
      i = nameEnd;
      continue;
    }
    if (nameEnd > i) {
      const rule = pendingRole ? "people/apposition-before" : bareNameRule(ctx, i, nameEnd);
      if (rule && !isByline(tokens, i)) {
        // An apposition after the name says more than a description before it.
        const described = pendingRole ?? (appositionAfter(ctx, nameEnd) ? null : descriptionBefore(ctx, i));
        candidates.push(withApposition(ctx, candidateFrom(ctx, i, nameEnd, rule, described, prefixEvidence(ctx, i))));
      }
      pendingRole = null;
      i = nameEnd;
      continue;
    }
    pendingRole = null;
    i++;
  }
  return withCounterpartRoles(ctx, candidates);
}

/** How many words before a name "counterpart" may stand ("his Saudi counterpart Prince Faisal"). */
const COUNTERPART_REACH = 4;
const COUNTERPART_ROLE = /^counterparts?$/i;

/** Whether tokens [from, to) hold the lower-case word `lower`. */
function hasWord(tokens: readonly Token[], from: number, to: number, lower: string): boolean {
  for (let i = from; i < to; i++) if (tokens[i]?.lower === lower) return true;
  return false;
}

/**
 * "Iran's foreign minister X met his Saudi counterpart Y": a counterpart holds the office
 * of the person before it in the sentence, when nothing else names its role.
 */
function withCounterpartRoles(ctx: SentenceContext, candidates: PersonCandidate[]): PersonCandidate[] {
  const tokens = ctx.doc.tokens;
  return candidates.map((candidate, k) => {
    // "his Ethiopian counterpart X" may read "counterpart" itself as the role.
    if ((candidate.role !== null && !COUNTERPART_ROLE.test(candidate.role)) || k === 0) return candidate;
    const from = Math.max(ctx.doc.sentences[ctx.sentence]?.tokenStart ?? 0, candidate.phraseStart - COUNTERPART_REACH);
    if (!hasWord(tokens, from, candidate.tokenStart, "counterpart")) return candidate;
    const holder = candidates.findLast((c, h) => h < k && c.role !== null);
    return holder ? { ...candidate, role: holder.role } : candidate;
  });
}

function insideDate(ctx: SentenceContext, i: number): boolean {
  const token = ctx.doc.tokens[i];
  return token !== undefined && ctx.doc.dates.some((d) => d.start <= token.start && token.start < d.end);
}

/** "By Jane Doe" at the start of a paragraph is a byline, not a person in the story. */
function isByline(tokens: readonly Token[], nameStart: number): boolean {
  const by = tokens[nameStart - 1];
  return by?.lower === "by" && (tokens[nameStart - 2] === undefined || tokens[nameStart - 2]?.sentence !== by.sentence);
}

export function recognizePeople(doc: Readonly<Doc>, kb: Knowledge, sides: readonly Mention[]): PersonCandidate[] {
  const sideAt = mentionsByFirstToken(doc.tokens.length, sides);
  const sideEndingAt = mentionsByLastToken(doc.tokens.length, sides);
  const candidates: PersonCandidate[] = [];
  doc.sentences.forEach((sentence, index) => {
    // Headlines are written in title case, where every word looks like a name.
    if (sentence.role !== "body") return;
    const found = peopleInSentence({ doc, kb, sentence: index, end: sentence.tokenEnd, sideAt, sideEndingAt });
    const nationality = found.length > 0 ? onlyNationality(sides, index) : undefined;
    candidates.push(
      ...(nationality
        ? found.map((c) => (c.country || c.organization || !nationalityReaches(nationality, c, found) ? c : { ...c, sentenceNationality: nationality.code }))
        : found),
    );
  });
  return candidates;
}

/** The one country a sentence names by its adjective ("Russian", "Belarusian"), if it names exactly one that way, and the adjectives. */
function onlyNationality(sides: readonly Mention[], sentence: number): { code: string; adjectives: Mention[] } | undefined {
  const adjectives = sides.filter((m) => m.sentence === sentence && m.kind === "country" && m.rule === "mentions/side-demonym");
  const codes = new Set(adjectives.map((m) => m.code));
  const [only] = codes;
  return codes.size === 1 && only ? { code: only, adjectives } : undefined;
}

/**
 * Whether the sentence's nationality can be a person's: not when every adjective naming it opens the phrase of
 * someone named after him ("Secretary Kathleen Hicks hosted Estonian Minister Hanno Pevkur"), though it still
 * reaches people coordinated after the one it opens ("Philippine Foreign Secretary X and Defense Secretary Y").
 */
function nationalityReaches(nationality: { adjectives: readonly Mention[] }, person: PersonCandidate, people: readonly PersonCandidate[]): boolean {
  const opensLaterPhrase = (m: Mention) => m.tokenStart >= person.tokenEnd && people.some((p) => m.tokenEnd >= p.phraseStart && m.tokenEnd <= p.tokenStart);
  return !nationality.adjectives.every(opensLaterPhrase);
}
