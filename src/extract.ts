import { asError } from "./errors.js";
import { codeEvents } from "./events/index.js";
import { documentToArticle } from "./ingest/document.js";
import { loadKnowledge } from "./knowledge/load.js";
import type { Knowledge } from "./knowledge/types.js";
import { createLanguageBatchPipeline } from "./language/index.js";
import type { BatchPipeline } from "./language/pipeline.js";
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

/** How many articles `parley extract` analyzes together: enough to keep each stage warm, few enough to hold in memory. */
export const BATCH_SIZE = 32;

/** A loaded knowledge base and language pipeline, reused across articles. */
export interface Extractor {
  kb: Knowledge;
  /** Runs the language layers and the event coder over an article already extracted; throws what fails. */
  analyzeArticle(article: Article): Analysis;
  /**
   * Analyzes many articles at once, stage by stage, which is faster than one by one.
   * Each gives its analysis, or the error it failed with: one bad article loses nothing else.
   */
  analyzeArticles(articles: readonly Article[]): (Analysis | Error)[];
  /** Reads an article from HTML or text, then analyzes it. */
  analyze(input: string, options?: ExtractOptions): Analysis;
}

export function createExtractor(kb: Knowledge = loadKnowledge()): Extractor {
  const pipeline: BatchPipeline = createLanguageBatchPipeline(kb);
  const analyzeArticles = (articles: readonly Article[]): (Analysis | Error)[] =>
    pipeline(articles.map(({ text, published, outlet }) => ({ text, published, outlet }))).map((doc, i) => {
      const article = articles[i] as Article;
      if (doc instanceof Error) return doc;
      try {
        return {
          article,
          events: codeEvents(doc, kb, article.id),
          actors: doc.actors.map(({ name, role, country, organization }) => ({ name, role, country, organization })),
          quotes: doc.quotes.map(({ speaker, text, start, end }) => ({ speaker, text, start, end })),
          doc,
        };
      } catch (thrown) {
        return asError(thrown);
      }
    });
  const analyzeArticle = (article: Article): Analysis => {
    const [result] = analyzeArticles([article]);
    if (result === undefined || result instanceof Error) throw result ?? new Error("the extractor returned nothing");
    return result;
  };
  return {
    kb,
    analyzeArticle,
    analyzeArticles,
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
