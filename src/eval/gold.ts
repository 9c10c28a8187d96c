import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { ParleyError } from "../errors.js";
import { EVENT_MODES, EVENT_STATUSES, isPloverType } from "../model/plover.js";
import type { EventMode, EventStatus } from "../model/plover.js";
import type { ActorRecord, DateRange, PlaceRef } from "../model/records.js";
import type { GoldArticle, ScoredEvent, ScoredQuote } from "./types.js";

/** A gold article with the plain text the extractor is fed. */
export interface GoldEntry {
  gold: GoldArticle;
  text: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A gold file failed validation at `at` (a path inside the JSON such as `events[2].date.start`). */
class GoldShapeError extends Error {
  constructor(at: string, problem: string) {
    super(`${at}: ${problem}`);
  }
}

/**
 * Loads every `<id>.json` of a folder, sorted by name, with the `<id>.txt` beside it.
 * Throws ParleyError INPUT_NOT_FOUND for a missing folder or text, GOLD_INVALID for a bad gold file.
 */
export async function loadGoldFolder(folder: string): Promise<GoldEntry[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    throw new ParleyError("INPUT_NOT_FOUND", folder, "gold folder not found or not readable");
  }
  const goldFiles = names.filter((name) => name.endsWith(".json")).sort();
  if (goldFiles.length === 0) throw new ParleyError("INPUT_EMPTY", folder, "no <id>.json gold files in this folder");
  const entries: GoldEntry[] = [];
  for (const name of goldFiles) {
    const path = join(folder, name);
    const gold = parseGold(await readFile(path, "utf8"), path);
    const textPath = join(folder, `${gold.id}.txt`);
    let text: string;
    try {
      text = await readFile(textPath, "utf8");
    } catch {
      throw new ParleyError("INPUT_NOT_FOUND", textPath, `the article text for ${name} is missing`);
    }
    entries.push({ gold, text });
  }
  return entries;
}

/** Parses and validates one gold file; its id is the file name without `.json`. */
export function parseGold(json: string, path: string): GoldArticle {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ParleyError("GOLD_INVALID", path, `not valid JSON (${(error as Error).message})`);
  }
  const id = basename(path, ".json");
  try {
    const root = record(data, "gold file");
    if (root.id !== undefined && root.id !== id) throw new GoldShapeError("id", `"${String(root.id)}" differs from the file name "${id}"`);
    const source = record(root.source, "source");
    return {
      id,
      published: isoDay(source.published, "source.published"),
      outlet: optionalText(source.outlet, "source.outlet"),
      events: list(root.events, "events").map((item, i) => goldEvent(item, `events[${i}]`)),
      actors: list(root.actors, "actors").map((item, i) => goldActor(item, `actors[${i}]`)),
      quotes: list(root.quotes, "quotes").map((item, i) => goldQuote(item, `quotes[${i}]`)),
    };
  } catch (error) {
    if (error instanceof GoldShapeError) throw new ParleyError("GOLD_INVALID", path, error.message);
    throw error;
  }
}

/** A missing `mode`, `location` or `date` reads as null, as the GUIDE writes it. */
function goldEvent(value: unknown, at: string): ScoredEvent {
  const event = record(value, at);
  const type = text(event.type, `${at}.type`);
  if (!isPloverType(type)) throw new GoldShapeError(`${at}.type`, `"${type}" is not a PLOVER type`);
  return {
    type,
    mode: event.mode == null ? null : oneOf<EventMode>(event.mode, EVENT_MODES, `${at}.mode`),
    status: oneOf<EventStatus>(event.status, EVENT_STATUSES, `${at}.status`),
    source: texts(event.source, `${at}.source`),
    target: texts(event.target, `${at}.target`),
    participants: texts(event.participants, `${at}.participants`),
    location: event.location == null ? null : place(event.location, `${at}.location`),
    date: event.date == null ? null : dateRange(event.date, `${at}.date`),
    topics: event.topics === undefined ? [] : texts(event.topics, `${at}.topics`),
    evidence: text(event.evidence, `${at}.evidence`),
  };
}

function goldActor(value: unknown, at: string): ActorRecord {
  const actor = record(value, at);
  return {
    name: text(actor.name, `${at}.name`),
    role: optionalText(actor.role, `${at}.role`),
    country: optionalText(actor.country, `${at}.country`),
    organization: optionalText(actor.organization, `${at}.organization`),
  };
}

function goldQuote(value: unknown, at: string): ScoredQuote {
  const quote = record(value, at);
  return { speaker: text(quote.speaker, `${at}.speaker`), text: text(quote.text, `${at}.text`) };
}

function place(value: unknown, at: string): PlaceRef {
  const location = record(value, at);
  return { name: text(location.name, `${at}.name`), country: optionalText(location.country, `${at}.country`) };
}

function dateRange(value: unknown, at: string): DateRange {
  const date = record(value, at);
  const start = isoDay(date.start, `${at}.start`);
  const end = isoDay(date.end, `${at}.end`);
  if (end < start) throw new GoldShapeError(at, `end ${end} is before start ${start}`);
  return { text: optionalText(date.text, `${at}.text`), start, end };
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new GoldShapeError(at, "expected an object");
  }
  return value as Record<string, unknown>;
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new GoldShapeError(at, "expected an array");
  return value;
}

function text(value: unknown, at: string): string {
  if (typeof value !== "string") throw new GoldShapeError(at, "expected a string");
  return value;
}

function optionalText(value: unknown, at: string): string | null {
  return value === null || value === undefined ? null : text(value, at);
}

function texts(value: unknown, at: string): string[] {
  return list(value, at).map((item, i) => text(item, `${at}[${i}]`));
}

function isoDay(value: unknown, at: string): string {
  const day = text(value, at);
  if (!ISO_DAY.test(day)) throw new GoldShapeError(at, `"${day}" is not an ISO day (YYYY-MM-DD)`);
  return day;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], at: string): T {
  const word = text(value, at);
  if (!(allowed as readonly string[]).includes(word)) {
    throw new GoldShapeError(at, `"${word}" is not one of ${allowed.join(", ")}`);
  }
  return word as T;
}
