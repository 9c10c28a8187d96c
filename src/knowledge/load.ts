import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readAmbiguousNames } from "./ambiguous.js";
import { readCountryFacts } from "./countries.js";
import { loadEventCues } from "./event-cues.js";
import { readGivenNames } from "./given-names.js";
import { loadLanguageLists } from "./language-lists.js";
import { readNonSides } from "./non-sides.js";
import { readOfficeholders } from "./officeholders.js";
import { readOrganizations } from "./organizations.js";
import { buildPlaces } from "./places.js";
import { buildSides } from "./sides.js";
import { readTitles } from "./titles.js";
import { loadTriggers } from "./triggers.js";
import type { Knowledge } from "./types.js";

/**
 * The folder holding package.json, found by walking up from this module, so the
 * same code finds `data/` from `src/knowledge/` (vitest) and `dist/src/knowledge/` (the CLI).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

export function dataDirectory(): string {
  return join(packageRoot(), "data");
}

/**
 * Reads and indexes every lexicon under `dataDir` and the gazetteer packages.
 * Any malformed data line throws LEXICON_INVALID naming its file and line.
 */
export function buildKnowledge(dataDir: string): Knowledge {
  const facts = readCountryFacts();
  const countryCodes = new Set(facts.countries.keys());
  const organizations = readOrganizations(dataDir, countryCodes);
  const organizationCodes = new Set(organizations.filter((o) => o.kind === "igo").map((o) => o.code));
  const ambiguous = readAmbiguousNames(dataDir, (code) => countryCodes.has(code) || organizationCodes.has(code));
  const countryAndCapitalNames = new Set([...facts.names.map((n) => n.name), ...facts.capitals.map((c) => c.name)].map((n) => n.toLowerCase()));
  const givenNames = readGivenNames(dataDir, countryAndCapitalNames);
  const sides = buildSides(dataDir, facts, organizations, { givenNames, ambiguous });
  const language = loadLanguageLists(dataDir);
  return Object.freeze({
    countries: facts.countries,
    sides: sides.index,
    titles: readTitles(dataDir, countryCodes),
    places: buildPlaces(dataDir, { facts, countryNames: sides.countryNames, ambiguous }),
    officeholders: readOfficeholders(dataDir, countryCodes),
    givenNames,
    ambiguous,
    nonSides: readNonSides(dataDir),
    language,
    triggers: loadTriggers(dataDir, language.irregularPast),
    eventCues: loadEventCues(dataDir),
  });
}

let loaded: Knowledge | null = null;

/** The knowledge base from the package's own `data/`, built on first use and shared after. */
export function loadKnowledge(): Knowledge {
  loaded ??= buildKnowledge(dataDirectory());
  return loaded;
}
