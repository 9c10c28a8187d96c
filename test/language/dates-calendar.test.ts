import { describe, expect, it } from "vitest";
import { dayOf, isoDay, parseIsoDay } from "../../src/language/dates/calendar.js";

describe("isoDay", () => {
  it.each([
    [1970, 1, 1, "1970-01-01"],
    [2021, 3, 10, "2021-03-10"],
    [2024, 2, 29, "2024-02-29"],
    [1969, 12, 31, "1969-12-31"],
    [812, 7, 4, "0812-07-04"],
  ])("writes %i-%i-%i as %s", (year, month, day, iso) => {
    expect(isoDay(dayOf(year, month, day))).toBe(iso);
  });

  it("writes every day of four centuries as Date.toISOString does", () => {
    const mismatches: string[] = [];
    for (let day = dayOf(1900, 1, 1); day <= dayOf(2300, 1, 1); day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoDay(day) !== expected) mismatches.push(`${isoDay(day)} for ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("reads back what it writes", () => {
    const day = dayOf(2022, 11, 30);
    expect(parseIsoDay(isoDay(day))).toBe(day);
  });
});
