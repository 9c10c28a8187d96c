import { describe, expect, it } from "vitest";
import { isInitial, startsWithLowerCaseLetter, startsWithUpperCaseLetter } from "../../src/language/mentions/names.js";

const WORDS = ["Biden", "US", "Élysée", "Ørsted", "Δ", "", "biden", "élysée", "δ", "1990", "'s", "ǅ", "\u{1D400}x", "\u{1D41A}x", "ß"];

describe("letter case of a word's start", () => {
  it("answers as /^\\p{Lu}/u does, for ASCII and other letters", () => {
    for (const word of WORDS) expect(startsWithUpperCaseLetter(word)).toBe(/^\p{Lu}/u.test(word));
  });

  it("answers as /^\\p{Ll}/u does, for ASCII and other letters", () => {
    for (const word of WORDS) expect(startsWithLowerCaseLetter(word)).toBe(/^\p{Ll}/u.test(word));
  });
});

describe("isInitial", () => {
  it("is one capital letter and a full stop", () => {
    expect(["J.", "É.", "j.", "JR.", "J"].map(isInitial)).toEqual([true, true, false, false, false]);
  });
});
