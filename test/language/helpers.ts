import { fileURLToPath } from "node:url";
import { emptyDoc, type Doc } from "../../src/model/doc.js";
import type { Knowledge, LanguageLists } from "../../src/knowledge/types.js";
import { loadLanguageLists } from "../../src/knowledge/language-lists.js";
import { tokensAnnotator } from "../../src/language/tokens.js";
import { datesAnnotator } from "../../src/language/dates.js";

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
