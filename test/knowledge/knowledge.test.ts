import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.js";
import type { PhraseIndex } from "../../src/knowledge/phrase-index.js";
import type { Knowledge } from "../../src/knowledge/types.js";

const tokens = (text: string) => text.split(" ").map((t) => ({ text: t }));

/** The entries of the phrase that covers the whole text, or [] when the longest match is shorter or absent. */
function whole<T>(index: PhraseIndex<T>, text: string): readonly T[] {
  const words = tokens(text);
  const match = index.longestMatch(words, 0);
  return match && match.length === words.length ? match.entries : [];
}

let kb: Knowledge;
beforeAll(() => {
  kb = loadKnowledge();
});

describe("sides", () => {
  const codeOf = (text: string, kind: string) => whole(kb.sides, text).find((e) => e.kind === kind)?.code;

  it.each([
    ["U.S.", "USA"],
    ["United States", "USA"],
    ["America", "USA"],
    ["Britain", "GBR"],
    ["South Korea", "KOR"],
    ["Republic of Korea", "KOR"],
    ["North Korea", "PRK"],
    ["Türkiye", "TUR"],
    ["Burma", "MMR"],
  ])("country name %s → %s", (text, code) => {
    expect(codeOf(text, "name")).toBe(code);
  });

  it.each([
    ["South Korean", "KOR"],
    ["Chinese", "CHN"],
    ["American", "USA"],
    ["Americans", "USA"],
    ["Indian", "IND"],
    ["Emirati", "ARE"],
  ])("demonym %s → %s only", (text, code) => {
    expect(whole(kb.sides, text).filter((e) => e.kind === "demonym").map((e) => e.code)).toEqual([code]);
  });

  it.each([
    ["Kremlin", "RUS"],
    ["White House", "USA"],
    ["Beijing", "CHN"],
    ["Downing Street", "GBR"],
  ])("seat or capital %s stands for %s", (text, code) => {
    expect(codeOf(text, "metonym")).toBe(code);
  });

  it("does not read a capital that is also a common given name as a government", () => {
    expect(whole(kb.sides, "Victoria").filter((e) => e.kind === "metonym")).toEqual([]);
  });

  it.each([
    ["NATO", "NATO"],
    ["U.N.", "UN"],
    ["UN Security Council", "UN"],
    ["European Commission", "EU"],
    ["Arab League", "LAS"],
  ])("international organisation %s → %s", (text, code) => {
    expect(codeOf(text, "igo")).toBe(code);
  });

  it("finds the Quad only when it is capitalised", () => {
    const sentence = tokens("the Quad met");
    expect(kb.sides.longestMatch(sentence, 0)).toBeNull();
    expect(kb.sides.longestMatch(sentence, 1)?.entries.map((e) => e.code)).toEqual(["QUAD"]);
    expect(kb.sides.longestMatch(tokens("a quad bike"), 1)).toBeNull();
  });

  it("knows government bodies and armed groups by their country", () => {
    expect(codeOf("State Department", "agency")).toBe("USA");
    expect(codeOf("U.S. Indo-Pacific Command", "agency")).toBe("USA");
    expect(kb.sides.longestMatch(tokens("U.S. Indo - Pacific Command said"), 0)?.length).toBe(5);
    expect(codeOf("Hamas", "group")).toBe("PSE");
    expect(codeOf("Houthis", "group")).toBe("YEM");
  });

  it("tells country names from the common words they spell", () => {
    expect(codeOf("US", "name")).toBe("USA");
    expect(whole(kb.sides, "us")).toEqual([]);
    expect(codeOf("Turkey", "name")).toBe("TUR");
    expect(whole(kb.sides, "turkey")).toEqual([]);
  });

  it("lists every phrase that names several countries in ambiguous.jsonl", () => {
    const shared = ["Congo", "Georgia", "Jordan", "Korean", "Washington"].filter((name) => kb.ambiguous.get(name).length > 0);
    expect(shared).toEqual(["Congo", "Georgia", "Jordan", "Korean", "Washington"]);
    expect(kb.ambiguous.get("Georgia")[0]?.readings.map((r) => r.code)).toEqual(["GEO", "USA"]);
  });

  it("knows phrases that contain a country's name but are not that country", () => {
    expect(kb.nonSides.longestMatch(tokens("South China Sea"), 0)?.length).toBe(3);
    expect(kb.nonSides.longestMatch(tokens("Latin America"), 0)?.entries[0]?.kind).toBe("continent");
  });
});

