import { emptyDoc, type Doc, type LayerName } from "../model/doc.js";
import type { Knowledge } from "../knowledge/types.js";
import type { AnyAnnotator } from "./annotator.js";

export type Pipeline = (text: string, published: string | null) => Doc;

/**
 * Chains annotators in the given order. The order is checked once, here:
 * an annotator that needs a layer no earlier annotator adds is a programming error.
 */
export function createPipeline(annotators: readonly AnyAnnotator[], kb: Knowledge): Pipeline {
  const available = new Set<LayerName>();
  for (const annotator of annotators) {
    for (const layer of annotator.requires) {
      if (!available.has(layer)) {
        throw new Error(`annotator "${annotator.name}" requires layer "${layer}", which no earlier annotator adds`);
      }
    }
    for (const layer of annotator.adds) available.add(layer);
  }
  return (text, published) => {
    const doc = emptyDoc(text, published);
    for (const annotator of annotators) Object.assign(doc, annotator.annotate(doc, kb));
    return doc;
  };
}
