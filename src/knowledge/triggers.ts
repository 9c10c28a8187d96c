import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ParleyError } from "../errors.js";
import { EVENT_MODES, EVENT_STATUSES, isPloverType, type EventMode, type EventStatus, type PloverType } from "../model/plover.js";
import { pluralOf, verbForms } from "./inflect.js";
import { PhraseIndex } from "./phrase-index.js";

/** A word or phrase that reports an event of one PLOVER type, with what it implies and requires. */
export interface Trigger {
  /** The phrase as the lexicon writes it (base form). */
  phrase: string;
  pos: "verb" | "noun" | "adj";
  type: PloverType;
  /** For CONSULT: the medium the word itself implies ("phone call" → phone). */
  mode: EventMode | null;
  /** A speech act (condemn, urge, praise): it happens when it is said, so a future tense does not make it planned. */
  verbal: boolean;
  /** A trip or visit: one event per country visited, and the destination is the place. */
  trip: boolean;
  /** Usually refers back to an interaction already reported ("discussed", "the discussion"). */
  anaphoric: boolean;
  /** The status the word carries by itself ("crackdown", "war" → ongoing). */
  status: EventStatus | null;
  /** One of these words must follow within a few tokens ("speak" needs "with" or "to"). */
  needsNext: readonly string[] | null;
  /** A verb whose plural subject holds both sides, so it needs no particle ("Rubio and Lavrov spoke by phone"). */
  reciprocal: boolean;
  /** The trigger does not count when one of these follows ("meet" + "deadline"). */
  unlessNext: readonly string[] | null;
  /** Only an event when its object is a person or government ("welcome", "release"). */
  needsPersonObject: boolean;
  /** Only an event when a named side stands on each end ("war" between whom). */
  needsDirection: boolean;
  /** Only an event when an actor is named right beside it ("strike", "exercise"). */
  needsActor: boolean;
  /**
   * A judgement ("unacceptable", "a war criminal"): an event only as the predicate of something
   * a speaker judges ("called the invasion unprovoked", "said the detention was unacceptable").
   */
  evaluative: boolean;
  /** A response in kind ("retaliation", "counter-measures"): with no target of its own, it answers the article's first act by another side. */
  retaliatory: boolean;
  /**
   * Only an event in reported speech ("Blinken said China must ...", "“Russia must withdraw,” Biden said"):
   * the speaker is its source and the reported clause's subject its target.
   */
  reported: boolean;
  /**
   * The type of the act when one side does it alone toward another: drills with a partner are
   * COOPERATE, drills around Taiwan a show of force (MOBILIZE).
   */
  soloType: PloverType | null;
}

const POS = new Set(["verb", "noun", "adj"]);

function stringList(value: unknown, where: string, field: string): string[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new ParleyError("LEXICON_INVALID", where, `"${field}" must be a list of strings`);
  }
  return value as string[];
}

function parseTrigger(line: string, where: string): { trigger: Trigger; forms: string[] | null } {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line) as Record<string, unknown>;
  } catch (error) {
    throw new ParleyError("LEXICON_INVALID", where, `not valid JSON (${(error as Error).message})`);
  }
  const { phrase, pos, type, mode, status } = raw;
  if (typeof phrase !== "string" || phrase.trim() === "") throw new ParleyError("LEXICON_INVALID", where, `"phrase" must be a non-empty string`);
  if (typeof pos !== "string" || !POS.has(pos)) throw new ParleyError("LEXICON_INVALID", where, `"pos" must be verb, noun or adj`);
  if (typeof type !== "string" || !isPloverType(type)) throw new ParleyError("LEXICON_INVALID", where, `"type" must be a PLOVER type, got ${JSON.stringify(type)}`);
  if (mode !== undefined && !(EVENT_MODES as readonly unknown[]).includes(mode)) throw new ParleyError("LEXICON_INVALID", where, `unknown mode ${JSON.stringify(mode)}`);
  if (status !== undefined && !(EVENT_STATUSES as readonly unknown[]).includes(status)) throw new ParleyError("LEXICON_INVALID", where, `unknown status ${JSON.stringify(status)}`);
  const soloType = raw.solo_type;
  if (soloType !== undefined && (typeof soloType !== "string" || !isPloverType(soloType))) throw new ParleyError("LEXICON_INVALID", where, `"solo_type" must be a PLOVER type`);
  return {
    trigger: {
      phrase,
      pos: pos as Trigger["pos"],
      type,
      mode: (mode as EventMode | undefined) ?? null,
      verbal: raw.verbal === true,
      trip: raw.trip === true,
      anaphoric: raw.anaphoric === true,
      status: (status as EventStatus | undefined) ?? null,
      needsNext: stringList(raw.needs_next, where, "needs_next"),
      reciprocal: raw.reciprocal === true,
      unlessNext: stringList(raw.unless_next, where, "unless_next"),
      needsPersonObject: raw.needs_person_object === true,
      needsDirection: raw.needs_direction === true,
      needsActor: raw.needs_actor === true,
      evaluative: raw.evaluative === true,
      retaliatory: raw.retaliatory === true,
      reported: raw.reported === true,
      soloType: soloType ?? null,
    },
    forms: stringList(raw.forms, where, "forms"),
  };
}

/** The phrases under which a trigger is indexed: every inflection of its head word. */
function surfaceForms(trigger: Trigger, forms: string[] | null, irregular: ReadonlyMap<string, readonly string[]>): string[] {
  const words = trigger.phrase.split(/\s+/);
  if (trigger.pos === "verb") {
    const [head = "", ...rest] = words;
    // A listed form may be the whole phrase ("broke off diplomatic relations") or only its head word ("expelled").
    return (forms ?? verbForms(head, irregular)).map((form) => (form.includes(" ") ? form : [form, ...rest].join(" ")));
  }
  if (trigger.pos === "noun") {
    const head = words[words.length - 1] ?? "";
    const stem = words.slice(0, -1);
    const plural = head.endsWith("s") ? head : pluralOf(head);
    return [...new Set([head, plural])].map((form) => [...stem, form].join(" "));
  }
  return [trigger.phrase];
}

/** Loads `data/triggers/triggers.jsonl` into an index of every inflected form. */
export function loadTriggers(dataDir: string, irregularPast: ReadonlyMap<string, string>): PhraseIndex<Trigger> {
  const irregular = new Map<string, string[]>();
  for (const [form, base] of irregularPast) irregular.set(base, [...(irregular.get(base) ?? []), form]);
  const path = join(dataDir, "triggers", "triggers.jsonl");
  const index = new PhraseIndex<Trigger>();
  readFileSync(path, "utf8").split("\n").forEach((line, n) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const { trigger, forms } = parseTrigger(line, `${path}:${n + 1}`);
    for (const surface of surfaceForms(trigger, forms, irregular)) index.add(surface, trigger);
  });
  return index;
}
