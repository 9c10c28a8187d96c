import { beforeAll, describe, expect, it } from "vitest";
import type { Doc } from "../../src/model/doc.js";
import type { Pipeline } from "../../src/language/pipeline.js";
import { sentenceTexts, tokensPipeline } from "./helpers.js";

let tokenize: Pipeline;

beforeAll(() => {
  tokenize = tokensPipeline();
});

/** The sentences of a text, as written. */
function sentencesOf(text: string): string[] {
  return sentenceTexts(tokenize(text, null));
}

describe("sentence boundaries survive abbreviations", () => {
  const cases: [string, string[]][] = [
    ["country abbreviations: U.S. and U.N.", ["The U.S. envoy met the U.N. chief in Geneva.", "They spoke for an hour."]],
    ["military ranks: Adm. and Gen.", ["Adm. Grace Hollis briefed Gen. Omar Tadesse on the drills.", "The drills end on Friday."]],
    ["a two-part rank: Lt. Col.", ["Lt. Col. Mary Jones led the convoy.", "No one was hurt."]],
    ["legislators and governors: Sen., Rep., Gov.", ["Sen. Jane Roe and Rep. John Doe wrote to Gov. Ann Lee.", "She has not replied."]],
    ["courtesy titles: Dr., Mr., Mrs., Ms.", ["Dr. Kim met Mr. Park.", "Mrs. Smith and Ms. Brown were absent."]],
    ["a street: St.", ["The embassy on Main St. in Oslo reopened.", "Staff returned on Monday."]],
    ["a month before a day: Aug. 31", ["Troops left on Aug. 31 after twenty years.", "The airport closed."]],
    ["months: Jan. and Dec.", ["The envoy arrived on Jan. 5 and left on Dec. 12.", "He did not return."]],
    ["a number: No.", ["Resolution No. 2231 was adopted in 2015.", "Iran welcomed it."]],
  ];
  it.each(cases)("%s", (_label, sentences) => {
    expect(sentencesOf(sentences.join(" "))).toEqual(sentences);
  });

  it("a full stop after an ordinary word still ends the sentence", () => {
    expect(sentencesOf("The minister met Kim. Then he flew home.")).toEqual(["The minister met Kim.", "Then he flew home."]);
  });

  it("a word wink reads with its full stop as an abbreviation ends the sentence before a capital ('their way in. President ...')", () => {
    const doc = tokenize("Crowds tried to force their way in. President Jane Roe warned them.", null);
    expect(sentenceTexts(doc)).toEqual(["Crowds tried to force their way in.", "President Jane Roe warned them."]);
    expect(doc.tokens.slice(6, 8).map((t) => [t.text, t.pos])).toEqual([["in", "ADP"], [".", "PUNCT"]]);
  });

  it("a date at the end of a sentence ends it", () => {
    expect(sentencesOf("The envoy flew to Seoul on Jan. 5. She returned home.")).toEqual([
      "The envoy flew to Seoul on Jan. 5.",
      "She returned home.",
    ]);
  });
});

