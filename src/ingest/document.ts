import { articleFromHtml, articleFromText, toArticle } from "../article/index.js";
import type { Article } from "../model/article.js";
import type { RawDocument } from "./types.js";

/**
 * The article in a raw document, read as its content type says (sniffed when
 * unknown), with the document's sidecar metadata overriding the page's. A
 * page that names no URL of its own takes the one it was fetched from.
 */
export function documentToArticle(document: RawDocument): Article {
  const { content, metadata, origin } = document;
  const article =
    document.contentType === "html"
      ? articleFromHtml(content, metadata, origin)
      : document.contentType === "text"
        ? articleFromText(content, metadata, origin)
        : toArticle(content, metadata, origin);
  return { ...article, url: article.url ?? document.url };
}
