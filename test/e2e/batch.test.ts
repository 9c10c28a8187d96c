import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract.js";
import { documentToArticle } from "../../src/ingest/document.js";
import type { Article } from "../../src/model/article.js";

const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));

function sampleArticles(): Article[] {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const published = (JSON.parse(readFileSync(`${SAMPLES}${f.replace(/\.txt$/, ".json")}`, "utf8")) as { source: { published: string } }).source.published;
      return documentToArticle({ origin: f, content: readFileSync(`${SAMPLES}${f}`, "utf8"), contentType: "text", url: null, metadata: { published } });
    });
}

describe("analyzing articles in a batch", () => {
  it("gives every sample article the same records, actors and quotes as analyzing it alone", () => {
    const extractor = createExtractor();
    const articles = sampleArticles();
    const batch = extractor.analyzeArticles(articles);
    const alone = articles.map((article) => extractor.analyzeArticle(article));
    expect(batch).toHaveLength(articles.length);
    expect(batch.map((r) => (r instanceof Error ? r : { events: r.events, actors: r.actors, quotes: r.quotes }))).toEqual(
      alone.map((r) => ({ events: r.events, actors: r.actors, quotes: r.quotes })),
    );
  });
});
