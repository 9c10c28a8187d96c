/** One news article after extraction: clean text plus the metadata we could trust. */
export interface Article {
  /** Hash of the normalized text, so the same article always gets the same id. */
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** Publication date as an ISO day (YYYY-MM-DD), in the page's own time zone. */
  published: string | null;
  authors: string[];
  /** Body text: paragraphs separated by one blank line. Never rewritten after this point. */
  text: string;
}

/** Metadata a caller may supply for plain text, or to override what a page says. */
export interface ArticleMetadata {
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  published?: string | null;
  authors?: string[];
}
