import type { DateMention, Doc, Sentence, Tense, Token } from "../model/doc.js";
import { overlaps, type Span } from "../model/span.js";
import { defineAnnotator } from "./annotator.js";
import { isoDay, parseIsoDay, type Day } from "./dates/calendar.js";
import { calendarCandidates } from "./dates/calendar-phrases.js";
import type { DateCandidate, Resolution } from "./dates/candidate.js";
import { relativeCandidates, SAME_DAY_RULE } from "./dates/relative.js";
import { clauseTense } from "./tense.js";
import type { LanguageLists } from "../knowledge/types.js";

/**
 * A sentence can hold a date only if it has a digit or one of these word
 * starts (months, weekdays, day and period words); the rest skip the parsers.
 */
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|overnight|tomorrow|yesterday|morning|afternoon|evening|night|week|month|year|day|hour|recent|ago)/i;

/** Chrono's reference instant: noon UTC on the publication day, so no time zone can move the day. */
function referenceInstant(published: Day | null): Date {
  return new Date(Date.UTC(1970, 0, 1 + (published ?? 0), 12));
}

function tokenAt(doc: Readonly<Doc>, sentence: Sentence, offset: number): number {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if ((doc.tokens[i]?.end ?? 0) > offset) return i;
  }
  return sentence.tokenEnd - 1;
}

/** A candidate resolved in its clause, before overlapping readings are settled. */
interface Resolved extends Span {
  tense: Tense;
  resolution: Resolution;
}

/** How many words may stand between a prospective opener and the date ("ahead of | a NATO summit in | July"). */
const PROSPECTIVE_REACH = 8;

/** Whether a date at token `first` sits in a phrase opened by a prospective opener, with no verb or comma between ("ahead of the summit in July"). */
function inProspectivePhrase(tokens: readonly Token[], sentenceStart: number, first: number, lists: LanguageLists): boolean {
  const openers = lists.tense?.prospectiveOpeners ?? [];
  for (let i = first - 1; i >= Math.max(sentenceStart, first - PROSPECTIVE_REACH); i--) {
    const token = tokens[i];
    if (!token || token.pos === "VERB" || token.pos === "AUX" || token.text === "," || token.text === ";") return false;
    if (openers.some((words) => words.every((word, k) => tokens[i + k]?.lower === word) && i + words.length <= first)) return true;
  }
  return false;
}

function sentenceDates(doc: Readonly<Doc>, index: number, published: Day | null, reference: Date, lists: LanguageLists): DateMention[] {
  const sentence = doc.sentences[index];
  if (!sentence || sentence.role === "furniture") return [];
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!MAY_HOLD_DATE.test(text)) return [];
  // Our own relative phrases come first: where chrono reads the same words, ours wins.
  const candidates: DateCandidate[] = relativeCandidates(text, sentence.start);
  candidates.push(...calendarCandidates(text, sentence.start, reference));
  const resolved: Resolved[] = [];
  for (const candidate of candidates) {
    const first = tokenAt(doc, sentence, candidate.start);
    // "cancelled his planned June 12 summit": the summit's date is still to come, whatever the clause's tense.
    const prospective =
      first > sentence.tokenStart &&
      (lists.tense?.prospectiveModifiers.has(doc.tokens[first - 1]?.lower ?? "") === true || inProspectivePhrase(doc.tokens, sentence.tokenStart, first, lists));
    const tense = prospective ? "future" : clauseTense(doc.tokens, sentence, first, lists);
    const resolution = candidate.resolve({ published, tense });
    if (resolution) resolved.push({ start: candidate.start, end: candidate.end, tense, resolution });
  }
  // Days are written out only for the readings that survive: formatting costs more than resolving.
  return joinWeekdayPairs(doc.text, withoutOverlaps(resolved)).map(({ start, end, tense, resolution }) => ({
    start,
    end,
    text: doc.text.slice(start, end),
    range: { start: isoDay(resolution.range.start), end: isoDay(resolution.range.end) },
    sentence: index,
    tense,
    rule: resolution.rule,
  }));
}

/**
 * "spent Wednesday and Thursday in talks": two weekdays joined by "and" are one stretch of
 * days. In the past the later-named day is the last such day and the stretch runs back to
 * the first; otherwise the first-named day starts it and it runs forward.
 */
function joinWeekdayPairs(text: string, resolved: readonly Resolved[]): Resolved[] {
  const joined: Resolved[] = [];
  for (let i = 0; i < resolved.length; i++) {
    const first = resolved[i] as Resolved;
    const second = resolved[i + 1];
    const weekdays = second !== undefined && isWeekday(first) && isWeekday(second) && text.slice(first.end, second.start) === " and ";
    if (!weekdays || second === undefined) {
      joined.push(first);
      continue;
    }
    const gap = (((second.resolution.range.start - first.resolution.range.start) % 7) + 7) % 7;
    const range =
      second.tense === "past"
        ? { start: second.resolution.range.start - gap, end: second.resolution.range.start }
        : { start: first.resolution.range.start, end: first.resolution.range.start + gap };
    joined.push({ start: first.start, end: second.end, tense: second.tense, resolution: { range, rule: "dates/weekday-pair" } });
    i++;
  }
  return joined;
}

function isWeekday(date: Resolved): boolean {
  return date.resolution.rule.startsWith("dates/weekday-") && date.resolution.range.start === date.resolution.range.end;
}

/** Keeps the longest of overlapping spans (the earlier-found on a tie), in text order. */
function withoutOverlaps<T extends Span>(spans: readonly T[]): T[] {
  // Most sentences hold one date phrase or none.
  if (spans.length < 2) return [...spans];
  const byLength = spans
    .map((span, order) => ({ span, order }))
    .sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.order - b.order);
  const kept: T[] = [];
  for (const { span } of byLength) {
    if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "On Monday, Austin met ... Later in the day, he ...": a phrase naming the day of the date before it takes that
 * date's day, when it is one day; with none before, it stays the publication day.
 */
function anchorSameDay(dates: readonly DateMention[]): DateMention[] {
  return dates.map((date, k) => {
    if (date.rule !== SAME_DAY_RULE) return date;
    const before = dates.slice(0, k).findLast((d) => d.rule !== SAME_DAY_RULE);
    if (!before || before.range.start !== before.range.end) return date;
    return { ...date, range: { ...before.range }, rule: `${SAME_DAY_RULE}-as-before` };
  });
}

/**
 * Date phrases resolved against the publication day into inclusive ISO day
 * ranges, each with the tense of its clause and the rule that decided it.
 * Furniture (captions, banners) is skipped. Without a publication day only
 * phrases that name their year resolve ("March 3, 2020", "in 2022").
 */
export const datesAnnotator = defineAnnotator({
  name: "dates",
  requires: ["tokens", "sentences"],
  adds: ["dates"],
  annotate(doc, kb) {
    const published = doc.published === null ? null : parseIsoDay(doc.published);
    const reference = referenceInstant(published);
    const dates: DateMention[] = [];
    for (let i = 0; i < doc.sentences.length; i++) dates.push(...sentenceDates(doc, i, published, reference, kb.language));
    return { dates: anchorSameDay(dates) };
  },
});
