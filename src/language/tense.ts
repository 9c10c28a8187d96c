import type { Sentence, Tense, Token } from "../model/doc.js";
import type { LanguageLists, TenseLists } from "../knowledge/types.js";
import { BE_PLACEHOLDER } from "../knowledge/date-lists.js";
import { isGluedHyphen } from "./mentions/names.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./dates/calendar.js";

/**
 * The tense of a clause, read from word forms: the wink lite model tags only
 * universal parts of speech (VERB, AUX, ...), never past or future.
 *
 * A clause is the run of tokens between the nearest clause boundaries around a
 * token (see `clauseBounds`). It is future when it holds a future marker, else
 * past when it holds a past verb form, else present.
 */

/** Tokens that always end a clause: semicolons, colons, dashes, brackets and quote marks. */
const BOUNDARY_MARKS = new Set([";", ":", "—", "--", "(", ")", "[", "]", "“", "”", "\"", "‘", "’"]);
/** Words that open a new clause after a comma ("..., which was held"; "..., but talks will resume"). */
const CLAUSE_OPENERS = new Set([
  "and", "but", "or", "yet", "so", "which", "who", "whom", "whose", "where", "when", "while", "whereas",
  "although", "though", "because", "as", "after", "before", "since", "until", "unless", "if",
]);
/** Subordinators the tagger may read as prepositions ("since it began", "after the talks ended"). */
const SUBORDINATORS = new Set(["since", "after", "before", "until", "till"]);
/** Words that open a relative clause, which the next comma closes. */
const RELATIVE_WORDS = new Set(["which", "who", "whom", "whose", "where", "when"]);
/** How far after "and" a finite verb shows that a new clause starts there ("and [the two ministers] will"). */
const MAX_SUBJECT_TOKENS = 4;
/** Relative pronouns open a clause even without a comma ("talks that began Monday"). */
const RELATIVE_PRONOUNS = new Set(["that", "which", "who", "whom", "whose"]);
/** Words that open an apposition after a comma: a noun phrase restating what came before ("..., a build-up that ..."). */
const APPOSITION_OPENERS = new Set(["a", "an"]);
/** A speech verb followed by one of these is still in its own clause ("said Tuesday that", "said on Friday"). */
const DATE_LEADS = new Set<string>([
  "today", "tonight", "yesterday", "tomorrow", "last", "next", "this", "earlier", "later", "on", "in",
  ...WEEKDAY_NAMES, ...MONTH_NAMES,
]);
/** Parts of speech that can start the subject of a reported clause ("said [the talks] will"). */
const SUBJECT_STARTS = new Set(["DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"]);
/** How many tokens an attribution may hold between its comma and its speech verb (", a senior official said"). */
const MAX_ATTRIBUTION_TOKENS = 6;

