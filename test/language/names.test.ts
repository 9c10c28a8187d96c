import { describe, expect, it } from "vitest";
import { startsWithUpperCaseLetter } from "../../src/language/mentions/names.js";

describe("startsWithUpperCaseLetter", () => {
  it("answers as /^\\p{Lu}/u does, for ASCII and other letters", () => {
    for (const word of ["Biden", "US", "Élysée", "Ørsted", "Δ", "", "biden", "élysée", "1990", "'s", "ǅ", "\u{1D400}x"]) {
      expect(startsWithUpperCaseLetter(word)).toBe(/^\p{Lu}/u.test(word));
    }
  });
});
