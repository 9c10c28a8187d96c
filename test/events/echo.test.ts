import { beforeAll, describe, expect, it } from "vitest";
import { dateRange, eventsOf, loadExtractor, ofType } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

describe("a side that did what another just did ('followed suit', 'took similar steps')", () => {
  it("does the latest act of another side, to the same target, on the day its own sentence gives", () => {
    const expulsions = ofType(eventsOf("Britain expelled 23 Russian diplomats on Tuesday. Canada followed suit on Monday."), "SANCTION");
    expect(expulsions.map((e) => [e.source, e.target, dateRange(e)])).toEqual([
      [["GBR"], ["RUS"], "2024-03-12..2024-03-12"],
      [["CAN"], ["RUS"], "2024-03-11..2024-03-11"],
    ]);
  });

  it("with no day of its own, takes the day of the act it repeats", () => {
    const events = eventsOf("Britain expelled 23 Russian diplomats on Tuesday. A dozen European Union countries took similar steps.");
    expect(ofType(events, "SANCTION").map((e) => [e.source, dateRange(e)])).toEqual([
      [["GBR"], "2024-03-12..2024-03-12"],
      [["EU"], "2024-03-12..2024-03-12"],
    ]);
  });

  it("after 'could' is only possible, and undated", () => {
    const echo = ofType(eventsOf("Germany imposed sanctions on Iran on Monday. France could follow suit."), "SANCTION").find((e) => e.source.includes("FRA"));
    expect([echo?.status, echo?.date]).toEqual(["hypothetical", null]);
  });

  it("is no event without an act before it", () => {
    expect(eventsOf("Canada followed suit on Monday.")).toEqual([]);
  });
});