const MODALS_OF_FUTURE = new Set(["will", "'ll", "’ll", "shall", "wo"]);
const PRESENT_BE = new Set(["is", "are", "am", "'s", "’s", "'re", "’re"]);
/** Forms of "to be" after which a participle is passive present ("is held"), not past. */
const NON_PAST_BE = new Set([...PRESENT_BE, "be", "being"]);
const PAST_AUXILIARIES = new Set(["was", "were", "had", "did"]);
const PERIOD_WORDS = new Set(["week", "weekend", "month", "year", ...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** Adverbs and particles that may sit inside a verb group ("was not", "had already"). */
const INSIDE_VERB_GROUP = new Set(["ADV", "PART"]);

function isVerbal(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === "VERB" || token.pos === "AUX");
}

/**
 * A past-tense or past-participle form by its shape alone: was/were/had/did,
 * an irregular past form that differs from its base ("met", "held", not "cut"),
 * or a VERB ending in "-ed" that is not a base form ("agreed", not "need").
 */
export function isPastForm(token: Token, lists: LanguageLists): boolean {
  if (token.pos !== "VERB" && token.pos !== "AUX") return false;
  if (PAST_AUXILIARIES.has(token.lower)) return true;
  const base = lists.irregularPast.get(token.lower);
  if (base !== undefined) return base !== token.lower;
  return /[a-z]{2}ed$/.test(token.lower) && !lists.tense?.edBaseForms.has(token.lower);
}

/** True when the token is a speech verb ("said", "told", "announced"). */
export function isSpeechVerb(token: Token | undefined, lists: LanguageLists): boolean {
  return token !== undefined && isVerbal(token) && lists.speechVerbs.has(token.lower);
}

/**
 * Token indices where clauses start inside the sentence, sorted; the sentence's
 * first token always starts one. Boundaries: the marks in BOUNDARY_MARKS; a comma
 * before a conjunction or relative word, and the comma that closes that clause;
 * a conjunction or relative pronoun; the subject that follows a speech verb
 * ("said | the talks will"); and the comma before a trailing attribution
 * ("talks will resume, | Blinken said"). Boundaries may cut off a stretch with no
 * verb ("Blinken | and Sullivan will meet"): `clauseBounds` joins it to a neighbour.
 */
export function clauseStarts(tokens: readonly Token[], sentence: Sentence, lists: LanguageLists): number[] {
  return clausesOf(tokens, sentence, lists).starts;
}

/** A clause as token indices [start, end). */
interface ClauseRange {
  start: number;
  end: number;
}

/**
 * One sentence's clauses, worked out as they are asked for: every trigger and date
 * of a sentence asks about the same few clauses. Indexed by clause index (into `starts`).
 */
interface SentenceClauses {
  sentence: Sentence;
  starts: number[];
  bounds: (Readonly<ClauseRange> | undefined)[];
  tenses: (Tense | undefined)[];
}

/**
 * Each article's sentence clauses, by the token array they index and the sentence's first token:
 * one weak entry per article rather than one per sentence, which showed in profiles.
 */
const clauseCache = new WeakMap<readonly Token[], (SentenceClauses | undefined)[]>();

function clausesOf(tokens: readonly Token[], sentence: Sentence, lists: LanguageLists): SentenceClauses {
  let ofArticle = clauseCache.get(tokens);
  if (!ofArticle) {
    ofArticle = new Array<SentenceClauses | undefined>(tokens.length);
    clauseCache.set(tokens, ofArticle);
  }
  let clauses = ofArticle[sentence.tokenStart];
  // Another sentence object over the same first token (an empty sentence before it) has clauses of its own.
  if (clauses?.sentence !== sentence) {
    clauses = { sentence, starts: findClauseStarts(tokens, sentence, lists), bounds: [], tenses: [] };
    ofArticle[sentence.tokenStart] = clauses;
  }
  return clauses;
}

/** The index of the clause start at or before token `at`. */
function clauseIndex(starts: readonly number[], at: number): number {
  let k = 0;
  while (k + 1 < starts.length && (starts[k + 1] ?? Infinity) <= at) k++;
  return k;
}

function findClauseStarts(tokens: readonly Token[], sentence: Sentence, lists: LanguageLists): number[] {
  const starts = new Set<number>([sentence.tokenStart]);
  let insideRelative = false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token) continue;
    if (BOUNDARY_MARKS.has(token.text)) {
      starts.add(i);
      starts.add(i + 1);
    } else if (token.text === "," && next && APPOSITION_OPENERS.has(next.lower) && !hasCommaBetween(tokens, i + 1, sentence.tokenEnd)) {
      // "massed troops near the border, | a build-up that officials say could ...": an apposition that runs to the end of the
      // sentence has verbs of its own; one closed by a comma (", a reporter for the Journal,") is a name's, inside the clause.
      starts.add(i + 1);
    } else if (token.text === "," && next && (CLAUSE_OPENERS.has(next.lower) || next.pos === "SCONJ") && !endsList(tokens, i, sentence.tokenEnd)) {
      starts.add(i + 1);
      insideRelative = RELATIVE_WORDS.has(next.lower);
    } else if (token.text === "," && insideRelative) {
      // The comma that closes ", which was postponed in May," returns to the main clause.
      starts.add(i + 1);
      insideRelative = false;
    } else if (token.pos === "SCONJ" || (token.pos === "PRON" && RELATIVE_PRONOUNS.has(token.lower))) {
      starts.add(i);
    } else if (token.pos === "ADP" && SUBORDINATORS.has(token.lower) && finiteVerbFollows(tokens, i, sentence.tokenEnd)) {
      // "the largest iteration since | it began 15 years ago", "days before | Russia invaded": the tagger reads the
      // subordinator as a preposition, but a finite verb after it opens a clause.
      starts.add(i);
    } else if (token.pos === "CCONJ" && finiteVerbFollows(tokens, i, sentence.tokenEnd)) {
      // "fell | and ministers will meet", but not "Colombia and Brazil this week".
      starts.add(i);
    } else if (isSpeechVerb(token, lists)) {
      // "said | the talks will resume", but not "accused Ukraine of attacking": a new clause needs a finite verb of its own.
      if (next && SUBJECT_STARTS.has(next.pos) && !DATE_LEADS.has(next.lower) && finiteVerbFollows(tokens, i, sentence.tokenEnd)) starts.add(i + 1);
      const comma = attributionComma(tokens, sentence, i);
      if (comma !== null) starts.add(comma);
    }
  }
  return [...starts].filter((i) => i < sentence.tokenEnd).sort((a, b) => a - b);
}