describe("words", () => {
  it("a word with letters wink does not know stays one word ('Władysław', 'Çavuşoğlu'), with its offsets", () => {
    const doc = tokenize("Minister Władysław Kosiniak-Kamysz met Mevlüt Çavuşoğlu.", null);
    expect(doc.tokens.map((t) => t.text)).toEqual(["Minister", "Władysław", "Kosiniak", "-", "Kamysz", "met", "Mevlüt", "Çavuşoğlu", "."]);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it("a capitalised word put back together is a name, whatever wink tagged its pieces ('Ya' of 'Yaşar' is no pronoun)", () => {
    const doc = tokenize("Defense Minister Yaşar Güler spoke.", null);
    expect(doc.tokens.find((t) => t.text === "Yaşar")?.pos).toBe("PROPN");
  });

  it("contractions stay split ('don't')", () => {
    expect(tokenize("They don't agree.", null).tokens.map((t) => t.text)).toEqual(["They", "do", "n't", "agree", "."]);
  });
});

describe("initials inside a name do not end a sentence", () => {
  it("one initial", () => {
    expect(sentencesOf("Antony J. Blinken met his counterpart in Anchorage. The talks were tense.")).toEqual([
      "Antony J. Blinken met his counterpart in Anchorage.",
      "The talks were tense.",
    ]);
  });

  it("two initials", () => {
    expect(sentencesOf("The report was signed by John F. K. Doyle on Monday. It was published later.")).toEqual([
      "The report was signed by John F. K. Doyle on Monday.",
      "It was published later.",
    ]);
  });
});

describe("photo captions and credits", () => {
  const text = [
    "Leaders meet in Brussels",
    "Soldiers march in a parade in the capital on March 3.Jane Doe / Pool via AP",
    "The summit opened on Thursday.",
  ].join("\n\n");

  it("a credit glued to its caption is split off as its own sentence", () => {
    expect(sentencesOf(text)).toEqual([
      "Leaders meet in Brussels",
      "Soldiers march in a parade in the capital on March 3.",
      "Jane Doe / Pool via AP",
      "The summit opened on Thursday.",
    ]);
  });

  it("the caption paragraph that ends in a credit is furniture, the story around it is not", () => {
    const doc = tokenize(text, null);
    expect(doc.sentences.map((s) => s.role)).toEqual(["headline", "furniture", "furniture", "body"]);
  });

  it("a credit line after 'Photo:' is furniture", () => {
    const doc = tokenize("Ministers met in Rome.\n\nPhoto: John Smith / Reuters", null);
    expect(doc.sentences.map((s) => s.role)).toEqual(["body", "furniture"]);
  });

  it("a long sentence that mentions an agency is running text", () => {
    const doc = tokenize(
      "Ministers met in Rome.\n\nThe footage was released via AP to broadcasters across the region late on Tuesday, officials said.",
      null,
    );
    expect(doc.sentences.map((s) => s.role)).toEqual(["body", "body"]);
  });
});

describe("paragraphs", () => {
  it("no sentence crosses a blank line, even without a full stop", () => {
    const doc = tokenize("The talks ended without a deal\n\nboth sides said they would meet again.", null);
    expect(sentenceTexts(doc)).toEqual(["The talks ended without a deal", "both sides said they would meet again."]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it("every sentence lies inside the paragraph it names", () => {
    const doc = tokenize("First paragraph here. It has two sentences.\n\nSecond one.\n\n\nThird one, after two blank lines.", null);
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual([
      "First paragraph here. It has two sentences.",
      "Second one.",
      "Third one, after two blank lines.",
    ]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
    for (const sentence of doc.sentences) {
      const paragraph = doc.paragraphs[sentence.paragraph];
      expect(paragraph).toBeDefined();
      expect(sentence.start).toBeGreaterThanOrEqual(paragraph?.start ?? Infinity);
      expect(sentence.end).toBeLessThanOrEqual(paragraph?.end ?? -1);
    }
  });
});

describe("headlines", () => {
  it("a short first line without a full stop is the headline", () => {
    const doc = tokenize("U.S. and China to hold talks in Alaska\n\nThe delegations will meet next week.", null);
    expect(doc.sentences.map((s) => s.role)).toEqual(["headline", "body"]);
  });

  it("a first line that ends in a full stop is running text", () => {
    const doc = tokenize("The delegations will meet next week.\n\nThe talks are the first in a year.", null);
    expect(doc.sentences.map((s) => s.role)).toEqual(["body", "body"]);
  });

  it("only the first paragraph can be a headline", () => {
    const doc = tokenize("Talks in Alaska\n\nMore talks in Geneva\n\nThe envoys met.", null);
    expect(doc.sentences.map((s) => s.role)).toEqual(["headline", "body", "body"]);
  });
});

/** Every token's and sentence's offsets point at what it records, in order, without overlap. */
function expectConsistentSpans(doc: Doc): void {
  for (const token of doc.tokens) {
    expect(doc.text.slice(token.start, token.end)).toBe(token.text);
    expect(token.lower).toBe(token.text.toLowerCase());
    expect(token.text.trim()).toBe(token.text);
  }
  doc.tokens.forEach((token, i) => {
    if (i > 0) expect(token.start).toBeGreaterThanOrEqual(doc.tokens[i - 1]?.end ?? Infinity);
  });
  doc.sentences.forEach((sentence, index) => {
    expect(sentence.tokenEnd).toBeGreaterThan(sentence.tokenStart);
    expect(sentence.start).toBe(doc.tokens[sentence.tokenStart]?.start);
    expect(sentence.end).toBe(doc.tokens[sentence.tokenEnd - 1]?.end);
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) expect(doc.tokens[t]?.sentence).toBe(index);
    if (index > 0) expect(sentence.tokenStart).toBe(doc.sentences[index - 1]?.tokenEnd);
  });
  expect(doc.sentences[doc.sentences.length - 1]?.tokenEnd).toBe(doc.tokens.length);
}

describe("offsets", () => {
  it("every token and sentence span slices to its own text", () => {
    const text = [
      "Blinken, Austin to visit Tokyo",
      "WASHINGTON — Secretary of State Antony J. Blinken will travel with Lt. Gen. Sam Okafor to Tokyo on Aug. 31, the U.S. said.",
      "“We’re ready,” he told reporters — twice.\tOfficials didn't comment.",
      "Troops parade on March 3.Jane Doe / Pool via AP",
    ].join("\n\n");
    expectConsistentSpans(tokenize(text, null));
  });

  it("offsets count characters outside the Basic Multilingual Plane and accents", () => {
    const text = "Président Zelenskyy 🇺🇦 met Ms. Łukasz in Kyiv. Talks followed.";
    const doc = tokenize(text, null);
    expectConsistentSpans(doc);
    expect(sentenceTexts(doc)).toEqual(["Président Zelenskyy 🇺🇦 met Ms. Łukasz in Kyiv.", "Talks followed."]);
  });
});
