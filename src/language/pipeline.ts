import { asError } from "../errors.js";
import { emptyDoc, type Doc, type LayerName } from "../model/doc.js";
import type { Knowledge } from "../knowledge/types.js";
import type { AnyAnnotator } from "./annotator.js";

export type Pipeline = (text: string, published: string | null) => Doc;

/** One article's text as a batch takes it. */
export interface PipelineInput {
  text: string;
  published: string | null;
  outlet?: string | null;
}

/** Annotates many texts at once; each gives its Doc, or the error an annotator threw on it. */
export type BatchPipeline = (inputs: readonly PipelineInput[]) => (Doc | Error)[];

/**
 * The order is checked once, here: an annotator that needs a layer no earlier
 * annotator adds is a programming error.
 */
function checkOrder(annotators: readonly AnyAnnotator[]): void {
  const available = new Set<LayerName>();
  for (const annotator of annotators) {
    for (const layer of annotator.requires) {
      if (!available.has(layer)) {
        throw new Error(`annotator "${annotator.name}" requires layer "${layer}", which no earlier annotator adds`);
      }
    }
    for (const layer of annotator.adds) available.add(layer);
  }
}

/**
 * Chains annotators in the given order over a batch of texts, one annotator over
 * every text before the next: each annotator's lexicons and code stay warm in the
 * processor's caches, which makes a batch about a quarter faster than the same
 * texts one by one (`npm run bench`). A text an annotator fails on keeps its error
 * and skips the later annotators; the others go on.
 */
export function createBatchPipeline(annotators: readonly AnyAnnotator[], kb: Knowledge): BatchPipeline {
  checkOrder(annotators);
  return (inputs) => {
    const results: (Doc | Error)[] = inputs.map(({ text, published, outlet }) => emptyDoc(text, published, outlet ?? null));
    for (const annotator of annotators) {
      results.forEach((doc, i) => {
        if (doc instanceof Error) return;
        try {
          Object.assign(doc, annotator.annotate(doc, kb));
        } catch (thrown) {
          results[i] = asError(thrown);
        }
      });
    }
    return results;
  };
}

/** Chains annotators in the given order over one text; an annotator's error is thrown. */
export function createPipeline(annotators: readonly AnyAnnotator[], kb: Knowledge): Pipeline {
  const batch = createBatchPipeline(annotators, kb);
  return (text, published) => {
    const [result] = batch([{ text, published }]);
    if (result === undefined || result instanceof Error) throw result ?? new Error("the pipeline returned nothing");
    return result;
  };
}