/**
 * Whether ", and" / ", or" at comma `comma` joins the last item of a list ("the United States, Japan, and the Philippines, to be
 * held ..."), not a clause: no finite verb follows before the next punctuation.
 */
function endsList(tokens: readonly Token[], comma: number, end: number): boolean {
  const conjunction = tokens[comma + 1];
  if (conjunction?.pos !== "CCONJ" || (conjunction.lower !== "and" && conjunction.lower !== "or")) return false;
  for (let k = comma + 2; k < end; k++) {
    const token = tokens[k];
    if (!token || token.pos === "PUNCT") return true;
    if (token.pos === "AUX" || token.pos === "VERB") return false;
  }
  return true;
}

function hasCommaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]?.text === ",") return true;
  return false;
}

/** A finite verb (an auxiliary, or a verb not ending in "-ing") within a few words after token `i`, before any punctuation. */
function finiteVerbFollows(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k <= i + MAX_SUBJECT_TOKENS && k < end; k++) {
    const token = tokens[k];
    if (!token || token.pos === "PUNCT") return false;
    if (token.pos === "AUX" || (token.pos === "VERB" && !token.lower.endsWith("ing"))) return true;
  }
  return false;
}

/** The comma before a short attribution that ends at the speech verb at `verb`, if there is one. */
function attributionComma(tokens: readonly Token[], sentence: Sentence, verb: number): number | null {
  for (let i = verb - 1; i >= Math.max(sentence.tokenStart, verb - 1 - MAX_ATTRIBUTION_TOKENS); i--) {
    const token = tokens[i];
    if (!token) return null;
    if (token.text === ",") return i;
    if (isVerbal(token) || BOUNDARY_MARKS.has(token.text)) return null;
  }
  return null;
}

/**
 * The clause [start, end) holding token `at`, as token indices. A stretch with
 * no verb of its own ("warned | lawmakers on Tuesday") is not a clause: it joins
 * the clause before it, or the one after it at the start of a sentence.
 */
export function clauseBounds(tokens: readonly Token[], sentence: Sentence, at: number, lists: LanguageLists): Readonly<ClauseRange> {
  const clauses = clausesOf(tokens, sentence, lists);
  const k = clauseIndex(clauses.starts, at);
  let bounds = clauses.bounds[k];
  if (!bounds) {
    bounds = joinedClause(tokens, sentence, clauses.starts, k);
    clauses.bounds[k] = bounds;
  }
  return bounds;
}

/** Clause `k` joined with its neighbours until it holds a verb. */
function joinedClause(tokens: readonly Token[], sentence: Sentence, starts: readonly number[], k: number): ClauseRange {
  let first = k;
  let last = k;
  const startOf = (i: number) => starts[i] ?? sentence.tokenStart;
  const endOf = (i: number) => starts[i + 1] ?? sentence.tokenEnd;
  while (!hasVerb(tokens, startOf(first), endOf(last)) && first > 0) first--;
  while (!hasVerb(tokens, startOf(first), endOf(last)) && last + 1 < starts.length) last++;
  return { start: startOf(first), end: endOf(last) };
}

function hasVerb(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isVerbal(tokens[i])) return true;
  return false;
}

/** The future markers by the words they can start with, so a token is checked only against markers it could open. */
const markersByFirstWord = new WeakMap<TenseLists, Map<string, (readonly string[])[]>>();

/** What most words start: no marker (one shared list, not a new one per word). */
const NO_MARKERS: readonly (readonly string[])[] = [];

function markersStartingWith(lists: LanguageLists, word: string): readonly (readonly string[])[] {
  if (!lists.tense) return NO_MARKERS;
  let index = markersByFirstWord.get(lists.tense);
  if (!index) {
    index = new Map();
    for (const marker of lists.tense.futureMarkers) {
      const first = marker[0] ?? "";
      for (const key of first === BE_PLACEHOLDER ? PRESENT_BE : [first]) index.set(key, [...(index.get(key) ?? []), marker]);
    }
    markersByFirstWord.set(lists.tense, index);
  }
  return index.get(word) ?? NO_MARKERS;
}

