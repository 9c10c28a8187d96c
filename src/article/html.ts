import { Readability } from "@mozilla/readability";
import { ParleyError } from "../errors.js";
import type { Article, ArticleMetadata } from "../model/article.js";
import { type Block, blocks } from "./blocks.js";
import { type DomDocument, type DomNode, parseDocument } from "./dom.js";
import { removeFurniture } from "./furniture.js";
import { isFurnitureBlock } from "./furniture-text.js";
import { checkInputSize } from "./limits.js";
import { readPageMetadata, withCallerMetadata } from "./metadata.js";
import { articleId, collapseWhitespace } from "./text.js";

/** Paragraphs of the article body as Readability finds them, or none. */
function readabilityBlocks(document: DomDocument): Block[] {
  // Readability is typed against the browser DOM, which linkedom implements. Its result is
  // kept as a node (the serializer) rather than HTML that would have to be parsed again.
  const readability = new Readability<DomNode>(document as unknown as ConstructorParameters<typeof Readability>[0], {
    serializer: (node) => node as DomNode,
  });
  const content = readability.parse()?.content;
  return content ? blocks(content) : [];
}

/** The paragraphs of the page's main container, for pages Readability cannot read. */
function containerBlocks(document: DomDocument): Block[] {
  const container = document.querySelector("main") ?? document.querySelector("article") ?? document.body;
  return Array.from(container.querySelectorAll("p")).flatMap(blocks);
}

/** Drops furniture paragraphs, and the headline when the body repeats it first. */
function bodyParagraphs(page: readonly Block[], title: string | null): string[] {
  const body = page.filter((block) => !isFurnitureBlock(block)).map((block) => block.text);
  const headline = title ? collapseWhitespace(title).toLowerCase() : null;
  while (headline !== null && body[0]?.toLowerCase() === headline) body.shift();
  return body;
}

/**
 * An article from an HTML page: metadata from JSON-LD, meta tags and
 * <time>, body text from Readability after page furniture is removed.
 * Nothing in the page is executed. Caller metadata overrides the page's.
 */
export function articleFromHtml(html: string, meta?: ArticleMetadata, inputName = "html input"): Article {
  checkInputSize(html, inputName);
  const document = parseDocument(html);
  const metadata = withCallerMetadata(readPageMetadata(document), meta);
  removeFurniture(document);
  // Read before Readability runs, because Readability rewrites the document it is given.
  const fallback = containerBlocks(document);
  let paragraphs = bodyParagraphs(readabilityBlocks(document), metadata.title);
  if (paragraphs.length === 0) paragraphs = bodyParagraphs(fallback, metadata.title);
  if (paragraphs.length === 0) throw new ParleyError("INPUT_NOT_ARTICLE", inputName, "no article text found in the HTML");
  const text = paragraphs.join("\n\n");
  return { id: articleId(text), ...metadata, text };
}
