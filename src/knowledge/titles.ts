import { join } from "node:path";
import { lexiconError, readJsonl, type Schema } from "./data-files.js";
import { PhraseIndex, phraseWords } from "./phrase-index.js";
import type { TitleEntry } from "./types.js";

interface TitleLine {
  title: string;
  kind: TitleEntry["kind"];
  country: string | null;
  organization: string | null;
  canonical?: string;
  caseSensitive?: boolean;
}

const TITLE_SCHEMA: Schema = {
  title: { type: "string" },
  kind: { type: "string", oneOf: ["office", "honorific"] },
  country: { type: "string", nullable: true },
  organization: { type: "string", nullable: true },
  canonical: { type: "string", optional: true },
  caseSensitive: { type: "boolean", optional: true },
};

/**
 * `data/titles.jsonl`: offices and honorifics. A title is case-insensitive
 * ("Secretary of State", "secretary of state") unless the line says otherwise,
 * as abbreviations that are also words do ("Gen.", "Rep.").
 */
export function readTitles(dataDir: string, countryCodes: ReadonlySet<string>): PhraseIndex<TitleEntry> {
  const index = new PhraseIndex<TitleEntry>();
  const seen = new Set<string>();
  for (const { value, where } of readJsonl<TitleLine>(join(dataDir, "titles.jsonl"), TITLE_SCHEMA)) {
    if (value.country !== null && !countryCodes.has(value.country)) throw lexiconError(where, `unknown country code "${value.country}"`);
    const key = phraseWords(value.title).join(" ");
    if (seen.has(key)) throw lexiconError(where, `"${value.title}" is listed twice (titles match without case and dots)`);
    seen.add(key);
    const entry: TitleEntry = {
      title: value.title,
      kind: value.kind,
      country: value.country,
      organization: value.organization,
      canonical: value.canonical ?? value.title,
    };
    index.add(value.title, entry, value.caseSensitive ?? false);
  }
  return index;
}
