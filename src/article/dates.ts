/**
 * Publication dates as ISO days, read as written: the date part of a
 * timestamp is kept in the page's own time zone and never converted to UTC,
 * because the day the outlet printed is the day relative dates count from.
 */

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

const NUMERIC_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})(?![\d])/;
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;

function monthNumber(name: string): number | null {
  const word = name.toLowerCase();
  const index = MONTHS.findIndex((month) => month.startsWith(word));
  return word.length < 3 || index < 0 ? null : index + 1;
}

function validDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1800 || year > 2200) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The ISO day (YYYY-MM-DD) a date string names: ISO timestamps with or
 * without an offset, YYYY/MM/DD, YYYYMMDD, "March 10, 2021" and
 * "10 March 2021". Anything else, or an impossible day, gives null.
 */
export function isoDay(value: string): string | null {
  const text = value.trim();
  const numeric = NUMERIC_DAY.exec(text) ?? COMPACT_DAY.exec(text);
  if (numeric) return validDay(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? "");
    if (month !== null) return validDay(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? "");
    if (month !== null) return validDay(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  return null;
}