function matchesMarker(tokens: readonly Token[], from: number, end: number, marker: readonly string[]): boolean {
  for (let k = 0; k < marker.length; k++) {
    const token = tokens[from + k];
    const word = marker[k];
    if (!token || from + k >= end) return false;
    if (word === BE_PLACEHOLDER ? !PRESENT_BE.has(token.lower) : token.lower !== word) return false;
  }
  // "is due to meet", not "is due to the storm".
  if (marker[marker.length - 1] === "to") return isVerbal(tokens[from + marker.length]);
  return true;
}

/**
 * True when a future marker starts at token `i`: will / 'll / shall / won't,
 * a sequence from the future-markers list ("is expected to", "to be held"),
 * "next" before a period word ("next week", "next Tuesday"), or "tomorrow".
 */
export function isFutureMarkerAt(tokens: readonly Token[], i: number, end: number, lists: LanguageLists): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (token.pos === "AUX" && MODALS_OF_FUTURE.has(token.lower)) return true;
  if (token.lower === "tomorrow") return true;
  if (token.lower === "next" && PERIOD_WORDS.has(tokens[i + 1]?.lower ?? "")) return true;
  for (const marker of markersStartingWith(lists, token.lower)) if (matchesMarker(tokens, i, end, marker)) return true;
  return false;
}

/**
 * True when token `i` is a past form that sets the clause in the past: not a
 * participle after a present form of "to be" ("is held", "are expected") or
 * after a determiner ("the proposed summit").
 * "yesterday", "ago" and "last" before a period word count as past too.
 */
export function isPastMarkerAt(tokens: readonly Token[], i: number, start: number, lists: LanguageLists): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (token.lower === "yesterday" || token.lower === "ago") return true;
  if (token.lower === "last" && PERIOD_WORDS.has(tokens[i + 1]?.lower ?? "")) return true;
  if (!isPastForm(token, lists)) return false;
  // "a U.S. Army Pacific-sponsored exercise" is an adjective; "the exercise, hosted by Indonesia," a participle describing a noun.
  if (isGluedHyphen(tokens, i - 1) || (tokens[i - 1]?.text === "," && tokens[i + 1]?.lower === "by")) return false;
  let k = i - 1;
  while (k >= start && INSIDE_VERB_GROUP.has(tokens[k]?.pos ?? "")) k--;
  const before = tokens[k];
  // "is held" is passive present; "the proposed summit" is an adjective, not a verb.
  return !(k >= start && before && (NON_PAST_BE.has(before.lower) || before.pos === "DET"));
}

/** A headline's "X to visit Y": an infinitive with no verb before it announces a future act. */
function isHeadlineInfinitive(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (!token) return false;
    if (token.lower === "to" && token.pos === "PART" && tokens[i + 1]?.pos === "VERB") return true;
    if (isVerbal(token)) return false;
  }
  return false;
}

/** The tense the clause's own words mark, or null when they mark none. */
function markedTense(tokens: readonly Token[], start: number, end: number, lists: LanguageLists): Tense | null {
  let past = false;
  for (let i = start; i < end; i++) {
    if (isFutureMarkerAt(tokens, i, end, lists)) return "future";
    if (!past && isPastMarkerAt(tokens, i, start, lists)) past = true;
  }
  return past ? "past" : null;
}

/** The tense of the clause around token index `at` in the sentence. */
export function clauseTense(tokens: readonly Token[], sentence: Sentence, at: number, lists: LanguageLists): Tense {
  const clauses = clausesOf(tokens, sentence, lists);
  const k = clauseIndex(clauses.starts, at);
  let tense = clauses.tenses[k];
  if (!tense) {
    tense = tenseOfClause(tokens, sentence, at, lists);
    clauses.tenses[k] = tense;
  }
  return tense;
}

/** The tense of the clause around token `at`, worked out from its words. */
function tenseOfClause(tokens: readonly Token[], sentence: Sentence, at: number, lists: LanguageLists): Tense {
  const { start, end } = clauseBounds(tokens, sentence, at, lists);
  const marked = markedTense(tokens, start, end, lists);
  if (marked) return marked;
  // "will start in May and finish in June": a bare verb after "and" shares the tense of the verb group before it.
  if (start > sentence.tokenStart && tokens[start]?.pos === "CCONJ" && tokens[start + 1]?.pos === "VERB") {
    return clauseTense(tokens, sentence, start - 1, lists);
  }
  if (sentence.role === "headline" && isHeadlineInfinitive(tokens, start, end)) return "future";
  return "present";
}
