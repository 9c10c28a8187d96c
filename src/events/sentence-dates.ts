import type { DateMention, Doc } from "../model/doc.js";
import type { Knowledge } from "../knowledge/types.js";
import { clauseBounds } from "../language/tense.js";
import type { TriggerMention } from "./candidate.js";

/** A date phrase that may date an act, with the trigger it belongs to, if any. */
export interface OwnedDate {
  date: DateMention;
  owner: TriggerMention | undefined;
}

/**
 * The date phrases of one sentence, with the trigger each belongs to: the same for
 * every trigger of the sentence, so worked out once per sentence.
 */
export interface SentenceDates {
  /** Every date phrase of the sentence, in text order. */
  all: DateMention[];
  /** The dates that date a single act (not those opened by "since"), in text order. */
  owned: OwnedDate[];
}

/** The date phrases of sentence `sentence`, owned among its acts `sentenceTriggers`. */
export function sentenceDates(doc: Readonly<Doc>, kb: Knowledge, sentence: number, sentenceTriggers: readonly TriggerMention[]): SentenceDates {
  const all = doc.dates.filter((d) => d.sentence === sentence);
  const owned = all.filter((d) => !startsSpanToNow(doc, d)).map((d) => ({ date: d, owner: ownerOf(doc, kb, d, sentenceTriggers) }));
  return { all, owned };
}

/** How far back from a date a "since" may open its phrase ("since taking office in 2021"). */
const SINCE_REACH = 32;

/**
 * "the first visit since 2000", "his second since taking office in 2021": a date in a
 * phrase opened by "since" starts a span that runs to now; it dates no single act.
 */
function startsSpanToNow(doc: Readonly<Doc>, date: DateMention): boolean {
  return /\bsince\b[^,.;:—()"“”]*$/i.test(doc.text.slice(Math.max(0, date.start - SINCE_REACH), date.start));
}

/**
 * The trigger a date phrase belongs to: the nearest one before it in its sentence, if any, unless the date
 * sits in a later clause joined by "and" or "but" ("blocked the aid, and leaders said they would try again
 * early next year"), which tells of something else.
 */
function ownerOf(doc: Readonly<Doc>, kb: Knowledge, date: DateMention, sentenceTriggers: readonly TriggerMention[]): TriggerMention | undefined {
  const modified = nounAfterDate(doc, date, sentenceTriggers);
  if (modified) return modified;
  let owner: TriggerMention | undefined;
  for (const t of sentenceTriggers) {
    if ((doc.tokens[t.tokenEnd - 1]?.end ?? Infinity) <= date.start && (!owner || t.tokenStart > owner.tokenStart)) owner = t;
  }
  const sentence = doc.sentences[date.sentence];
  if (!owner || !sentence) return owner;
  const ownerClause = clauseBounds(doc.tokens, sentence, owner.tokenStart, kb.language);
  const conjunction = doc.tokens[ownerClause.end]?.text === "," ? ownerClause.end + 1 : ownerClause.end;
  const joined = doc.tokens[conjunction]?.pos === "CCONJ" && (doc.tokens[conjunction]?.start ?? Infinity) < date.start;
  return joined && finiteVerbBetween(doc, conjunction + 1, date.start) ? undefined : owner;
}

/** Whether a finite verb stands from token `from` up to a character offset: "and leaders | said | ...", not "and the Philippines, to be held". */
function finiteVerbBetween(doc: Readonly<Doc>, from: number, endOffset: number): boolean {
  for (let i = from; i < doc.tokens.length && (doc.tokens[i]?.end ?? Infinity) <= endOffset; i++) {
    const token = doc.tokens[i];
    const before = doc.tokens[i - 1]?.lower;
    if ((token?.pos === "VERB" || token?.pos === "AUX") && before !== "to" && before !== "be" && token.lower !== "be") return true;
  }
  return false;
}

/** Tags of the words between a date and the event noun it modifies ("June 29 trilateral meeting"). */
const NOUN_MODIFIERS = new Set(["ADJ", "NOUN", "PROPN"]);

/** The event noun a date modifies from before it: "the President's June 29 trilateral meeting". */
function nounAfterDate(doc: Readonly<Doc>, date: DateMention, sentenceTriggers: readonly TriggerMention[]): TriggerMention | undefined {
  const sentence = doc.sentences[date.sentence];
  if (!sentence) return undefined;
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd && (doc.tokens[i]?.start ?? Infinity) < date.end) i++;
  const start = i;
  while (i - start < 3 && NOUN_MODIFIERS.has(doc.tokens[i]?.pos ?? "") && !sentenceTriggers.some((t) => t.tokenStart === i)) i++;
  return sentenceTriggers.find((t) => t.tokenStart === i && t.trigger.pos === "noun");
}
