import { beforeAll, describe, expect, it } from "vitest";
import { NamedTokens } from "../../src/events/names-and-dates.js";
import { analyze, loadExtractor } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

describe("NamedTokens", () => {
  it("marks the tokens inside names and dates, and which of them are capitalised words", () => {
    const { doc } = analyze("Theresa May will meet the Strike Group on March 23 in London.");
    const named = NamedTokens.of(doc);
    const at = (word: string) => doc.tokens.findIndex((t) => t.text === word);
    expect([at("Theresa"), at("May"), at("March"), at("23")].map((i) => named.has(i))).toEqual([true, true, true, true]);
    expect([at("May"), at("March")].map((i) => named.isCapitalisedIn(i))).toEqual([true, true]);
    // A number inside a date is inside it but no capitalised word; words outside names and dates are neither.
    expect(named.isCapitalisedIn(at("23"))).toBe(false);
    expect([at("will"), at("meet")].map((i) => named.has(i) || named.isCapitalisedIn(i))).toEqual([false, false]);
    expect(NamedTokens.NONE.has(at("May"))).toBe(false);
  });
});