describe("titles", () => {
  it("finds offices and what they imply", () => {
    expect(whole(kb.titles, "Secretary of State")[0]).toMatchObject({ kind: "office", country: null });
    expect(whole(kb.titles, "national security adviser")[0]?.kind).toBe("office");
    expect(whole(kb.titles, "Chancellor of the Exchequer")[0]).toMatchObject({ country: "GBR", organization: "HM Treasury" });
  });

  it("finds a rank abbreviation with its dot as its own token or inside the word", () => {
    expect(kb.titles.longestMatch(tokens("Adm . Philip Davidson"), 0)).toMatchObject({ length: 2 });
    expect(kb.titles.longestMatch(tokens("Adm. Philip Davidson"), 0)).toMatchObject({ length: 1 });
    expect(kb.titles.longestMatch(tokens("Adm ."), 0)?.entries[0]).toMatchObject({ kind: "honorific", canonical: "Admiral" });
  });
});

describe("places", () => {
  it("finds regions with their country", () => {
    expect(whole(kb.places, "Alaska")[0]).toMatchObject({ kind: "region", country: "USA" });
    expect(whole(kb.places, "Xinjiang")[0]).toMatchObject({ kind: "region", country: "CHN" });
  });

  it("lists a capital first among places of the same name", () => {
    expect(whole(kb.places, "Tokyo")[0]).toMatchObject({ kind: "city", country: "JPN", capital: true });
    expect(whole(kb.places, "Washington")[0]).toMatchObject({ kind: "city", country: "USA", capital: true });
  });

  it("knows the press's other spellings of a city", () => {
    expect(whole(kb.places, "Kyiv")[0]).toMatchObject({ name: "Kyiv", country: "UKR", capital: true });
    expect(whole(kb.places, "Kiev")[0]).toMatchObject({ name: "Kyiv", country: "UKR" });
    expect(whole(kb.places, "Urumqi")[0]).toMatchObject({ name: "Ürümqi", country: "CHN" });
  });

  it("lists the country before a region of the same name", () => {
    expect(whole(kb.places, "Georgia").map((p) => [p.kind, p.country])).toEqual([
      ["country", "GEO"],
      ["region", "USA"],
    ]);
  });
});

describe("officeholders", () => {
  it("finds an officeholder by surname alone, in every office held", () => {
    const blinken = whole(kb.officeholders, "Blinken");
    expect(new Set(blinken.map((h) => h.name))).toEqual(new Set(["Antony Blinken"]));
    expect(blinken.map((h) => h.role)).toContain("Secretary of State");
  });

  it("finds an officeholder by a fuller form of the name", () => {
    expect(whole(kb.officeholders, "Lloyd J. Austin III").map((h) => h.name)).toEqual(["Lloyd Austin"]);
  });

  it("indexes family-first names under the family name", () => {
    expect(whole(kb.officeholders, "Xi").map((h) => h.name)).toEqual(["Xi Jinping"]);
    expect(whole(kb.officeholders, "Jinping")).toEqual([]);
  });

  it("needs the surname capitalised", () => {
    expect(whole(kb.officeholders, "Price").map((h) => h.name)).toContain("Ned Price");
    expect(whole(kb.officeholders, "price")).toEqual([]);
  });
});

describe("given names", () => {
  it("holds common given names in lower case, and no country names", () => {
    expect(kb.givenNames.has("antony")).toBe(true);
    expect(kb.givenNames.has("volodymyr")).toBe(true);
    expect(kb.givenNames.has("jordan")).toBe(false);
    const countryNamed = [...kb.givenNames].filter((name) => whole(kb.sides, name[0]?.toUpperCase() + name.slice(1)).some((e) => e.kind === "name"));
    expect(countryNamed).toEqual([]);
  });
});
