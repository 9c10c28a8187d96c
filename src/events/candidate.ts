import type { EventMode, EventStatus, PloverType } from "../model/plover.js";
import type { DateRange, PlaceRef } from "../model/records.js";
import type { Trigger } from "../knowledge/triggers.js";

/** A trigger word found in a sentence: the tokens it covers and the lexicon entry. */
export interface TriggerMention {
  trigger: Trigger;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
}

/** A half-open token range [start, end). */
export interface TokenRange {
  start: number;
  end: number;
}

/** How specific a place is; merging keeps the most specific. */
export type PlaceRank = 0 | 1 | 2 | 3;

/** One event as one sentence reports it, before the mentions of one interaction are merged. */
export interface EventCandidate {
  mention: TriggerMention;
  type: PloverType;
  mode: EventMode | null;
  status: EventStatus;
  source: string[];
  target: string[];
  /** Actor indices of the people taking part. */
  participants: number[];
  location: (PlaceRef & { rank: PlaceRank }) | null;
  date: DateRange | null;
  topics: string[];
  /** True when the sentence names no sides of its own and the event leans on an earlier one ("the meeting will ..."). */
  anaphoric: boolean;
  /** True for one of several meetings held apart ("will meet bilaterally with X and Y"): it is none of the others, nor the joint meeting around it. */
  separate: boolean;
  /** The rules that decided each part, for `--explain` and the record's `rule`. */
  because: Record<string, string>;
  confidence: number;
}
