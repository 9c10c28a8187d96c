import { beforeAll, describe, expect, it } from "vitest";
import { findTriggers } from "../../src/events/triggers.js";
import { sentenceFacts } from "../../src/events/sentence-facts.js";
import { NamedTokens } from "../../src/events/names-and-dates.js";
import { analyze, loadExtractor } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

/** The facts of sentence `index` of a short article, with all its triggers as its acts. */
function factsOf(text: string, index: number) {
  const { doc } = analyze(text);
  const kb = loadExtractor().kb;
  const acts = findTriggers(doc, kb, NamedTokens.of(doc)).filter((t) => t.sentence === index);
  return { doc, acts, facts: sentenceFacts(doc, kb, index, acts) };
}

describe("sentenceFacts", () => {
  const text = "Blinken met Wang Yi in Beijing on Monday. Japan and India signed a defense pact in Tokyo on Friday, days after talks since 2020.";

  it("holds the mentions of its own sentence only, in text order", () => {
    const { facts } = factsOf(text, 1);
    expect(facts.mentions.all.map((m) => m.text)).toEqual(["Japan", "India", "Tokyo"]);
    expect(facts.mentions.sides.map((m) => m.text)).toEqual(["Japan", "India"]);
  });

  it("gives each date phrase of the sentence to the nearest trigger before it, and leaves out a date opened by 'since'", () => {
    const { facts } = factsOf(text, 1);
    expect(facts.dates.all.map((d) => d.text)).toEqual(["Friday", "2020"]);
    expect(facts.dates.owned.map((o) => [o.date.text, o.owner?.trigger.phrase])).toEqual([["Friday", "pact"]]);
  });

  it("keeps the acts it was given", () => {
    const { facts, acts } = factsOf(text, 0);
    expect(facts.acts).toBe(acts);
    expect(facts.dates.owned.map((o) => o.owner)).toEqual([acts[0]]);
  });
});
