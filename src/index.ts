export { extract, createExtractor, type ExtractOptions, type ExtractResult, type Analysis, type Extractor } from "./extract.js";
export type { Article, ArticleMetadata } from "./model/article.js";
export type { ActorRecord, DateRange, EventRecord, PlaceRef, QuoteRecord } from "./model/records.js";
export { PLOVER_TYPES, EVENT_MODES, EVENT_STATUSES, type PloverType, type EventMode, type EventStatus } from "./model/plover.js";
export { ParleyError, type ErrorCode } from "./errors.js";
