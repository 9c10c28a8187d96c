import { fileURLToPath } from "node:url";
import { emptyDoc, type Doc } from "../../src/model/doc.js";
import type { Knowledge, LanguageLists } from "../../src/knowledge/types.js";
import { loadLanguageLists } from "../../src/knowledge/language-lists.js";
import { tokensAnnotator } from "../../src/language/tokens.js";
import { datesAnnotator } from "../../src/language/dates.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createLanguagePipeline } from "../../src/language/index.js";
import { createPipeline, type Pipeline } from "../../src/language/pipeline.js";

const DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));

let lists: LanguageLists | undefined;

/** The word lists of `data/language`, loaded once per test file. */
export function languageLists(): LanguageLists {
  lists ??= loadLanguageLists(DATA_DIR);
  return lists;
}

/**
 * A knowledge base holding only the language word lists, which is all the
 * tokens, tense and dates code reads; the rest is left out on purpose.
 */
export function languageKnowledge(): Knowledge {
  return { language: languageLists() } as unknown as Knowledge;
}

/** Runs the tokens annotator then the dates annotator over the text, as the pipeline does. */
export function annotateDates(text: string, published: string | null): Doc {
  const kb = languageKnowledge();
  const doc = emptyDoc(text, published);
  Object.assign(doc, tokensAnnotator.annotate(doc, kb));
  Object.assign(doc, datesAnnotator.annotate(doc, kb));
  return doc;
}

/** Only the tokens annotator, over the language word lists: paragraphs, sentences and tokens. */
export function tokensPipeline(): Pipeline {
  return createPipeline([tokensAnnotator], languageKnowledge());
}

/** The whole language layer (tokens, dates, mentions, coreference, quotes) over the package's knowledge base. */
export function languagePipeline(): Pipeline {
  return createLanguagePipeline(loadKnowledge());
}

/** Each sentence of the doc as written. */
export function sentenceTexts(doc: Doc): string[] {
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}
