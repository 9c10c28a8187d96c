import type { ActorRecord, EventRecord, QuoteRecord } from "../model/records.js";

/** The fields of an event that gold files hold and the scorer compares. */
export type ScoredEvent = Pick<
  EventRecord,
  "type" | "mode" | "status" | "source" | "target" | "participants" | "location" | "date" | "topics" | "evidence"
>;

export type ScoredQuote = Pick<QuoteRecord, "speaker" | "text">;

/** One gold file (`<id>.json`), validated. */
export interface GoldArticle {
  id: string;
  published: string;
  /** Who published the article (`source.outlet`), when the key says. */
  outlet: string | null;
  events: ScoredEvent[];
  actors: ActorRecord[];
  quotes: ScoredQuote[];
}

/** What the extractor returned for one article, reduced to what is scored. */
export interface Prediction {
  events: ScoredEvent[];
  actors: ActorRecord[];
  quotes: ScoredQuote[];
}

/** A ratio whose denominator may be zero: null then, shown as "–". */
export type Ratio = number | null;

export interface PrecisionRecall {
  precision: Ratio;
  recall: Ratio;
  f1: Ratio;
}

export interface TypeScore extends PrecisionRecall {
  gold: number;
  predicted: number;
  matched: number;
}

export interface ArgumentScores {
  status: Ratio;
  mode: Ratio;
  location: Ratio;
  date: Ratio;
  participants: Ratio;
  sides: Ratio;
}

export type ArgumentName = keyof ArgumentScores;

/** The corpus report, exactly as `parley eval --json` prints it. */
export interface EvalReport {
  events: PrecisionRecall;
  arguments: ArgumentScores;
  actors: { f1: Ratio; role: Ratio; country: Ratio };
  quotes: { f1: Ratio };
  per_type: Record<string, TypeScore>;
  articles: number;
}

/** Gold / predicted / matched counts of one kind of record. */
export interface MatchCounts {
  gold: number;
  predicted: number;
  matched: number;
}

/** Right answers out of the cases judged (for participants: a sum of set-F1 values). */
export interface Tally {
  right: number;
  total: number;
}

/** Additive counts of one article; summing them over articles gives micro-averages. */
export interface ArticleCounts {
  events: MatchCounts;
  perType: Record<string, MatchCounts>;
  arguments: Record<ArgumentName, Tally>;
  actors: MatchCounts & { role: Tally; country: Tally };
  quotes: MatchCounts;
}

/** An argument of a matched pair that the prediction got wrong, both values as text. */
export interface Mismatch {
  argument: string;
  predicted: string;
  gold: string;
}

export interface MatchedEvent {
  gold: ScoredEvent;
  predicted: ScoredEvent;
  mismatches: Mismatch[];
}

export interface MatchedActor {
  gold: ActorRecord;
  predicted: ActorRecord;
  mismatches: Mismatch[];
}

/** Where one article's score came from, for `--show-misses`. */
export interface ArticleDetails {
  id: string;
  missedEvents: ScoredEvent[];
  spuriousEvents: ScoredEvent[];
  matchedEvents: MatchedEvent[];
  missedActors: ActorRecord[];
  spuriousActors: ActorRecord[];
  matchedActors: MatchedActor[];
  missedQuotes: ScoredQuote[];
  spuriousQuotes: ScoredQuote[];
}

export interface ArticleScore {
  counts: ArticleCounts;
  details: ArticleDetails;
}

export interface CorpusScore {
  report: EvalReport;
  articles: ArticleDetails[];
}
