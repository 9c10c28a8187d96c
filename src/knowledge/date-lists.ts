import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ParleyError } from "../errors.js";
import type { TenseLists } from "./types.js";

/** The placeholder a future-marker line uses for a present form of "to be". */
export const BE_PLACEHOLDER = "{be}";

function dataLines(path: string): { line: number; text: string }[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter(({ text }) => text.length > 0 && !text.startsWith("#"));
}

function futureMarkers(path: string): string[][] {
  return dataLines(path).map(({ line, text }) => {
    const words = text.toLowerCase().split(/\s+/);
    if (words.slice(1).includes(BE_PLACEHOLDER)) {
      throw new ParleyError("LEXICON_INVALID", `${path}:${line}`, `"${BE_PLACEHOLDER}" may only start a sequence`);
    }
    return words;
  });
}

/** The word lists the tense layer reads: `data/language/future-markers.txt`, `ed-base-verbs.txt`, `prospective-modifiers.txt` and `prospective-openers.txt`. */
export function loadTenseLists(dataDir: string): TenseLists {
  const dir = join(dataDir, "language");
  return {
    futureMarkers: futureMarkers(join(dir, "future-markers.txt")),
    edBaseForms: new Set(dataLines(join(dir, "ed-base-verbs.txt")).map(({ text }) => text.toLowerCase())),
    prospectiveModifiers: new Set(dataLines(join(dir, "prospective-modifiers.txt")).map(({ text }) => text.toLowerCase())),
    prospectiveOpeners: dataLines(join(dir, "prospective-openers.txt")).map(({ text }) => text.toLowerCase().split(/\s+/)),
  };
}
