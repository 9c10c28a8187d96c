import type { Article, ArticleMetadata } from "../model/article.js";
import { looksLikeHtml } from "./detect.js";
import { articleFromHtml } from "./html.js";
import { checkInputSize } from "./limits.js";
import { articleFromText } from "./plain-text.js";

export { looksLikeHtml } from "./detect.js";
export { articleFromHtml } from "./html.js";
export { MAX_INPUT_BYTES } from "./limits.js";
export { articleFromText } from "./plain-text.js";
export { articleId } from "./text.js";

/** An article from either HTML or plain text, whichever the input looks like. */
export function toArticle(input: string, meta?: ArticleMetadata, inputName = "input"): Article {
  checkInputSize(input, inputName);
  return looksLikeHtml(input) ? articleFromHtml(input, meta, inputName) : articleFromText(input, meta, inputName);
}
