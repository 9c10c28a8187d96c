import { describe, expect, it } from "vitest";
import type { Doc, Token } from "../../src/model/doc.js";
import { clauseBounds, clauseTense, isPastForm } from "../../src/language/tense.js";
import { annotateDates, languageLists } from "./helpers.js";

const PUBLISHED = "2021-03-10";

/** The doc and the index of the first token written `word` (case-insensitive). */
function find(text: string, word: string): { doc: Doc; at: number } {
  const doc = annotateDates(text, PUBLISHED);
  const at = doc.tokens.findIndex((t) => t.lower === word.toLowerCase());
  if (at < 0) throw new Error(`no token "${word}" in: ${text}`);
  return { doc, at };
}

function tenseAt(text: string, word: string, lists = languageLists()): string {
  const { doc, at } = find(text, word);
  const sentence = doc.sentences[doc.tokens[at]?.sentence ?? -1];
  if (!sentence) throw new Error("token outside every sentence");
  return clauseTense(doc.tokens, sentence, at, lists);
}

describe("clauseTense", () => {
  it.each([
    ["The summit will be held in Geneva.", "held", "future"],
    ["The envoy won't attend the talks.", "attend", "future"],
    ["Officials say they'll respond within days.", "respond", "future"],
    ["The two sides shall meet again.", "meet", "future"],
    ["Biden is going to visit Tokyo.", "visit", "future"],
    ["The talks are expected to resume in Vienna.", "resume", "future"],
    ["The envoy is due to arrive in Kyiv.", "arrive", "future"],
    ["The vote is set for the spring.", "vote", "future"],
    ["The president plans to travel to Seoul.", "travel", "future"],
    ["The talks are to be held in Oslo.", "oslo", "future"],
    ["Ministers meet again next month.", "meet", "future"],
  ])("future: %s", (text, word, tense) => {
    expect(tenseAt(text, word)).toBe(tense);
  });

  it.each([
    ["The meeting was called off.", "meeting", "past"],
    ["The two sides agreed to a ceasefire.", "ceasefire", "past"],
    ["Rebels seized the airport.", "airport", "past"],
    ["The minister met his counterpart in Rome.", "counterpart", "past"],
    ["He has met Putin twice.", "putin", "past"],
    ["Talks had stalled over the border.", "border", "past"],
    ["Talks collapsed last week.", "talks", "past"],
  ])("past: %s", (text, word, tense) => {
    expect(tenseAt(text, word)).toBe(tense);
  });

  it.each([
    ["The ministers meet in Brussels every spring.", "brussels"],
    ["The summit is held annually in Davos.", "davos"],
    ["Both sides need more time.", "time"],
    ["The delay is due to the storm.", "storm"],
    ["Officials may meet again soon.", "meet"],
    ["The proposed summit is a test for both sides.", "summit"],
    ["The two sides cut ties.", "ties"],
  ])("present: %s", (text, word) => {
    expect(tenseAt(text, word)).toBe("present");
  });

  it('splits "X said Y will Z" into a past and a future clause', () => {
    const text = "Blinken said the talks will resume in Geneva.";
    expect(tenseAt(text, "said")).toBe("past");
    expect(tenseAt(text, "Blinken")).toBe("past");
    expect(tenseAt(text, "resume")).toBe("future");
    expect(tenseAt(text, "Geneva")).toBe("future");
  });

  it("keeps a date after the speech verb in the speech clause", () => {
    const text = "Officials said Tuesday that the talks will resume.";
    expect(tenseAt(text, "Tuesday")).toBe("past");
    expect(tenseAt(text, "resume")).toBe("future");
  });

  it("separates a trailing attribution from the reported clause", () => {
    const text = "The talks will resume on Friday, a senior official said on Tuesday.";
    expect(tenseAt(text, "Friday")).toBe("future");
    expect(tenseAt(text, "Tuesday")).toBe("past");
  });

  it("separates a quotation from its attribution", () => {
    const text = "“We will respond,” the minister said on Friday.";
    expect(tenseAt(text, "respond")).toBe("future");
    expect(tenseAt(text, "Friday")).toBe("past");
  });

  it("a comma and 'and' before a list's last item open no clause ('the United States, Japan, and the Philippines, to be held ...')", () => {
    const text = "They discussed the summit between Brazil, Chile, and Peru, to be held in Lima in May.";
    const { doc, at } = find(text, "summit");
    const sentence = doc.sentences[0];
    if (!sentence) throw new Error("no sentence");
    expect(clauseBounds(doc.tokens, sentence, at, languageLists()).end).toBeGreaterThan(doc.tokens.findIndex((t) => t.text === "Peru"));
    expect(tenseAt("The talks failed, and the ministers will meet again.", "meet")).toBe("future");
  });

  it("reads a relative clause on its own", () => {
    const text = "The summit, which was postponed in May, will open in Rome.";
    expect(tenseAt(text, "postponed")).toBe("past");
    expect(tenseAt(text, "open")).toBe("future");
  });

  it("reads an apposition that runs to the sentence's end on its own, but not one a comma closes", () => {
    expect(tenseAt("Russia massed troops near the border, a build-up that officials say will precede an offensive next year.", "massed")).toBe("past");
    expect(tenseAt("Moscow detained Evan Gershkovich, a reporter for the Journal, in the city of Yekaterinburg.", "Yekaterinburg")).toBe("past");
  });

  it("starts a clause at a subordinator the tagger reads as a preposition, when a finite verb follows ('after the ceasefire took effect')", () => {
    const text = "The envoys will meet again after the ceasefire took effect.";
    expect(tenseAt(text, "meet")).toBe("future");
    expect(tenseAt(text, "took")).toBe("past");
  });

  it("reads a hyphenated participle ('U.S.-sponsored') and a participle after a comma with 'by' (', hosted by') as describing, not as past", () => {
    expect(tenseAt("The U.S.-sponsored exercise, hosted by Indonesia, is the largest yet.", "exercise")).toBe("present");
  });

  it("starts a clause at a conjunction before a verb", () => {
    const text = "Trade fell sharply and ministers will meet to discuss it.";
    expect(tenseAt(text, "fell")).toBe("past");
    expect(tenseAt(text, "discuss")).toBe("future");
  });

  it("gives a bare verb after 'and' the tense of the verb group before it", () => {
    expect(tenseAt("They will meet in May and sign the accord in June.", "june")).toBe("future");
  });

  it("joins a stretch with no verb to the clause before it", () => {
    const { doc, at } = find("Davidson warned lawmakers on Tuesday about the threat.", "tuesday");
    const sentence = doc.sentences[0];
    if (!sentence) throw new Error("no sentence");
    const bounds = clauseBounds(doc.tokens, sentence, at, languageLists());
    expect(bounds.start).toBe(sentence.tokenStart);
    expect(clauseTense(doc.tokens, sentence, at, languageLists())).toBe("past");
  });

  it("reads a headline's bare infinitive as a future act", () => {
    const text = "Biden and Suga to meet in Washington\n\nThe two leaders have spoken by phone.";
    expect(tenseAt(text, "meet")).toBe("future");
  });

  it("without the tense word lists, only modal verbs mark the future", () => {
    const withoutTense = { ...languageLists(), tense: undefined };
    expect(tenseAt("The talks are expected to resume in Vienna.", "resume", withoutTense)).toBe("present");
    expect(tenseAt("The talks will resume in Vienna.", "resume", withoutTense)).toBe("future");
  });
});

describe("isPastForm", () => {
  const token = (text: string, pos: string): Token => ({ text, lower: text.toLowerCase(), key: text.toLowerCase(), pos, start: 0, end: text.length, sentence: 0 });

  it.each([
    ["met", "VERB", true],
    ["agreed", "VERB", true],
    ["was", "AUX", true],
    ["been", "AUX", true],
    ["cut", "VERB", false],
    ["need", "VERB", false],
    ["proceed", "VERB", false],
    ["meets", "VERB", false],
    ["United", "PROPN", false],
    ["meeting", "NOUN", false],
  ])("%s/%s → %s", (text, pos, expected) => {
    expect(isPastForm(token(text, pos), languageLists())).toBe(expected);
  });
});
