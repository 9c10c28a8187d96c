import { beforeAll, describe, expect, it } from "vitest";
import type { Pipeline } from "../../src/language/pipeline.js";
import { isDateline } from "../../src/language/mentions/dateline.js";
import { tokensPipeline } from "./helpers.js";

let run: Pipeline;

beforeAll(() => {
  run = tokensPipeline();
});

describe("isDateline", () => {
  it("is a place in capitals opening a paragraph, before a dash, comma or bracket", () => {
    const doc = run("WASHINGTON — The talks began.\nSEOUL, June 30 (Reuters) - More talks.", null);
    const seoul = doc.tokens.findIndex((t) => t.text === "SEOUL");
    expect(isDateline(doc, 0, 1)).toBe(true);
    expect(isDateline(doc, seoul, seoul + 1)).toBe(true);
  });

  it("is not a name in running text, in mixed case, or with no dash or comma after it", () => {
    const doc = run("Washington — The talks began.\nWASHINGTON said more.\nThey met in WASHINGTON, then left.", null);
    const said = doc.tokens.findIndex((t) => t.text === "WASHINGTON");
    const inText = doc.tokens.findLastIndex((t) => t.text === "WASHINGTON");
    expect(isDateline(doc, 0, 1)).toBe(false);
    expect(isDateline(doc, said, said + 1)).toBe(false);
    expect(isDateline(doc, inText, inText + 1)).toBe(false);
  });
});
