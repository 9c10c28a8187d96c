import { readPackageJson } from "./data-files.js";
import { packageFile, PACKAGE_FILES } from "./packages.js";
import { isLatinScript } from "./spelling.js";
import type { Country } from "./types.js";

/** The fields of world-countries' countries.json the loader reads. */
interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  latlng: number[];
  capitalInfo?: { latlng?: number[] };
  independent?: boolean | null;
  demonyms?: { eng?: { f: string; m: string } };
}

interface EnglishNames {
  countries: Record<string, string | string[]>;
}

function isWorldCountryList(value: unknown): value is WorldCountry[] {
  return (
    Array.isArray(value) &&
    value.every((c: Partial<WorldCountry>) => typeof c.cca3 === "string" && typeof c.cca2 === "string" && typeof c.name?.common === "string")
  );
}

function isEnglishNames(value: unknown): value is EnglishNames {
  return typeof value === "object" && value !== null && typeof (value as Partial<EnglishNames>).countries === "object";
}

export interface CapitalFact {
  name: string;
  code: string;
  lat: number | null;
  lon: number | null;
}

/** What the country packages say, before the curated files add to or correct it. */
export interface CountryFacts {
  countries: Map<string, Country>;
  alpha3ByAlpha2: ReadonlyMap<string, string>;
  /** Codes of sovereign states (world-countries `independent`). */
  independent: ReadonlySet<string>;
  capitals: CapitalFact[];
  /** Every name and spelling the packages give, per code (English and Latin-script only). */
  names: { name: string; code: string }[];
  demonyms: { demonym: string; code: string }[];
}

/**
 * A package name is usable in English running text when it is in Latin script
 * and not an inverted or annotated list form ("Korea, Republic of", "Falkland
 * Islands (Malvinas)"). Two-letter ISO codes are dropped ("IT", "IN" are words);
 * the ones the press writes ("US", "UK") are in data/countries/aliases.jsonl.
 */
function usableName(name: string, alpha2: string): boolean {
  return isLatinScript(name) && !/[,()]/.test(name) && name !== alpha2;
}

/** Package demonyms can list several words ("Antiguan, Barbudan", "Kittitian or Nevisian"). */
function demonymWords(demonym: string): string[] {
  return demonym
    .split(/,\s*|\s+or\s+/)
    .map((d) => d.trim())
    .filter((d) => d.length > 0);
}

function latLon(pair: number[] | undefined): { lat: number | null; lon: number | null } {
  const [lat, lon] = pair ?? [];
  return lat !== undefined && lon !== undefined ? { lat, lon } : { lat: null, lon: null };
}

export function readCountryFacts(): CountryFacts {
  const world = readPackageJson(packageFile(PACKAGE_FILES.worldCountries), isWorldCountryList);
  const english = readPackageJson(packageFile(PACKAGE_FILES.englishCountryNames), isEnglishNames);
  const countries = new Map<string, Country>();
  const alpha3ByAlpha2 = new Map<string, string>();
  const independent = new Set<string>();
  const capitals: CapitalFact[] = [];
  const names: { name: string; code: string }[] = [];
  const demonyms: { demonym: string; code: string }[] = [];

  for (const c of world) {
    const capital = c.capital[0] ?? null;
    countries.set(c.cca3, { code: c.cca3, alpha2: c.cca2, name: c.name.common, capital, ...latLon(c.latlng) });
    alpha3ByAlpha2.set(c.cca2, c.cca3);
    if (c.independent) independent.add(c.cca3);
    const capitalAt = latLon(c.capitalInfo?.latlng);
    for (const name of c.capital) capitals.push({ name, code: c.cca3, ...capitalAt });
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (usableName(name, c.cca2)) names.push({ name, code: c.cca3 });
    }
    const eng = c.demonyms?.eng;
    if (eng) {
      for (const demonym of new Set([...demonymWords(eng.m), ...demonymWords(eng.f)])) demonyms.push({ demonym, code: c.cca3 });
    }
  }
  for (const [alpha2, value] of Object.entries(english.countries)) {
    const code = alpha3ByAlpha2.get(alpha2);
    if (!code) continue;
    for (const name of Array.isArray(value) ? value : [value]) {
      if (usableName(name, alpha2)) names.push({ name, code });
    }
  }
  return { countries, alpha3ByAlpha2, independent, capitals, names, demonyms };
}
