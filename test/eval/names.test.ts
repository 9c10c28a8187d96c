import { describe, expect, it } from "vitest";
import { namesMatch, surname } from "../../src/eval/names.js";

const events = { singleWordMatchesOnlySingleWord: false };
const actors = { singleWordMatchesOnlySingleWord: true };

describe("namesMatch", () => {
  it("ignores a generational suffix", () => {
    expect(namesMatch("Lloyd Austin", "Lloyd J. Austin III", events)).toBe(true);
    expect(namesMatch("Joseph Biden", "Joseph R. Biden, Jr.", events)).toBe(true);
  });

  it("ignores middle initials with or without a dot", () => {
    expect(namesMatch("Antony J. Blinken", "Antony Blinken", events)).toBe(true);
    expect(namesMatch("Antony J Blinken", "Antony Blinken", actors)).toBe(true);
  });

  it("matches the same words in another order", () => {
    expect(namesMatch("Jinping Xi", "Xi Jinping", events)).toBe(true);
    expect(namesMatch("Jinping Xi", "Xi Jinping", actors)).toBe(true);
  });

  it("matches a single predicted word contained in the gold name", () => {
    expect(namesMatch("Blinken", "Antony Blinken", events)).toBe(true);
    expect(namesMatch("Suh", "Suh Wook", events)).toBe(true);
  });

  it("for actors, lets a one-word prediction match only a one-word gold name", () => {
    expect(namesMatch("Blinken", "Antony Blinken", actors)).toBe(false);
    expect(namesMatch("Putin", "Putin", actors)).toBe(true);
    expect(namesMatch("Antony Blinken", "Blinken", actors)).toBe(true);
  });

  it("is case-insensitive and ignores punctuation", () => {
    expect(namesMatch("ANTONY BLINKEN", "antony blinken", actors)).toBe(true);
    expect(namesMatch("Cho Tae-yong", "Cho Tae yong", actors)).toBe(true);
    expect(namesMatch("Kim Jong Un", "Kim Jong-un", actors)).toBe(true);
  });

  it("does not match different people", () => {
    expect(namesMatch("Wang Yi", "Yang Jiechi", events)).toBe(false);
    expect(namesMatch("Jake Sullivan", "Antony Blinken", events)).toBe(false);
    expect(namesMatch("Antony", "Antony Blinken Smith", actors)).toBe(false);
  });
});

describe("surname", () => {
  it("is the last word without suffixes", () => {
    expect(surname("Lloyd J. Austin III")).toBe("austin");
    expect(surname("White House")).toBe("house");
  });
});
