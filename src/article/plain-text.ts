import type { Article, ArticleMetadata } from "../model/article.js";
import { checkInputSize } from "./limits.js";
import { articleId, normalizeText } from "./text.js";
import { withCallerMetadata } from "./metadata.js";

/** An article from plain text: the text as given (whitespace normalized), metadata from the caller. */
export function articleFromText(text: string, meta?: ArticleMetadata, inputName = "text input"): Article {
  checkInputSize(text, inputName);
  const body = normalizeText(text);
  const metadata = withCallerMetadata({ url: null, outlet: null, title: null, published: null, authors: [] }, meta);
  return { id: articleId(body), ...metadata, text: body };
}
