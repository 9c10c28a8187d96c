import { describe, expect, it } from "vitest";
import { defineAnnotator } from "../../src/language/annotator.js";
import { createBatchPipeline, createPipeline } from "../../src/language/pipeline.js";
import { tokensAnnotator } from "../../src/language/tokens.js";
import type { Doc } from "../../src/model/doc.js";
import { languageKnowledge } from "./helpers.js";

/** An annotator that fails on one text, as a pathological article would. */
const failsOnBoom = defineAnnotator({
  name: "fails-on-boom",
  requires: ["tokens"],
  adds: ["dates"],
  annotate(doc) {
    if (doc.text.includes("boom")) throw new Error("cannot annotate a boom");
    return { dates: [] };
  },
});

describe("the pipeline", () => {
  it("refuses an annotator that needs a layer no earlier one adds", () => {
    expect(() => createBatchPipeline([failsOnBoom], languageKnowledge())).toThrow(/requires layer "tokens"/);
  });

  it("a batch gives each text the same Doc as one text at a time", () => {
    const texts = ["Kenya and Ethiopia met in Nairobi.\n\nThey agreed to talk again.", "Chile recalled its envoy on Monday."];
    const one = createPipeline([tokensAnnotator], languageKnowledge());
    const batch = createBatchPipeline([tokensAnnotator], languageKnowledge())(texts.map((text) => ({ text, published: "2024-03-13" })));
    expect(batch).toEqual(texts.map((text) => one(text, "2024-03-13")));
  });

  it("a text an annotator fails on keeps its error, and the rest of the batch goes on", () => {
    const run = createBatchPipeline([tokensAnnotator, failsOnBoom], languageKnowledge());
    const [first, bad, last] = run(["Chile recalled its envoy.", "A boom was heard.", "Peru did too."].map((text) => ({ text, published: null })));
    expect(bad).toBeInstanceOf(Error);
    expect((bad as Error).message).toBe("cannot annotate a boom");
    expect((first as Doc).tokens.length).toBeGreaterThan(0);
    expect((last as Doc).dates).toEqual([]);
  });

  it("one text at a time, an annotator's error is thrown", () => {
    const run = createPipeline([tokensAnnotator, failsOnBoom], languageKnowledge());
    expect(() => run("A boom was heard.", null)).toThrow("cannot annotate a boom");
  });
});
