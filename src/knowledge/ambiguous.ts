import { join } from "node:path";
import { lexiconError, readJsonl, type Schema } from "./data-files.js";
import { PhraseIndex } from "./phrase-index.js";
import type { AmbiguousName, AmbiguousReading } from "./types.js";

const READING_KINDS: readonly AmbiguousReading["kind"][] = ["country", "region", "city", "person", "organization", "word"];

const AMBIGUOUS_SCHEMA: Schema = {
  name: { type: "string" },
  readings: {
    type: "objects",
    fields: {
      kind: { type: "string", oneOf: READING_KINDS },
      code: { type: "string", nullable: true },
      cues: { type: "strings" },
    },
  },
  decidedBy: { type: "string" },
};

/**
 * `data/countries/ambiguous.jsonl`: names with several readings and the context
 * that decides. Codes must be known countries or organisation codes.
 */
export function readAmbiguousNames(dataDir: string, knownCodes: (code: string) => boolean): PhraseIndex<AmbiguousName> {
  const index = new PhraseIndex<AmbiguousName>();
  for (const { value, where } of readJsonl<AmbiguousName>(join(dataDir, "countries", "ambiguous.jsonl"), AMBIGUOUS_SCHEMA)) {
    if (value.readings.length < 2) throw lexiconError(where, "an ambiguous name needs at least two readings");
    for (const reading of value.readings) {
      if (reading.code !== null && !knownCodes(reading.code)) throw lexiconError(where, `unknown code "${reading.code}"`);
    }
    if (index.get(value.name).length > 0) throw lexiconError(where, `"${value.name}" is listed twice`);
    index.add(value.name, value);
  }
  return index;
}
