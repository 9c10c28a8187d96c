import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ParleyError } from "../errors.js";
import { loadTenseLists } from "./date-lists.js";
import { PhraseIndex } from "./phrase-index.js";
import type { LanguageLists, Referent } from "./types.js";

/** Non-empty, non-comment lines of a word-list file, with their line numbers. */
function dataLines(path: string): { line: number; text: string }[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter(({ text }) => text.length > 0 && !text.startsWith("#"));
}

function wordSet(path: string): Set<string> {
  return new Set(dataLines(path).map(({ text }) => text.toLowerCase()));
}

/** A list of phrases, one per line, to look up over tokens; each entry is its phrase. */
function phraseList(path: string): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const { text } of dataLines(path)) index.add(text, text.toLowerCase());
  return index;
}

/** The rows of a tab-separated word list under its required header, each split into its columns, with its line number. */
function tableRows(path: string, columns: readonly string[]): { line: number; cells: string[] }[] {
  const [header, ...rows] = dataLines(path);
  if (header?.text !== columns.join("\t")) {
    throw new ParleyError("LEXICON_INVALID", `${path}:${header?.line ?? 1}`, `expected the header '${columns.join("<TAB>")}'`);
  }
  return rows.map(({ line, text }) => ({ line, cells: text.split("\t") }));
}

function irregularPastForms(path: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const { line, cells } of tableRows(path, ["base", "past", "participle"])) {
    const [base, past, participle] = cells;
    if (!base || !past || !participle) {
      throw new ParleyError("LEXICON_INVALID", `${path}:${line}`, "expected three tab-separated columns");
    }
    for (const form of [...past.split("|"), ...participle.split("|")]) forms.set(form, base);
  }
  return forms;
}

const REFERENTS: readonly Referent[] = ["group", "government", "organization", "named-with"];

/** `referring-nouns.tsv`: each noun and the kind of side it refers back to. */
function referringNouns(path: string): Map<string, Referent> {
  const nouns = new Map<string, Referent>();
  for (const { line, cells } of tableRows(path, ["noun", "refers to"])) {
    const [noun, referent] = cells;
    if (!noun || !REFERENTS.includes(referent as Referent)) {
      throw new ParleyError("LEXICON_INVALID", `${path}:${line}`, `expected a noun and one of ${REFERENTS.join(", ")}`);
    }
    nouns.set(noun.toLowerCase(), referent as Referent);
  }
  return nouns;
}

export function loadLanguageLists(dataDir: string): LanguageLists {
  const dir = join(dataDir, "language");
  return {
    abbreviations: wordSet(join(dir, "abbreviations.txt")),
    photoCredits: wordSet(join(dir, "photo-credits.txt")),
    irregularPast: irregularPastForms(join(dir, "irregular-verbs.tsv")),
    speechVerbs: wordSet(join(dir, "speech-verbs.txt")),
    namingVerbs: wordSet(join(dir, "naming-verbs.txt")),
    nameParticles: wordSet(join(dir, "name-particles.txt")),
    facilityNouns: wordSet(join(dir, "facility-nouns.txt")),
    measureNouns: wordSet(join(dir, "measure-nouns.txt")),
    instrumentNouns: wordSet(join(dir, "instrument-nouns.txt")),
    actNouns: wordSet(join(dir, "act-nouns.txt")),
    echoPhrases: phraseList(join(dir, "echo-phrases.txt")),
    nameSuffixes: wordSet(join(dir, "name-suffixes.txt")),
    leadingFamilyNames: wordSet(join(dir, "leading-family-names.txt")),
    nonNameWords: wordSet(join(dir, "non-name-words.txt")),
    speakerNouns: wordSet(join(dir, "speaker-nouns.txt")),
    prepositions: wordSet(join(dir, "prepositions.txt")),
    placeNouns: wordSet(join(dir, "place-nouns.txt")),
    personNouns: wordSet(join(dir, "person-nouns.txt")),
    leaderTitles: wordSet(join(dir, "leader-titles.txt")),
    serviceWords: wordSet(join(dir, "service-words.txt")),
    referringNouns: referringNouns(join(dir, "referring-nouns.tsv")),
    tense: loadTenseLists(dataDir),
  };
}
