import * as chrono from "chrono-node";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { Tense } from "../../model/doc.js";
import {
  MONTH_NAMES, WEEKDAY_NAMES, dayOf, monthRange, parts, partNamed, partOf, weekdayOf,
  type Day, type DayRange, type Part,
} from "./calendar.js";
import { chooseByTense, type DateCandidate, type DateContext, type Resolution } from "./candidate.js";

/**
 * Calendar phrases (month names with or without a day or year, ISO dates,
 * weekdays, and the explicit ranges between them), recognised by chrono-node
 * and resolved here. chrono resolves a weekday to the nearest one and a
 * month-day without a year to the nearest year, whatever the tense; we keep
 * only the components it read from the text and choose the year or the week
 * by the tense of the clause.
 *
 * Only chrono's calendar parsers run. Left out on purpose: times of day
 * ("at 10 a.m."), durations ("for two hours", "within days"), slash dates
 * ("24/7"), "now" (a tense cue, not a date), and chrono's relative phrases
 * ("next week" is a point to chrono; `relative.ts` reads it as the week).
 *
 * Each parser comes with what it cannot match without: one of its words, as
 * letters in any case anywhere in the text ("mon" in "month" counts too), or
 * an ISO date's digits. A parser whose needs are absent finds nothing, so
 * leaving it out of a call changes no result and saves chrono a pass over the text.
 */
const PARSER_NEEDS = {
  // Hyphens or en dashes: a sentence is checked as written, before its en dashes become hyphens.
  iso: /\d{4}[-–]\d{1,2}[-–]\d{1,2}/,
  month: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  weekday: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i,
} as const;
type ParserNeed = keyof typeof PARSER_NEEDS;
const NEED_NAMES = Object.keys(PARSER_NEEDS) as ParserNeed[];

/** Any parser's needs, in one scan: most sentences hold none. */
const ANY_PARSER_NEED = new RegExp(Object.values(PARSER_NEEDS).map((need) => need.source).join("|"), "i");

const CALENDAR_PARSERS: Readonly<Record<string, ParserNeed>> = {
  ISOFormatParser: "iso",
  ENMonthNameLittleEndianParser: "month",
  ENMonthNameMiddleEndianParser: "month",
  ENMonthNameParser: "month",
  ENWeekdayParser: "weekday",
};

/**
 * Refiners we replace: the end-of-period one turns "the end of August" into
 * August 31 (MONTH_PART reads it as late August); the unlikely-format filter
 * drops "May" unless "in" precedes it, where `phraseOf` checks capitals and context.
 */
const LEFT_OUT_REFINERS = ["ENEndOfPeriodRefiner", "ENUnlikelyFormatFilter"];

function calendarChrono(): chrono.Chrono {
  const configuration = chrono.en.configuration.createCasualConfiguration();
  const names = Object.keys(CALENDAR_PARSERS);
  const parsers = configuration.parsers.filter((parser) => names.includes(parser.constructor.name));
  if (parsers.length !== names.length) {
    // A chrono-node upgrade renamed a parser: fail loudly rather than silently lose dates.
    throw new Error(`chrono-node: expected parsers ${names.join(", ")}`);
  }
  const refiners = configuration.refiners.filter((refiner) => !LEFT_OUT_REFINERS.includes(refiner.constructor.name));
  return new chrono.Chrono({ parsers, refiners });
}

const CALENDAR = calendarChrono();

/** Chrono with a subset of CALENDAR's parsers (in CALENDAR's order), by the needs they share; built on first use. */
const calendarSubsets = new Map<string, chrono.Chrono>();

/** Chrono with only the calendar parsers that can match in `text`; null when none can. */
function chronoFor(text: string): chrono.Chrono | null {
  const needs = NEED_NAMES.filter((need) => PARSER_NEEDS[need].test(text));
  if (needs.length === 0) return null;
  const key = needs.join(" ");
  let subset = calendarSubsets.get(key);
  if (!subset) {
    const parsers = CALENDAR.parsers.filter((parser) => {
      const need = CALENDAR_PARSERS[parser.constructor.name];
      return need !== undefined && needs.includes(need);
    });
    subset = new chrono.Chrono({ parsers, refiners: CALENDAR.refiners });
    calendarSubsets.set(key, subset);
  }
  return subset;
}

