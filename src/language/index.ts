import type { Knowledge } from "../knowledge/types.js";
import type { AnyAnnotator } from "./annotator.js";
import { coreferenceAnnotator } from "./coreference.js";
import { datesAnnotator } from "./dates.js";
import { mentionsAnnotator } from "./mentions/index.js";
import { createBatchPipeline, createPipeline, type BatchPipeline, type Pipeline } from "./pipeline.js";
import { quotesAnnotator } from "./quotes.js";
import { tokensAnnotator } from "./tokens.js";

/** The language layer, in the order it runs. Each annotator adds the layers its name says. */
export const LANGUAGE_ANNOTATORS: readonly AnyAnnotator[] = [
  tokensAnnotator,
  datesAnnotator,
  mentionsAnnotator,
  coreferenceAnnotator,
  quotesAnnotator,
];

export function createLanguagePipeline(kb: Knowledge): Pipeline {
  return createPipeline(LANGUAGE_ANNOTATORS, kb);
}

export function createLanguageBatchPipeline(kb: Knowledge): BatchPipeline {
  return createBatchPipeline(LANGUAGE_ANNOTATORS, kb);
}
