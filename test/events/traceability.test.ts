import { beforeAll, describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import type { Analysis } from "../../src/extract.js";
import { PUBLISHED, analyze, loadExtractor } from "./helpers.js";

/** A short wire story with acts of several types over several paragraphs. */
const STORY = [
  "NAIROBI, March 13 (Parley) — Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday to discuss the Nile dam dispute.",
  "The two leaders signed a memorandum of understanding on border security, the Kenyan presidency said. Ruto praised Ethiopia for its role in the Somalia peace talks.",
  "Separately, Kenya condemned Sudan's paramilitary forces over attacks on civilians in Darfur, and called on Sudan to allow aid convoys into the region.",
  "Abiy will travel to Uganda and Tanzania next week.",
].join("\n\n");

let first: Analysis;

beforeAll(() => {
  loadExtractor();
  first = analyze(STORY);
});

describe("every record can be traced to its sentence", () => {
  it("the story yields several records", () => {
    expect(first.events.length).toBeGreaterThanOrEqual(4);
  });

  it("evidence is the article text between the evidence offsets", () => {
    for (const event of first.events) {
      expect(event.evidence).toBe(first.article.text.slice(event.evidence_start, event.evidence_end));
    }
  });

  it("evidence is exactly one sentence of the article", () => {
    const sentences = first.doc.sentences.map((s) => first.article.text.slice(s.start, s.end));
    for (const event of first.events) expect(sentences).toContain(event.evidence);
  });

  it("every record names the article, a non-empty rule and a confidence in [0, 1]", () => {
    for (const event of first.events) {
      expect(event.article_id).toBe(first.article.id);
      expect(event.rule.trim().length).toBeGreaterThan(0);
      expect(event.confidence).toBeGreaterThanOrEqual(0);
      expect(event.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("record ids differ between records of one article", () => {
    const ids = first.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("record ids are the same on a second run, even with a freshly loaded extractor", () => {
    const again = analyze(STORY);
    const fresh = createExtractor().analyze(STORY, { format: "text", published: PUBLISHED });
    const ids = first.events.map((e) => e.id);
    expect(again.events.map((e) => e.id)).toEqual(ids);
    expect(fresh.events.map((e) => e.id)).toEqual(ids);
    expect(fresh.article.id).toBe(first.article.id);
  });

  it("record ids change with the article text", () => {
    const edited = analyze(STORY.replace("on Tuesday", "on Monday"));
    const ids = new Set(first.events.map((e) => e.id));
    expect(edited.events.some((e) => ids.has(e.id))).toBe(false);
  });
});
