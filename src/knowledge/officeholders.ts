import { join } from "node:path";
import { lexiconError, readJsonl, type Schema } from "./data-files.js";
import { PhraseIndex } from "./phrase-index.js";
import { spellingsOf } from "./spelling.js";
import type { Officeholder } from "./types.js";

type OfficeholderLine = Omit<Officeholder, "surname"> & { surname?: string | null };

const YEAR = { type: "number", integer: true } as const;

const OFFICEHOLDER_SCHEMA: Schema = {
  name: { type: "string" },
  aliases: { type: "strings" },
  surname: { type: "string", optional: true, nullable: true },
  role: { type: "string" },
  country: { type: "string", nullable: true },
  organization: { type: "string", nullable: true },
  from: YEAR,
  to: { ...YEAR, nullable: true },
};

/** Words after a surname that are not the surname ("Jr.", "III"). */
const NAME_SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;

/** The last word of a full name, before any generational suffix: "Lloyd J. Austin III" → "Austin". */
export function lastName(name: string): string | null {
  const words = name.replace(/,/g, " ").split(/\s+/).filter((w) => w.length > 0);
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1] ?? "")) words.pop();
  return words.length > 1 ? (words[words.length - 1] ?? null) : null;
}

/**
 * `data/officeholders.jsonl`, indexed under each full name, each alias and the
 * surname, so "Blinken" alone finds Antony Blinken. The surname is the last word
 * of the name and of each alias, unless the line gives it: family-first names
 * ("Xi Jinping" → "Xi") and names the press never shortens ("surname": null).
 * All phrases are case-sensitive: "Price" is a person, "price" is not.
 */
export function readOfficeholders(dataDir: string, countryCodes: ReadonlySet<string>): PhraseIndex<Officeholder> {
  const index = new PhraseIndex<Officeholder>();
  for (const { value, where } of readJsonl<OfficeholderLine>(join(dataDir, "officeholders.jsonl"), OFFICEHOLDER_SCHEMA)) {
    if (value.country !== null && !countryCodes.has(value.country)) throw lexiconError(where, `unknown country code "${value.country}"`);
    if (value.to !== null && value.to < value.from) throw lexiconError(where, `'to' (${value.to}) is before 'from' (${value.from})`);
    const names = [value.name, ...value.aliases];
    const surnames =
      value.surname === undefined ? names.map(lastName).filter((s): s is string => s !== null) : value.surname === null ? [] : [value.surname];
    const holder: Officeholder = { ...value, surname: value.surname === undefined ? (lastName(value.name) ?? null) : value.surname };
    for (const phrase of new Set([...names, ...surnames])) {
      for (const spelling of spellingsOf(phrase)) index.add(spelling, holder, true);
    }
  }
  return index;
}
