import type { Tense } from "../../model/doc.js";
import {
  partNamed, partOf, periodOf, shift, weekendOf, yearRange,
  type Day, type DayRange, type Unit,
} from "./calendar.js";
import { chooseByTense, type DateCandidate, type DateContext, type Resolution } from "./candidate.js";

/**
 * Relative date phrases that chrono-node reads as points or not at all, found
 * with regular expressions and resolved against the publication day:
 * day words, weeks and weekends, months and years named relative to now,
 * periods that end or start at publication, "... ago", and bare years after
 * a preposition of time. Each whole match is the phrase; context that must
 * precede it (a preposition) sits in a look-behind.
 */

/** How many units "a few", "several", "two" stand for. "Few" and "several" are loose: 3 and 5. */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, "couple of": 2, "a couple of": 2, few: 3, "a few": 3, several: 5,
};
const COUNT = String.raw`(\d{1,3}|a couple of|couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** How far back "recent days" and forward "the coming weeks" reach when no number is given. */
const OPEN_PERIOD: Readonly<Record<Unit, number>> = { day: 7, week: 4, month: 3, year: 3 };

/** A year of the 20th or 21st century, not part of a longer number, a decade ("1990s") or an amount ("2,050"). */
const YEAR = String.raw`((?:19|20)\d\d)(?![\d%]|s\b|[,.]\d)`;
/** Prepositions after which a bare year is a date ("in 2022", "by 2050", "since 2019"). */
const YEAR_CONTEXT = String.raw`(?<=\b(?:in|by|since|until|till|through|throughout|during|before|after|from|between)\s+)`;

/** The start of a year that YEAR matches: every year phrase holds one. */
const YEAR_CUES = ["19", "20"];

/**
 * A phrase resolved against the publication day, or (`absolute`) one that names
 * its years itself. `cues` are lowercase strings of which every match holds one:
 * a sentence without any skips the pattern, which costs far more than finding cues.
 */
type RelativeRule = { pattern: RegExp; cues: readonly string[] } & (
  | { resolve(match: RegExpExecArray, published: Day, tense: Tense): Resolution | null }
  | { absolute(match: RegExpExecArray): Resolution | null }
);

function countOf(word: string | undefined): number {
  if (!word) return 1;
  const lower = word.toLowerCase();
  return COUNT_WORDS[lower] ?? Number(lower);
}

/** The number of units a period phrase spans: as written, else one for a singular unit, else the open default. */
function countGiven(count: string | undefined, plural: string | undefined, unit: Unit): number {
  if (count) return countOf(count);
  return plural ? OPEN_PERIOD[unit] : 1;
}

function unitOf(word: string | undefined): Unit {
  const lower = (word ?? "").toLowerCase().replace(/s$/, "");
  return lower === "week" || lower === "month" || lower === "year" ? lower : "day";
}

/** The rule of a phrase that names the day of the date told before it ("later in the day", "the same day"). */
export const SAME_DAY_RULE = "dates/same-day";

function single(day: Day, rule: string): Resolution {
  return { range: { start: day, end: day }, rule };
}

/** The period holding publication, moved by `step` whole periods ("next month" = +1). */
function relativePeriod(published: Day, unit: Unit, step: number): DayRange {
  return periodOf(shift(periodOf(published, unit).start, unit, step), unit);
}

function stepOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === "next") return 1;
  if (lower === "last") return -1;
  return 0;
}

function periodName(step: number): string {
  if (step > 0) return "next";
  if (step < 0) return "last";
  return "this";
}

const RULES: readonly RelativeRule[] = [
  {
    pattern: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi,
    cues: ["today", "tonight", "this morning", "this afternoon", "this evening"],
    resolve: (_m, published) => single(published, "dates/today"),
  },
  {
    pattern: /\b(?:yesterday|last night)\b/gi,
    cues: ["yesterday", "last night"],
    resolve: (_m, published) => single(published - 1, "dates/yesterday"),
  },
  {
    // "struck overnight": the night that ends on the publication day.
    pattern: /\bovernight\b/gi,
    cues: ["overnight"],
    resolve: (_m, published) => ({ range: { start: published - 1, end: published }, rule: "dates/overnight" }),
  },
  {
    // "Later in the day, Austin is scheduled to meet ...", "warned the same day": the day of the date told before it
    // (`anchorSameDay` in the dates layer), else the publication day.
    pattern: /\b(?:(?:earlier|later) (?:in the day|that day)|(?:on )?(?:the|that) same day)\b/gi,
    cues: ["in the day", "that day", "same day"],
    resolve: (_m, published) => single(published, SAME_DAY_RULE),
  },
  {
    pattern: /\btomorrow\b/gi,
    cues: ["tomorrow"],
    resolve: (_m, published) => single(published + 1, "dates/tomorrow"),
  },
  {
    // "this week", "earlier this week", "later in the week", "next month", "last year" (but not "the last year").
    pattern: /(?:\b(earlier|later) (?:this|in the)|(?<!\bthe )\b(this|next|last)) (week|month|year)\b(?!\s+of\b)/gi,
    cues: ["week", "month", "year"],
    resolve: (m, published) => {
      const unit = unitOf(m[3]);
      const step = stepOf(m[2] ?? "this");
      const period = relativePeriod(published, unit, step);
      // "earlier this week" ends the day before publication, "later this year" starts the day after (while the period lasts).
      const side = m[1]?.toLowerCase();
      if (side === "earlier" && published > period.start) return { range: { start: period.start, end: published - 1 }, rule: `dates/earlier-this-${unit}` };
      if (side === "later" && published < period.end) return { range: { start: published + 1, end: period.end }, rule: `dates/later-this-${unit}` };
      return { range: period, rule: `dates/${periodName(step)}-${unit}` };
    },
  },
  {
    // "the end of the month", "the beginning of next year", "early next month", "late this year".
    pattern: /\b(?:the (beginning|start|middle|end) of (?:the|this|(next|last))|(early|late|mid)[- ](?:this|(next|last))) (month|year)\b/gi,
    cues: ["month", "year"],
    resolve: (m, published) => {
      const unit = unitOf(m[5]);
      const step = stepOf(m[2] ?? m[4] ?? "this");
      return { range: partOf(relativePeriod(published, unit, step), partNamed(m[1] ?? m[3] ?? "")), rule: "dates/period-part" };
    },
  },
  {
    pattern: /\b(this|next|last) weekend\b/gi,
    cues: [" weekend"],
    resolve: (m, published) => {
      const step = stepOf(m[1] ?? "this");
      const weekend = weekendOf(published + 7 * step);
      return { range: weekend, rule: `dates/weekend-${periodName(step)}` };
    },
  },
  {
    pattern: /\bthe weekend\b/gi,
    cues: ["the weekend"],
    resolve: (_m, published, tense) => {
      const options = [-1, 0, 1].map((step) => weekendOf(published + 7 * step));
      const range = chooseByTense(options, published, tense);
      return range && { range, rule: `dates/weekend-${tense}` };
    },
  },
  {
    // "the past week", "the last two weeks", "the past 24 hours", "the past weeks" (not "the last week of March").
    pattern: new RegExp(String.raw`\bthe (?:past|last|previous) (?:${COUNT} )?(hour|day|week|month|year)(s?)\b(?!\s+of\b)`, "gi"),
    cues: ["the past ", "the last ", "the previous "],
    resolve: (m, published) => {
      if (m[2]?.toLowerCase() === "hour") {
        return { range: { start: published - Math.ceil(countOf(m[1]) / 24), end: published }, rule: "dates/past-period" };
      }
      const unit = unitOf(m[2]);
      const count = countGiven(m[1], m[3], unit);
      return { range: { start: shift(published, unit, -count), end: published }, rule: "dates/past-period" };
    },
  },
  {
    pattern: /\brecent (day|week|month|year)s\b/gi,
    cues: ["recent "],
    resolve: (m, published) => {
      const unit = unitOf(m[1]);
      return { range: { start: shift(published, unit, -OPEN_PERIOD[unit]), end: published }, rule: "dates/recent-period" };
    },
  },
  {
    // "the coming weeks", "the next few days", "the next week" (without "the", "next week" is a calendar week).
    pattern: new RegExp(String.raw`\bthe (?:coming|next) (?:${COUNT} )?(day|week|month|year)(s?)\b`, "gi"),
    cues: ["the coming ", "the next "],
    resolve: (m, published) => {
      const unit = unitOf(m[2]);
      const count = countGiven(m[1], m[3], unit);
      return { range: { start: published + 1, end: shift(published, unit, count) }, rule: "dates/coming-period" };
    },
  },
  {
    // "three days ago", "a year ago": the calendar day, week, month or year that far back.
    pattern: new RegExp(String.raw`\b${COUNT} (day|week|month|year)s? ago\b`, "gi"),
    cues: [" ago"],
    resolve: (m, published) => {
      const unit = unitOf(m[2]);
      return { range: periodOf(shift(published, unit, -countOf(m[1])), unit), rule: "dates/ago" };
    },
  },
  {
    // "from 2019 to 2021", "between 2019 and 2021", "in 2019-2020".
    pattern: new RegExp(String.raw`${YEAR_CONTEXT}${YEAR}\s*(?:to|until|through|and|-|–)\s*${YEAR}`, "gi"),
    cues: YEAR_CUES,
    absolute: (m) => {
      const [first, last] = [Number(m[1]), Number(m[2])];
      if (last < first) return null;
      return { range: { start: yearRange(first).start, end: yearRange(last).end }, rule: "dates/year-range" };
    },
  },
  {
    // "early 2020", "mid-2020", "the end of 2020" (the qualifier alone marks a date).
    pattern: new RegExp(String.raw`\b(?:(early|late|mid)[- ]?|the (beginning|start|middle|end) of )${YEAR}`, "gi"),
    cues: YEAR_CUES,
    absolute: (m) => ({ range: partOf(yearRange(Number(m[3])), partNamed(m[1] ?? m[2] ?? "")), rule: "dates/year-part" }),
  },
  {
    // "in 2022", "since 2019", "by 2050" (read as the year 2050 itself: the year the deadline names).
    pattern: new RegExp(`${YEAR_CONTEXT}${YEAR}`, "gi"),
    cues: YEAR_CUES,
    absolute: (m) => ({ range: yearRange(Number(m[1])), rule: "dates/year" }),
  },
];

/**
 * One pattern for every rule's cues. A scan records the one cue that starts at
 * each position, so no cue may start another ("week" and "weekend" would hide
 * each other).
 */
function cueScanner(cues: readonly string[]): RegExp {
  const distinct = [...new Set(cues)];
  for (const cue of distinct) {
    if (distinct.some((other) => other !== cue && other.startsWith(cue))) {
      throw new Error(`relative date cues: "${cue}" starts another cue`);
    }
  }
  return new RegExp(distinct.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
}

const CUE_SCANNER = cueScanner(RULES.flatMap((rule) => rule.cues));

/** The cues in a sentence, in lower case (the scan ignores case, as the rules' patterns do). */
function cuesIn(text: string): Set<string> {
  const found = new Set<string>();
  CUE_SCANNER.lastIndex = 0;
  for (let match = CUE_SCANNER.exec(text); match; match = CUE_SCANNER.exec(text)) {
    found.add(match[0].toLowerCase());
    // Step one letter on, not past the cue: another may start inside it ("the last night").
    CUE_SCANNER.lastIndex = match.index + 1;
  }
  return found;
}

function holdsAny(found: ReadonlySet<string>, cues: readonly string[]): boolean {
  for (const cue of cues) if (found.has(cue)) return true;
  return false;
}

/** Relative and year phrases in `text`, which starts at `offset` in the Doc's text. */
export function relativeCandidates(text: string, offset: number): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  const found = cuesIn(text);
  if (found.size === 0) return candidates;
  for (const rule of RULES) {
    if (!holdsAny(found, rule.cues)) continue;
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const found = match;
      candidates.push({
        start: offset + found.index,
        end: offset + found.index + found[0].length,
        resolve(context: DateContext) {
          if ("absolute" in rule) return rule.absolute(found);
          return context.published === null ? null : rule.resolve(found, context.published, context.tense);
        },
      });
    }
  }
  return candidates;
}
