import type { EventMode, EventStatus, PloverType } from "./plover.js";

/** A place as it appears in records: the name the text gives, with its country. */
export interface PlaceRef {
  name: string;
  country: string | null;
  lat?: number;
  lon?: number;
}

/** A resolved date: the phrase that gave it and an inclusive ISO day range. */
export interface DateRange {
  text: string | null;
  start: string;
  end: string;
}

/**
 * One event record, in the field names of the gold guide plus traceability:
 * a stable id, the article, the evidence offsets, the rule that made it, a confidence.
 */
export interface EventRecord {
  id: string;
  article_id: string;
  type: PloverType;
  mode: EventMode | null;
  status: EventStatus;
  source: string[];
  target: string[];
  participants: string[];
  location: PlaceRef | null;
  date: DateRange | null;
  topics: string[];
  evidence: string;
  evidence_start: number;
  evidence_end: number;
  rule: string;
  confidence: number;
}

/** A named person, listed once per article. */
export interface ActorRecord {
  name: string;
  role: string | null;
  country: string | null;
  organization: string | null;
}

/** A direct quotation credited to a speaker. */
export interface QuoteRecord {
  speaker: string;
  text: string;
  start: number;
  end: number;
}