/** Words before a bare month name that make it a date ("in June", "since March", "last May"); "Theresa May" is not. */
const MONTH_CONTEXT = /\b(?:in|by|since|until|till|through|throughout|during|before|after|from|between|of|last|next|this)\s+$/i;
/** A qualifier before a month that narrows it to a third: "early March", "mid-June", "the end of August". */
const MONTH_PART = /(?:\b(early|late|mid)[- ]?|\b(?:the\s+)?(beginning|start|middle|end) of\s+)$/i;
const HABITUAL = /\b(?:every|each)\s+$/i;
const MODIFIER = /^(last|next|this|past)\s+/i;
const MODIFIER_BEFORE = /\b(last|next|this)\s+$/i;
/** What chrono may leave around a phrase: trailing punctuation and spaces, a leading "on". */
const TRAILING = /[\s,;:]/;
const LEADING_ON = /^on\s+/i;
/** A phrase that opens with a number dashed to a word ("5-May"), which is left out. */
const NUMBER_BEFORE_WORD = /^\d+\s*[-–]\s*\p{L}/u;
/** "March's" names the month as a thing ("March's vote"), not a time. */
const POSSESSIVE = /^['’]s\b/;

interface Known {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

function known(components: ParsedComponents): Known {
  const read = (c: "year" | "month" | "day" | "weekday") => (components.isCertain(c) ? (components.get(c) ?? undefined) : undefined);
  return { year: read("year"), month: read("month"), day: read("day"), weekday: read("weekday") };
}

const WORDS = /\p{L}+/gu;
const CAPITALISED = /^\p{Lu}/u;

/** The starts of three letters or more of the names: "sep", "sept", ..., "september". */
function startsOf(names: readonly string[]): ReadonlySet<string> {
  return new Set(names.flatMap((name) => Array.from({ length: name.length - 2 }, (_, k) => name.slice(0, k + 3))));
}

const MONTH_STARTS = startsOf(MONTH_NAMES);
const WEEKDAY_STARTS = startsOf(WEEKDAY_NAMES);
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/**
 * True when every month or weekday word in the phrase is capitalised and every
 * weekday is written in full, so "a march", "he sat" and "The Sun" are not dates.
 */
function writtenAsDate(text: string): boolean {
  for (const word of text.match(WORDS) ?? []) {
    const lower = word.toLowerCase();
    const isMonth = MONTH_STARTS.has(lower);
    const isWeekday = WEEKDAY_STARTS.has(lower);
    if (!isMonth && !isWeekday) continue;
    if (!CAPITALISED.test(word)) return false;
    if (isWeekday && !isMonth && !WEEKDAYS.has(lower)) return false;
  }
  return true;
}

function hasWeekdayName(text: string): boolean {
  return (text.toLowerCase().match(WORDS) ?? []).some((word) => WEEKDAYS.has(word));
}

function publicationYears(published: Day): number[] {
  const year = parts(published).year;
  return [year - 1, year, year + 1];
}

/** A month-day with an optional end, resolved in a given start year: the end rolls into the next year if it comes earlier. */
function dayRangeIn(year: number, start: Known, end: Known | null): DayRange | null {
  if (start.month === undefined || start.day === undefined) return null;
  const first = dayOf(start.year ?? year, start.month, start.day);
  if (!end || end.day === undefined) return { start: first, end: first };
  const endMonth = end.month ?? start.month;
  let last = dayOf(end.year ?? start.year ?? year, endMonth, end.day);
  if (last < first && end.year === undefined) last = dayOf((start.year ?? year) + 1, endMonth, end.day);
  return last < first ? null : { start: first, end: last };
}

function monthRangeIn(year: number, start: Known, end: Known | null): DayRange | null {
  if (start.month === undefined) return null;
  const first = monthRange(start.year ?? year, start.month);
  if (!end || end.month === undefined) return first;
  let last = monthRange(end.year ?? start.year ?? year, end.month);
  if (last.end < first.start && end.year === undefined) last = monthRange((start.year ?? year) + 1, end.month);
  return last.end < first.start ? null : { start: first.start, end: last.end };
}

/** The weekday `weekday` (0 = Sunday) nearest before-or-on, and the ones a week either side. */
function weekdayOptions(published: Day, weekday: number): DayRange[] {
  const onOrBefore = published - ((weekdayOf(published) - weekday + 7) % 7);
  return [onOrBefore - 7, onOrBefore, onOrBefore + 7].map((d) => ({ start: d, end: d }));
}

function weekdayEndAfter(startDay: Day, end: Known | null): Day {
  if (!end || end.weekday === undefined) return startDay;
  return startDay + ((end.weekday - weekdayOf(startDay) + 7) % 7);
}

interface Phrase {
  start: number;
  end: number;
  first: Known;
  last: Known | null;
  /** "last", "next" or "this" written before a weekday or a month. */
  modifier: string | null;
  part: Part | null;
}

function resolveDays(p: Phrase, published: Day | null, tense: Tense): Resolution | null {
  const kind = p.last && p.last.day !== undefined ? "day-range" : "day";
  if (p.first.year !== undefined) {
    const range = dayRangeIn(p.first.year, p.first, p.last);
    return range && { range, rule: `dates/${kind}` };
  }
  if (published === null) return null;
  const options = publicationYears(published).map((y) => dayRangeIn(y, p.first, p.last)).filter((r) => r !== null);
  const range = chooseByTense(options, published, tense);
  return range && { range, rule: `dates/${kind}-${tense}` };
}

function resolveMonths(p: Phrase, published: Day | null, tense: Tense): Resolution | null {
  const narrow = (range: DayRange) => (p.part ? partOf(range, p.part) : range);
  const kind = p.part ? "month-part" : "month";
  if (p.first.year !== undefined) {
    const range = monthRangeIn(p.first.year, p.first, p.last);
    return range && { range: narrow(range), rule: `dates/${kind}` };
  }
  if (published === null) return null;
  const options = publicationYears(published).map((y) => monthRangeIn(y, p.first, p.last)).filter((r) => r !== null);
  const current = monthRange(parts(published).year, parts(published).month);
  let range: DayRange | null | undefined;
  let how: string = tense;
  if (p.modifier === "last") {
    range = options.filter((o) => o.start < current.start).at(-1);
    how = "last";
  } else if (p.modifier === "next") {
    range = options.find((o) => o.start > current.end);
    how = "next";
  } else if (p.modifier === "this" || tense === "present") {
    // "June" in a present-tense clause, or "this June": the publication year's.
    range = monthRangeIn(parts(published).year, p.first, p.last);
    how = p.modifier ?? tense;
  } else {
    range = chooseByTense(options, published, tense);
  }
  return range ? { range: narrow(range), rule: `dates/${kind}-${how}` } : null;
}

function resolveWeekdays(p: Phrase, published: Day | null, tense: Tense): Resolution | null {
  if (published === null || p.first.weekday === undefined) return null;
  const options = weekdayOptions(published, p.first.weekday);
  let chosen: DayRange | null | undefined;
  let how: string = tense;
  if (p.modifier === "last" || p.modifier === "past") {
    chosen = options.filter((o) => o.start < published).at(-1);
    how = "last";
  } else if (p.modifier === "next") {
    chosen = options.find((o) => o.start > published);
    how = "next";
  } else {
    chosen = chooseByTense(options, published, tense);
  }
  if (!chosen) return null;
  return { range: { start: chosen.start, end: weekdayEndAfter(chosen.start, p.last) }, rule: `dates/weekday-${how}` };
}

function resolvePhrase(p: Phrase, context: DateContext): Resolution | null {
  if (p.first.day !== undefined) return resolveDays(p, context.published, context.tense);
  if (p.first.month !== undefined) return resolveMonths(p, context.published, context.tense);
  return resolveWeekdays(p, context.published, context.tense);
}

/**
 * The phrase chrono found, trimmed to the date itself ("on Tuesday" → "Tuesday",
 * trailing commas and spaces dropped) and widened to a part-of-month qualifier;
 * null when it is not a date in news text.
 */
function phraseOf(result: ParsedResult, text: string): Phrase | null {
  let start = result.index;
  let end = result.index + result.text.length;
  while (end > start && TRAILING.test(text[end - 1] ?? "")) end--;
  const on = LEADING_ON.exec(text.slice(start, end));
  if (on) start += on[0].length;
  const phrase = text.slice(start, end);
  if (!writtenAsDate(phrase) || NUMBER_BEFORE_WORD.test(phrase)) return null;

  const first = known(result.start);
  const last = result.end ? known(result.end) : null;
  const modifier = MODIFIER.exec(phrase)?.[1]?.toLowerCase() ?? null;
  const before = text.slice(0, start);
  if (first.day === undefined && first.month === undefined) {
    // "every Sunday" is a habit, not a date.
    if (first.weekday === undefined || !hasWeekdayName(phrase) || HABITUAL.test(before)) return null;
    return { start, end, first, last, modifier, part: null };
  }
  if (first.day !== undefined) return { start, end, first, last, modifier, part: null };

  const part = MONTH_PART.exec(before);
  if (part) {
    return { start: start - part[0].length, end, first, last, modifier, part: partNamed(part[1] ?? part[2] ?? "") };
  }
  if (POSSESSIVE.test(text.slice(end))) return null;
  if (first.year !== undefined) return { start, end, first, last, modifier, part: null };
  if (!MONTH_CONTEXT.test(before)) return null;
  const written = MODIFIER_BEFORE.exec(before);
  if (written) return { start: start - written[0].length, end, first, last, modifier: written[1]?.toLowerCase() ?? null, part: null };
  return { start, end, first, last, modifier, part: null };
}

const AND_BETWEEN_DAYS = /^\s+and\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/** Two day phrases joined as "between May 1 and May 3" become one range. */
function joinBetween(phrases: Phrase[], text: string): Phrase[] {
  const joined: Phrase[] = [];
  for (let i = 0; i < phrases.length; i++) {
    const a = phrases[i];
    const b = phrases[i + 1];
    if (
      a && b && a.first.day !== undefined && b.first.day !== undefined && !a.last && !b.last &&
      AND_BETWEEN_DAYS.test(text.slice(a.end, b.start)) && BETWEEN_BEFORE.test(text.slice(0, a.start))
    ) {
      joined.push({ ...a, end: b.end, last: { ...b.first, month: b.first.month ?? a.first.month } });
      i++;
    } else if (a) {
      joined.push(a);
    }
  }
  return joined;
}

/** Words chrono's calendar parsers start from: a capitalised month or weekday, or a digit. */
const CALENDAR_ANCHOR = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|\d+/g;
/** How much text around an anchor chrono sees: enough for "from March 23 to March 25, 2022". */
const CALENDAR_REACH = 40;
const WHITESPACE = /\s/;

/**
 * The stretches of a sentence worth handing to chrono: each anchor with the text
 * around it, cut at spaces and merged where they overlap. Chrono's cost grows with
 * the text it reads, and most of a sentence holds no date.
 */
function calendarWindows(text: string): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  CALENDAR_ANCHOR.lastIndex = 0;
  for (let match = CALENDAR_ANCHOR.exec(text); match; match = CALENDAR_ANCHOR.exec(text)) {
    let start = Math.max(0, match.index - CALENDAR_REACH);
    let end = Math.min(text.length, match.index + match[0].length + CALENDAR_REACH);
    while (start > 0 && !WHITESPACE.test(text[start - 1] ?? "")) start--;
    while (end < text.length && !WHITESPACE.test(text[end] ?? "")) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** " and 22" after a day, then the end of a clause or a preposition: the second day of the same month ("on February 21 and 22"). */
const AND_SECOND_DAY = /^\s+and\s+(\d{1,2})(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|to|for|with|and)\b)/;

/** "February 21 and 22": a day phrase followed by a second day of its month becomes a two-day range. */
function withSecondDay(phrase: Phrase, text: string): Phrase {
  const first = phrase.first.day;
  if (first === undefined || phrase.last) return phrase;
  const second = AND_SECOND_DAY.exec(text.slice(phrase.end));
  const day = Number(second?.[1]);
  if (!second || !(day > first && day <= 31)) return phrase;
  return { ...phrase, end: phrase.end + second[0].length, last: { ...phrase.first, day, weekday: undefined } };
}

/** Calendar phrases in one window: `text` as written, `readable` as chrono reads it. */
function windowCandidates(text: string, readable: string, offset: number, reference: Date): DateCandidate[] {
  const parser = chronoFor(readable);
  if (!parser) return [];
  const results = parser.parse(readable, { instant: reference, timezone: 0 });
  const phrases = joinBetween(
    results.map((r) => phraseOf(r, text)).filter((p) => p !== null),
    text,
  ).map((p) => withSecondDay(p, text));
  return phrases.map((p) => ({
    start: offset + p.start,
    end: offset + p.end,
    resolve: (context: DateContext) => resolvePhrase(p, context),
  }));
}

/**
 * Calendar phrases in a sentence's `text`, which starts at `offset` in the Doc's
 * text. `reference` is the publication day at noon UTC (or any instant when there
 * is none: only the components chrono read from the text are used). Chrono reads
 * each window around an anchor separately, with only the parsers that can match in it.
 */
export function calendarCandidates(text: string, offset: number, reference: Date): DateCandidate[] {
  if (!ANY_PARSER_NEED.test(text)) return [];
  // An en dash joins ranges ("March 23–25"); chrono reads only the hyphen. Same length, so offsets hold.
  const readable = text.replaceAll("–", "-");
  const candidates: DateCandidate[] = [];
  for (const { start, end } of calendarWindows(text)) {
    candidates.push(...windowCandidates(text.slice(start, end), readable.slice(start, end), offset + start, reference));
  }
  return candidates;
}
