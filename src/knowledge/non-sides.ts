import { join } from "node:path";
import { readJsonl, type Schema } from "./data-files.js";
import { PhraseIndex } from "./phrase-index.js";
import type { NonSidePhrase } from "./types.js";

const KINDS: readonly NonSidePhrase["kind"][] = ["sea", "continent", "region", "outlet", "company", "event", "other"];

const NON_SIDE_SCHEMA: Schema = {
  phrase: { type: "string" },
  kind: { type: "string", oneOf: KINDS },
  note: { type: "string", optional: true },
};

/** `data/countries/non-sides.jsonl`: proper names that contain a side's name but are not that side. */
export function readNonSides(dataDir: string): PhraseIndex<NonSidePhrase> {
  const index = new PhraseIndex<NonSidePhrase>();
  for (const { value } of readJsonl<NonSidePhrase & { note?: string }>(join(dataDir, "countries", "non-sides.jsonl"), NON_SIDE_SCHEMA)) {
    const entry: NonSidePhrase = { phrase: value.phrase, kind: value.kind };
    index.add(value.phrase, entry, true);
  }
  return index;
}
