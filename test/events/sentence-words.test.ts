import { beforeAll, describe, expect, it } from "vitest";
import { hasPhrase, sentenceWords } from "../../src/events/sentence-words.js";
import { analyze, loadExtractor } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

describe("sentenceWords", () => {
  it("finds a phrase as whole words inside a stretch of the sentence only", () => {
    const { doc } = analyze("Officials said the two leaders met in Geneva.");
    const words = sentenceWords(doc, 0);
    const at = (word: string) => doc.tokens.findIndex((t) => t.lower === word);
    expect(hasPhrase(words, "the two leaders", at("said"), at("met"))).toBe(true);
    // The stretch must hold the whole phrase, and a phrase matches whole words only.
    expect(hasPhrase(words, "the two leaders", at("the"), at("leaders"))).toBe(false);
    expect(hasPhrase(words, "two", at("leaders"), doc.tokens.length)).toBe(false);
    expect(hasPhrase(words, "lead", at("said"), at("met"))).toBe(false);
    expect(hasPhrase(words, "officials", 0, 1)).toBe(true);
    expect(hasPhrase(words, "officials", 1, 1)).toBe(false);
  });
});
