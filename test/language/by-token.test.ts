import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/model/doc.js";
import { mentionsByCoveredToken, mentionsByFirstToken, mentionsByLastToken } from "../../src/language/mentions/by-token.js";

function mention(text: string, tokenStart: number, tokenEnd: number): Mention {
  return { start: 0, end: 0, text, kind: "country", code: null, sentence: 0, tokenStart, tokenEnd, rule: "test" };
}

const texts = (byToken: readonly (Mention | undefined)[], count: number) => Array.from({ length: count }, (_, t) => byToken[t]?.text ?? null);

describe("mentions by token", () => {
  const mentions = [mention("South Korea", 1, 3), mention("Japan", 4, 5)];

  it("files each mention at its first token, its last token, or every token it covers", () => {
    expect(texts(mentionsByFirstToken(6, mentions), 6)).toEqual([null, "South Korea", null, null, "Japan", null]);
    expect(texts(mentionsByLastToken(6, mentions), 6)).toEqual([null, null, "South Korea", null, "Japan", null]);
    expect(texts(mentionsByCoveredToken(6, mentions), 6)).toEqual([null, "South Korea", "South Korea", null, "Japan", null]);
  });

  it("keeps the mention filed last where two share a token, and answers nothing outside the tokens", () => {
    const byToken = mentionsByFirstToken(3, [mention("first", 1, 2), mention("second", 1, 3)]);
    expect(byToken[1]?.text).toBe("second");
    expect(byToken[-1]).toBeUndefined();
    expect(byToken[3]).toBeUndefined();
  });
});
