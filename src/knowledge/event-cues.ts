import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ParleyError } from "../errors.js";
import { PhraseIndex } from "./phrase-index.js";

/** The cue classes around a trigger, each a phrase list in `data/triggers/cues.json`. */
export const CUE_CLASSES = ["negation", "cancelled", "hypothetical", "planned", "ongoing", "virtual", "phone", "written", "goal", "renewed", "anchor", "separately", "directive"] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

/** One index over every cue phrase; an entry says which class the phrase belongs to. */
export type EventCues = PhraseIndex<CueClass>;

export function loadEventCues(dataDir: string): EventCues {
  const path = join(dataDir, "triggers", "cues.json");
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new ParleyError("LEXICON_INVALID", path, `not valid JSON (${(error as Error).message})`);
  }
  const cues = new PhraseIndex<CueClass>();
  for (const cueClass of CUE_CLASSES) {
    const phrases = raw[cueClass];
    if (!Array.isArray(phrases) || !phrases.every((p) => typeof p === "string")) {
      throw new ParleyError("LEXICON_INVALID", path, `"${cueClass}" must be a list of phrases`);
    }
    for (const phrase of phrases as string[]) cues.add(phrase, cueClass);
  }
  return cues;
}
