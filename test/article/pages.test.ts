import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleFromHtml, toArticle } from "../../src/article/index.js";

/** What a fixture page must give: every field, every body paragraph, and the furniture that must be gone. */
interface ExpectedPage {
  title: string | null;
  published: string | null;
  outlet: string | null;
  authors: string[];
  url: string | null;
  paragraphs: string[];
  furniture: string[];
}

const PAGES_DIR = join(import.meta.dirname, "../fixtures/pages");

const pages = [
  ["big-outlet", "a big outlet: JSON-LD array + OpenGraph, browser banner, nav, figure, ad slot, newsletter, related, share, bio, comments, footer"],
  ["wire-service", "a wire service: @graph JSON-LD with @id references, cookie banner, photo caption, wire credits"],
  ["government-release", "a government press release: meta tags only, the date from <time>, breadcrumbs, share and feedback blocks"],
  ["blog-no-metadata", "a blog with no metadata at all, a sidebar, share and like widgets, comments"],
  ["broken-markup", "a table layout with unclosed tags, stray </div>s and malformed JSON-LD"],
] as const;

describe.each(pages)("the %s page (%s)", (name) => {
  const html = readFileSync(join(PAGES_DIR, `${name}.html`), "utf8");
  const expected = JSON.parse(readFileSync(join(PAGES_DIR, `${name}.expected.json`), "utf8")) as ExpectedPage;
  const article = articleFromHtml(html, undefined, `${name}.html`);
  const paragraphs = article.text.split("\n\n");

  it("reads title, publication day, outlet, authors and URL", () => {
    expect(article.title).toBe(expected.title);
    expect(article.published).toBe(expected.published);
    expect(article.outlet).toBe(expected.outlet);
    expect(article.authors).toEqual(expected.authors);
    expect(article.url).toBe(expected.url);
  });

  it.each(expected.paragraphs.map((p, i) => [i + 1, p] as const))("keeps body paragraph %i as a paragraph of its own", (_, paragraph) => {
    expect(paragraphs).toContain(paragraph);
  });

  it.each(expected.furniture.map((piece) => [piece] as const))("drops the furniture %j", (piece) => {
    // The piece is on the page, so its absence from the text is the extractor's doing.
    expect(html).toContain(piece);
    expect(article.text).not.toContain(piece);
  });

  it("gives the body paragraphs in order and nothing else", () => {
    expect(article.text).toBe(expected.paragraphs.join("\n\n"));
  });

  it("is detected as HTML and extracted the same way through toArticle", () => {
    expect(toArticle(html)).toEqual({ ...article });
  });
});
