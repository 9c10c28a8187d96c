import type { Tense } from "../../model/doc.js";
import type { Span } from "../../model/span.js";
import type { Day, DayRange } from "./calendar.js";

/** What a date phrase is resolved against. */
export interface DateContext {
  /** The publication day; null when the article has none, so no relative phrase can resolve. */
  published: Day | null;
  /** The tense of the clause holding the phrase. */
  tense: Tense;
}

export interface Resolution {
  range: DayRange;
  /** The refiner that decided the range (`dates/next-week`, `dates/weekday-past`, ...). */
  rule: string;
}

/** A date phrase found in the text (offsets into the Doc's text), not yet resolved. */
export interface DateCandidate extends Span {
  /** Null when the phrase cannot be resolved in this context (a relative phrase without a publication day). */
  resolve(context: DateContext): Resolution | null;
}

function distance(range: DayRange, day: Day): number {
  if (day < range.start) return range.start - day;
  if (day > range.end) return day - range.end;
  return 0;
}

/**
 * Picks the reading of an underspecified date that fits the tense:
 * past → the latest option starting on or before publication;
 * future → the earliest option ending on or after publication;
 * present → the option nearest publication (the later one on a tie).
 * `options` must be sorted by start and surround the publication day.
 */
export function chooseByTense(options: readonly DayRange[], published: Day, tense: Tense): DayRange | null {
  if (tense === "past") return options.filter((o) => o.start <= published).at(-1) ?? null;
  if (tense === "future") return options.find((o) => o.end >= published) ?? null;
  let best: DayRange | null = null;
  for (const option of options) {
    if (!best || distance(option, published) <= distance(best, published)) best = option;
  }
  return best;
}
