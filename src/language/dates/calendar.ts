/**
 * Calendar arithmetic on whole days. A `Day` is the number of days since
 * 1970-01-01 (UTC), so adding and comparing days is plain integer arithmetic
 * and no local time zone ever leaks in.
 */
export type Day = number;

/** An inclusive range of days. */
export interface DayRange {
  start: Day;
  end: Day;
}

export type Unit = "day" | "week" | "month" | "year";

const MS_PER_DAY = 86_400_000;

export const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
] as const;

/** Weekday names in JavaScript's order (0 = Sunday). */
export const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** The day of a calendar date; `month` is 1–12 and out-of-range days roll over as in `Date.UTC`. */
export function dayOf(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Parses `YYYY-MM-DD`; null for anything else. */
export function parseIsoDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = dayOf(year, month, day);
  const back = parts(result);
  return back.year === year && back.month === month && back.day === day ? result : null;
}

/** `YYYY-MM-DD`, as `Date.toISOString` writes the day. */
export function isoDay(day: Day): string {
  const { year, month, day: date } = parts(day);
  // toISOString costs five times more (it writes the time as well); it stays for the years it writes as ±YYYYYY.
  if (year < 0 || year > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

export function parts(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return dayOf(year, month + 1, 1) - dayOf(year, month, 1);
}

/** Monday–Sunday week holding the day. */
export function weekOf(day: Day): DayRange {
  const monday = day - ((weekdayOf(day) + 6) % 7);
  return { start: monday, end: monday + 6 };
}

export function monthRange(year: number, month: number): DayRange {
  return { start: dayOf(year, month, 1), end: dayOf(year, month + 1, 1) - 1 };
}

export function yearRange(year: number): DayRange {
  return { start: dayOf(year, 1, 1), end: dayOf(year, 12, 31) };
}

/** Saturday–Sunday of the Monday–Sunday week holding the day. */
export function weekendOf(day: Day): DayRange {
  const week = weekOf(day);
  return { start: week.start + 5, end: week.end };
}

/** The day `count` months away, its day of month clamped to the target month's length (Mar 31 − 1 month = Feb 28). */
export function addMonths(day: Day, count: number): Day {
  const { year, month, day: date } = parts(day);
  const target = new Date(Date.UTC(year, month - 1 + count, 1));
  const targetYear = target.getUTCFullYear();
  const targetMonth = target.getUTCMonth() + 1;
  return dayOf(targetYear, targetMonth, Math.min(date, daysInMonth(targetYear, targetMonth)));
}

/** The day `count` units away (negative counts go back). */
export function shift(day: Day, unit: Unit, count: number): Day {
  switch (unit) {
    case "day":
      return day + count;
    case "week":
      return day + 7 * count;
    case "month":
      return addMonths(day, count);
    case "year":
      return addMonths(day, 12 * count);
  }
}

/** The calendar day, week, month or year holding the day. */
export function periodOf(day: Day, unit: Unit): DayRange {
  const { year, month } = parts(day);
  switch (unit) {
    case "day":
      return { start: day, end: day };
    case "week":
      return weekOf(day);
    case "month":
      return monthRange(year, month);
    case "year":
      return yearRange(year);
  }
}

export type Part = "early" | "mid" | "late";

/** One third of a range: "early March" is March 1–10, "mid-March" 11–20, "late March" 21–31. */
export function partOf(range: DayRange, part: Part): DayRange {
  const length = range.end - range.start + 1;
  const third = Math.floor(length / 3);
  if (part === "early") return { start: range.start, end: range.start + third - 1 };
  if (part === "mid") return { start: range.start + third, end: range.start + 2 * third - 1 };
  return { start: range.start + 2 * third, end: range.end };
}

/** The third a qualifier names: early / beginning / start, mid / middle, late / end. */
export function partNamed(word: string): Part {
  const lower = word.toLowerCase();
  if (lower === "early" || lower === "beginning" || lower === "start") return "early";
  if (lower === "mid" || lower === "middle") return "mid";
  return "late";
}
