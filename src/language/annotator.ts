import type { Doc, LayerName, Layers } from "../model/doc.js";
import type { Knowledge } from "../knowledge/types.js";

/**
 * One named step of the language pipeline. It reads the layers it `requires`
 * and returns the layers it `adds`; it never edits the text or other layers.
 */
export interface Annotator<A extends LayerName = LayerName> {
  name: string;
  requires: readonly LayerName[];
  adds: readonly A[];
  annotate(doc: Readonly<Doc>, kb: Knowledge): Pick<Layers, A>;
}

/** Any annotator, whatever layers it adds: what a pipeline holds. */
export interface AnyAnnotator {
  name: string;
  requires: readonly LayerName[];
  adds: readonly LayerName[];
  annotate(doc: Readonly<Doc>, kb: Knowledge): Partial<Layers>;
}

export function defineAnnotator<A extends LayerName>(annotator: Annotator<A>): Annotator<A> {
  return annotator;
}
