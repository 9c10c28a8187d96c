import { createExtractor, type Analysis, type Extractor } from "../../src/extract.js";
import type { PloverType } from "../../src/model/plover.js";
import type { EventRecord } from "../../src/model/records.js";

/** A Wednesday: past weekdays resolve to 2024-03-11 (Mon) .. 2024-03-12 (Tue), "next week" to 2024-03-18..24. */
export const PUBLISHED = "2024-03-13";

let extractor: Extractor | null = null;

/** One extractor per test file (the knowledge base takes about a second to load). */
export function loadExtractor(): Extractor {
  extractor ??= createExtractor();
  return extractor;
}

/** Runs the whole pipeline over a short plain-text article. */
export function analyze(text: string, published: string = PUBLISHED): Analysis {
  return loadExtractor().analyze(text, { format: "text", published });
}

/** The event records of a short plain-text article. */
export function eventsOf(text: string, published: string = PUBLISHED): EventRecord[] {
  return analyze(text, published).events;
}

export function ofType(events: readonly EventRecord[], type: PloverType): EventRecord[] {
  return events.filter((e) => e.type === type);
}

/** The one record of a type; fails, listing what was found, when there is none or several. */
export function onlyOfType(events: readonly EventRecord[], type: PloverType): EventRecord {
  const found = ofType(events, type);
  if (found.length !== 1) {
    const summary = events.map((e) => `${e.type} ${e.status} ${e.source.join(",")}->${e.target.join(",")}`).join("; ");
    throw new Error(`expected one ${type} record, found ${found.length} among [${summary}]`);
  }
  return found[0] as EventRecord;
}

/** Both sides of a record as one sorted list: meetings and joint action have no direction. */
export function parties(event: EventRecord): string[] {
  return [...new Set([...event.source, ...event.target])].sort();
}

/** The resolved date range of a record as "start..end", or null. */
export function dateRange(event: EventRecord): string | null {
  return event.date ? `${event.date.start}..${event.date.end}` : null;
}
