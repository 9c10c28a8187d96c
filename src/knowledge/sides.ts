import { join } from "node:path";
import { lexiconError, readJsonl, type DataLine, type Schema } from "./data-files.js";
import type { CountryFacts } from "./countries.js";
import type { Organization } from "./organizations.js";
import { normalizeWord, PhraseIndex } from "./phrase-index.js";
import { spellingsOf } from "./spelling.js";
import type { SideEntry, SideKind } from "./types.js";

interface AliasLine {
  name: string;
  code: string;
  caseSensitive?: boolean;
}
interface DemonymLine {
  demonym: string;
  plural?: string;
  code: string;
}
interface ExcludedNameLine {
  name: string;
  code: string;
  reason: string;
}

const ALIAS_SCHEMA: Schema = { name: { type: "string" }, code: { type: "string" }, caseSensitive: { type: "boolean", optional: true } };
const DEMONYM_SCHEMA: Schema = { demonym: { type: "string" }, plural: { type: "string", optional: true }, code: { type: "string" } };
const EXCLUDED_SCHEMA: Schema = { name: { type: "string" }, code: { type: "string" }, reason: { type: "string" } };

export interface Sides {
  index: PhraseIndex<SideEntry>;
  /** Every name and alias of each country (not demonyms or metonyms), for the places index. */
  countryNames: ReadonlyMap<string, readonly string[]>;
}

/** What the metonym rule must know: names that are given names or ambiguous are not read as governments. */
export interface MetonymExclusions {
  givenNames: ReadonlySet<string>;
  ambiguous: PhraseIndex<unknown>;
}

/** How the index compares phrases, closely enough to tell duplicates: case, dots and curly quotes aside. */
function phraseKey(phrase: string): string {
  return normalizeWord(phrase);
}

/**
 * The plural people-word English forms from a demonym ending in -an, -i or -er
 * ("Afghans", "Iraqis", "New Zealanders"); others have none ("Chinese", "Swiss")
 * or an irregular one, which data/countries/demonyms.jsonl gives.
 */
function regularPlural(demonym: string): string | null {
  return /(an|i|er)$/.test(demonym) ? `${demonym}s` : null;
}

class SidesBuilder {
  readonly index = new PhraseIndex<SideEntry>();
  readonly countryNames = new Map<string, string[]>();
  private readonly entries = new Map<string, SideEntry>();
  private readonly added = new Set<string>();

  constructor(private readonly facts: CountryFacts) {}

  /** One shared entry per side reading, so the index returns each reading once per phrase. */
  entry(kind: SideKind, code: string, name: string, caseSensitive: boolean): SideEntry {
    const id = `${kind}|${code}|${name}|${caseSensitive}`;
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { kind, code, name, caseSensitive };
      this.entries.set(id, entry);
    }
    return entry;
  }

  countryName(code: string): string {
    return this.facts.countries.get(code)?.name ?? code;
  }

  has(phrase: string, kind: SideKind, code: string): boolean {
    return this.added.has(`${phraseKey(phrase)}|${kind}|${code}`);
  }

  add(phrase: string, entry: SideEntry): void {
    for (const spelling of spellingsOf(phrase)) {
      const id = `${phraseKey(spelling)}|${entry.kind}|${entry.code}`;
      if (this.added.has(id)) continue;
      this.added.add(id);
      this.index.add(spelling, entry, entry.caseSensitive);
      if (entry.kind === "name") {
        const names = this.countryNames.get(entry.code) ?? [];
        names.push(spelling);
        this.countryNames.set(entry.code, names);
      }
    }
  }
}

function checkCountry(facts: CountryFacts, code: string, where: string): void {
  if (!facts.countries.has(code)) throw lexiconError(where, `unknown country code "${code}"`);
}

function readChecked<T extends { code: string }>(facts: CountryFacts, path: string, schema: Schema): DataLine<T>[] {
  const lines = readJsonl<T>(path, schema);
  for (const { value, where } of lines) checkCountry(facts, value.code, where);
  return lines;
}

