import { codeEvents } from "./events/index.js";
import { documentToArticle } from "./ingest/document.js";
import { loadKnowledge } from "./knowledge/load.js";
import type { Knowledge } from "./knowledge/types.js";
import { createLanguagePipeline } from "./language/index.js";
import type { Pipeline } from "./language/pipeline.js";
import type { Article, ArticleMetadata } from "./model/article.js";
import type { Doc } from "./model/doc.js";
import type { ActorRecord, EventRecord, QuoteRecord } from "./model/records.js";

export interface ExtractOptions extends ArticleMetadata {
  /** How to read the input: `auto` (default) looks for HTML markup. */
  format?: "auto" | "html" | "text";
  /** Names the input in error messages (a file path or URL). */
  inputName?: string;
}

/** Everything Parley reads from one article. */
export interface ExtractResult {
  article: Article;
  events: EventRecord[];
  actors: ActorRecord[];
  quotes: QuoteRecord[];
}

/** An extract run that also keeps the annotated Doc, for `--explain`. */
export interface Analysis extends ExtractResult {
  doc: Doc;
}

/** A loaded knowledge base and language pipeline, reused across articles. */
export interface Extractor {
  kb: Knowledge;
  /** Runs the language layers and the event coder over an article already extracted. */
  analyzeArticle(article: Article): Analysis;
  /** Reads an article from HTML or text, then analyzes it. */
  analyze(input: string, options?: ExtractOptions): Analysis;
}

export function createExtractor(kb: Knowledge = loadKnowledge()): Extractor {
  const pipeline: Pipeline = createLanguagePipeline(kb);
  const analyzeArticle = (article: Article): Analysis => {
    const doc = pipeline(article.text, article.published);
    return {
      article,
      events: codeEvents(doc, kb, article.id),
      actors: doc.actors.map(({ name, role, country, organization }) => ({ name, role, country, organization })),
      quotes: doc.quotes.map(({ speaker, text, start, end }) => ({ speaker, text, start, end })),
      doc,
    };
  };
  return {
    kb,
    analyzeArticle,
    analyze(input, options = {}) {
      const { format = "auto", inputName = "input", ...metadata } = options;
      const contentType = format === "auto" ? "unknown" : format;
      return analyzeArticle(documentToArticle({ origin: inputName, content: input, contentType, url: null, metadata }));
    },
  };
}

let shared: Extractor | null = null;

/**
 * Reads one article (HTML or plain text) and returns its event records, actors and
 * quotes. The knowledge base loads on the first call and is reused after.
 */
export function extract(input: string, options: ExtractOptions = {}): ExtractResult {
  shared ??= createExtractor();
  const { article, events, actors, quotes } = shared.analyze(input, options);
  return { article, events, actors, quotes };
}
