import { join } from "node:path";
import { lexiconError, readLines } from "./data-files.js";

/** One name: letters, with inner hyphens or apostrophes ("Jean-Yves", "Ze'ev"). */
const GIVEN_NAME = /^\p{L}+(?:['’-]\p{L}+)*$/u;

/** `data/given-names.txt`, in lower case. */
export function readGivenNames(dataDir: string): Set<string> {
  const names = new Set<string>();
  for (const { value, where } of readLines(join(dataDir, "given-names.txt"))) {
    if (!GIVEN_NAME.test(value)) throw lexiconError(where, `"${value}" is not a single given name`);
    names.add(value.toLowerCase());
  }
  return names;
}