function addNames(builder: SidesBuilder, facts: CountryFacts, dir: string): void {
  const curated = new Set<string>();
  for (const { value, where } of readChecked<AliasLine>(facts, join(dir, "aliases.jsonl"), ALIAS_SCHEMA)) {
    if (builder.has(value.name, "name", value.code)) throw lexiconError(where, `"${value.name}" is listed twice for ${value.code}`);
    builder.add(value.name, builder.entry("name", value.code, builder.countryName(value.code), value.caseSensitive ?? true));
    curated.add(phraseKey(value.name));
  }
  const excluded = new Set<string>();
  for (const { value } of readChecked<ExcludedNameLine>(facts, join(dir, "excluded-names.jsonl"), EXCLUDED_SCHEMA)) {
    excluded.add(`${phraseKey(value.name)}|${value.code}`);
  }
  // A curated name replaces whatever the packages map the same words to.
  for (const { name, code } of facts.names) {
    const key = phraseKey(name);
    if (curated.has(key) || excluded.has(`${key}|${code}`)) continue;
    builder.add(name, builder.entry("name", code, builder.countryName(code), true));
  }
}

function addDemonyms(builder: SidesBuilder, facts: CountryFacts, dir: string): void {
  const curated = new Set<string>();
  for (const { value, where } of readChecked<DemonymLine>(facts, join(dir, "demonyms.jsonl"), DEMONYM_SCHEMA)) {
    if (builder.has(value.demonym, "demonym", value.code)) throw lexiconError(where, `"${value.demonym}" is listed twice for ${value.code}`);
    const entry = builder.entry("demonym", value.code, builder.countryName(value.code), true);
    for (const word of [value.demonym, value.plural]) {
      if (!word) continue;
      builder.add(word, entry);
      curated.add(phraseKey(word));
    }
  }
  // The packages' demonyms are partly shared ("American": USA and MNP); a curated line decides.
  for (const { demonym, code } of facts.demonyms) {
    if (curated.has(phraseKey(demonym))) continue;
    const entry = builder.entry("demonym", code, builder.countryName(code), true);
    builder.add(demonym, entry);
    const plural = regularPlural(demonym);
    if (plural && !curated.has(phraseKey(plural))) builder.add(plural, entry);
  }
}

/**
 * Capitals of sovereign states stand for their governments ("Beijing said"),
 * unless the name is also a common given name ("Victoria") or an ambiguous name
 * (data/countries/ambiguous.jsonl), or already a name of the country ("Singapore").
 * Seats of power come from data/countries/seats.jsonl.
 */
function addMetonyms(builder: SidesBuilder, facts: CountryFacts, dir: string, exclusions: MetonymExclusions): void {
  for (const capital of facts.capitals) {
    if (!facts.independent.has(capital.code)) continue;
    if (exclusions.givenNames.has(capital.name.toLowerCase())) continue;
    if (exclusions.ambiguous.get(capital.name).length > 0) continue;
    if (builder.has(capital.name, "name", capital.code)) continue;
    builder.add(capital.name, builder.entry("metonym", capital.code, capital.name, true));
  }
  for (const { value } of readChecked<AliasLine>(facts, join(dir, "seats.jsonl"), ALIAS_SCHEMA)) {
    builder.add(value.name, builder.entry("metonym", value.code, value.name, value.caseSensitive ?? true));
  }
}

/** The sides index: country names, demonyms, metonyms, then organisations, agencies and groups. */
export function buildSides(
  dataDir: string,
  facts: CountryFacts,
  organizations: readonly Organization[],
  exclusions: MetonymExclusions,
): Sides {
  const builder = new SidesBuilder(facts);
  const dir = join(dataDir, "countries");
  addNames(builder, facts, dir);
  addDemonyms(builder, facts, dir);
  addMetonyms(builder, facts, dir, exclusions);
  for (const organization of organizations) {
    const entry = builder.entry(organization.kind, organization.code, organization.name, organization.caseSensitive);
    for (const phrase of organization.phrases) builder.add(phrase, entry);
  }
  return { index: builder.index, countryNames: builder.countryNames };
}
