import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Doc } from "../../src/model/doc.js";
import type { Span } from "../../src/model/span.js";
import type { Pipeline } from "../../src/language/pipeline.js";
import { languagePipeline } from "./helpers.js";

const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));

interface Sample {
  name: string;
  text: string;
  published: string | null;
}

function readSamples(): Sample[] {
  return readdirSync(SAMPLES)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".txt".length);
      const sidecar = JSON.parse(readFileSync(`${SAMPLES}${name}.json`, "utf8")) as { source?: { published?: string | null } };
      return { name, text: readFileSync(`${SAMPLES}${file}`, "utf8"), published: sidecar.source?.published ?? null };
    });
}

/** Quote text may join paragraphs and drop the opening marks of continued paragraphs and a closing comma. */
function normalizeQuote(text: string): string {
  return text.replace(/[“"]/g, "").replace(/\s+/g, " ").trim().replace(/,$/, "");
}

function expectWithin(doc: Doc, span: Span, label: string): void {
  expect(span.start, label).toBeGreaterThanOrEqual(0);
  expect(span.end, label).toBeGreaterThanOrEqual(span.start);
  expect(span.end, label).toBeLessThanOrEqual(doc.text.length);
}

const samples = readSamples();
const docs = new Map<string, Doc>();

beforeAll(() => {
  const run: Pipeline = languagePipeline();
  for (const sample of samples) docs.set(sample.name, run(sample.text, sample.published));
});

it("reads every sample with its publication day", () => {
  expect(samples.length).toBeGreaterThan(0);
  for (const sample of samples) expect(sample.published, sample.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

it("the samples give every layer something to check", () => {
  const all = [...docs.values()];
  for (const layer of ["sentences", "tokens", "dates", "mentions", "actors", "quotes"] as const) {
    expect(all.some((doc) => doc[layer].length > 0), layer).toBe(true);
  }
});

describe.each(samples.map((s) => [s.name, s] as const))("%s", (name, sample) => {
  let doc: Doc;
  beforeAll(() => {
    const analyzed = docs.get(name);
    if (!analyzed) throw new Error(`sample ${name} was not analyzed`);
    doc = analyzed;
  });

  it("keeps the text as given", () => {
    expect(doc.text).toBe(sample.text);
  });

  it("every token slices to its text", () => {
    for (const token of doc.tokens) {
      expectWithin(doc, token, `token ${token.text}`);
      expect(doc.text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it("every sentence runs from its first token to its last, inside its paragraph", () => {
    for (const sentence of doc.sentences) {
      expectWithin(doc, sentence, `sentence at ${sentence.start}`);
      expect(sentence.start).toBe(doc.tokens[sentence.tokenStart]?.start);
      expect(sentence.end).toBe(doc.tokens[sentence.tokenEnd - 1]?.end);
      const paragraph = doc.paragraphs[sentence.paragraph];
      expect(paragraph && paragraph.start <= sentence.start && sentence.end <= paragraph.end).toBe(true);
    }
  });

  it("every date slices to its text", () => {
    for (const date of doc.dates) {
      expectWithin(doc, date, `date ${date.text}`);
      expect(doc.text.slice(date.start, date.end)).toBe(date.text);
    }
  });

  it("every mention slices to its text", () => {
    for (const mention of doc.mentions) {
      expectWithin(doc, mention, `mention ${mention.text}`);
      expect(doc.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it("every quote's span holds its text, paragraph breaks aside", () => {
    for (const quote of doc.quotes) {
      expectWithin(doc, quote, `quote ${quote.text}`);
      expect(normalizeQuote(doc.text.slice(quote.start, quote.end))).toBe(normalizeQuote(quote.text));
    }
  });

  it("every actor and quote points at existing entries", () => {
    for (const actor of doc.actors) {
      for (const index of actor.mentions) expect(doc.mentions[index]?.actor).toBe(doc.actors.indexOf(actor));
    }
    for (const quote of doc.quotes) {
      if (quote.actor !== undefined) expect(doc.actors[quote.actor]).toBeDefined();
      expect(doc.sentences[quote.sentence]).toBeDefined();
    }
  });
});
