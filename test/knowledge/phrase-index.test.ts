import { describe, expect, it } from "vitest";
import { PhraseIndex, normalizeLowerCaseWord, normalizeWord } from "../../src/knowledge/phrase-index.js";

const tokens = (text: string) => text.split(" ").map((t) => ({ text: t }));

describe("PhraseIndex", () => {
  it("finds the longest phrase starting at a token and says how many tokens it covers", () => {
    const index = new PhraseIndex<string>();
    index.add("South Korea", "KOR");
    index.add("South Sudan", "SSD");
    index.add("Korea", "KOREA");
    expect(index.longestMatch(tokens("in South Korea today"), 1)).toEqual({ length: 2, entries: ["KOR"] });
    expect(index.longestMatch(tokens("South Africa"), 0)).toBeNull();
    expect(index.longestMatch(tokens("South Korea"), 0, 1)).toBeNull();
  });

  it("turns away words that share a phrase's first letters but not its length or last letter, and finds short words", () => {
    const index = new PhraseIndex<string>();
    index.add("Sudan", "SDN");
    index.add("UK", "GBR");
    index.add("a", "letter");
    expect(["Sud", "Sudanese", "Sudar", "Sudan", "UK", "U", "a"].map((word) => index.longestMatch(tokens(word), 0)?.entries[0] ?? null)).toEqual([
      null, null, null, "SDN", "GBR", null, "letter",
    ]);
  });

  it("finds a phrase added after lookups have gone through its first word", () => {
    const index = new PhraseIndex<string>();
    index.add("South Korea", "KOR");
    expect(index.longestMatch(tokens("South Sudan"), 0)).toBeNull();
    index.add("South Sudan", "SSD");
    expect(index.longestMatch(tokens("South Sudan"), 0)?.entries).toEqual(["SSD"]);
    expect(index.longestMatch(tokens("South Korea"), 0)?.entries).toEqual(["KOR"]);
  });

  it("ignores case and dots unless the phrase was added case-sensitive", () => {
    const index = new PhraseIndex<string>();
    index.add("U.S.", "USA", true);
    index.add("state department", "agency");
    expect(index.longestMatch(tokens("US"), 0)?.entries).toEqual(["USA"]);
    expect(index.longestMatch(tokens("U.S."), 0)?.entries).toEqual(["USA"]);
    expect(index.longestMatch(tokens("us"), 0)).toBeNull();
    expect(index.longestMatch(tokens("Us"), 0)).toBeNull();
    expect(index.longestMatch(tokens("State Department"), 0)?.entries).toEqual(["agency"]);
  });

  it("lets a case-sensitive title-case word match in capitals, and its lower-case words match any case", () => {
    const index = new PhraseIndex<string>();
    index.add("Turkey", "TUR", true);
    index.add("Republic of Korea", "KOR", true);
    expect(index.longestMatch(tokens("TURKEY"), 0)?.entries).toEqual(["TUR"]);
    expect(index.longestMatch(tokens("turkey"), 0)).toBeNull();
    expect(index.longestMatch(tokens("Republic Of Korea"), 0)?.entries).toEqual(["KOR"]);
    expect(index.longestMatch(tokens("republic of Korea"), 0)).toBeNull();
  });

  it("keeps the entries that fit the spelling when several share a phrase", () => {
    const index = new PhraseIndex<string>();
    index.add("NATO", "alliance", true);
    index.add("Nato", "alliance", true);
    index.add("nato", "other");
    expect(index.longestMatch(tokens("Nato"), 0)?.entries).toEqual(["alliance", "other"]);
    expect(index.longestMatch(tokens("nato"), 0)?.entries).toEqual(["other"]);
  });

  it("takes a lone dot after an abbreviation the lexicon writes with its dot", () => {
    const index = new PhraseIndex<string>();
    index.add("Adm.", "admiral");
    index.add("Maj. Gen.", "major general");
    expect(index.longestMatch(tokens("Adm . John Aquilino"), 0)).toEqual({ length: 2, entries: ["admiral"] });
    expect(index.longestMatch(tokens("Adm. John"), 0)).toEqual({ length: 1, entries: ["admiral"] });
    expect(index.longestMatch(tokens("Maj . Gen. Pat Ryder"), 0)).toEqual({ length: 3, entries: ["major general"] });
  });

  it("matches a name whose last token carries a possessive", () => {
    const index = new PhraseIndex<string>();
    index.add("Hezbollah", "LBN");
    index.add("White House", "USA");
    expect(index.longestMatch(tokens("Hezbollah's leader"), 0)).toEqual({ length: 1, entries: ["LBN"] });
    expect(index.longestMatch(tokens("White House's"), 0)).toEqual({ length: 2, entries: ["USA"] });
  });

  it("matches a possessive written with a curly apostrophe or in capitals, and no bare 's", () => {
    const index = new PhraseIndex<string>();
    index.add("Hezbollah", "LBN");
    index.add("S", "letter");
    expect(index.longestMatch(tokens("Hezbollah’s"), 0)).toEqual({ length: 1, entries: ["LBN"] });
    expect(index.longestMatch(tokens("HEZBOLLAH'S"), 0)).toEqual({ length: 1, entries: ["LBN"] });
    expect(index.longestMatch(tokens("'s"), 0)).toBeNull();
  });

  it("checks a case-sensitive phrase against the words of each lookup, not an earlier one's", () => {
    const index = new PhraseIndex<string>();
    index.add("Republic of Korea", "KOR", true);
    expect(index.longestMatch(tokens("Republic of Korea"), 0)?.entries).toEqual(["KOR"]);
    expect(index.longestMatch(tokens("Republic of korea"), 0)).toBeNull();
    expect(index.longestMatch(tokens("REPUBLIC OF KOREA"), 0)?.entries).toEqual(["KOR"]);
  });

  it("matches a hyphenated phrase whether the tokenizer split the hyphen off or not", () => {
    const index = new PhraseIndex<string>();
    index.add("G-7", "G7");
    index.add("Indo-Pacific Command", "INDOPACOM");
    expect(index.longestMatch(tokens("G-7"), 0)?.entries).toEqual(["G7"]);
    expect(index.longestMatch(tokens("G - 7"), 0)?.entries).toEqual(["G7"]);
    expect(index.longestMatch(tokens("Indo - Pacific Command"), 0)?.length).toBe(4);
  });

  it("splits commas and possessives in lexicon phrases as the tokenizer does", () => {
    const index = new PhraseIndex<string>();
    index.add("Washington, D.C.", "DC");
    index.add("People's Liberation Army", "PLA");
    expect(index.longestMatch(tokens("Washington , D.C."), 0)?.length).toBe(3);
    expect(index.longestMatch(tokens("People 's Liberation Army"), 0)?.entries).toEqual(["PLA"]);
  });

  it("returns entries in the order they were added, and finds whole phrases with get", () => {
    const index = new PhraseIndex<string>();
    index.add("Georgia", "country");
    index.add("Georgia", "state");
    expect(index.longestMatch(tokens("Georgia"), 0)?.entries).toEqual(["country", "state"]);
    expect(index.get("georgia")).toEqual(["country", "state"]);
    expect(index.get("Alaska")).toEqual([]);
    expect(index.size).toBe(1);
  });

  it("finds phrases whose first word is short or not ASCII, and no words that only start like one", () => {
    const index = new PhraseIndex<string>();
    index.add("EU", "EU");
    index.add("G", "letter");
    index.add("Élysée Palace", "venue");
    index.add("São Paulo", "city");
    expect(index.longestMatch(tokens("EU"), 0)?.entries).toEqual(["EU"]);
    expect(index.longestMatch(tokens("G"), 0)?.entries).toEqual(["letter"]);
    expect(index.longestMatch(tokens("the Élysée Palace"), 1)?.entries).toEqual(["venue"]);
    expect(index.longestMatch(tokens("SÃO PAULO"), 0)?.entries).toEqual(["city"]);
    expect(index.longestMatch(tokens("Europe"), 0)).toBeNull();
    expect(index.longestMatch(tokens("Élan"), 0)).toBeNull();
  });
});

describe("normalizeLowerCaseWord", () => {
  it("gives a lower-cased word the key normalizeWord gives the word as written", () => {
    for (const word of ["Biden", "U.S.", "Xi’s", "GOV.", "rock`n", "‘Quad’", "talks"]) {
      expect(normalizeLowerCaseWord(word.toLowerCase())).toBe(normalizeWord(word));
    }
  });
});
