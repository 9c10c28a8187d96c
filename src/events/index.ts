import type { Doc } from "../model/doc.js";
import type { EventRecord } from "../model/records.js";
import type { Knowledge } from "../knowledge/types.js";
import { codeEventCandidates } from "./code.js";
import { toEventRecord } from "./record.js";

export type { EventCandidate } from "./candidate.js";
export { codeEventCandidates } from "./code.js";

/** The event records of one annotated article. */
export function codeEvents(doc: Readonly<Doc>, kb: Knowledge, articleId: string): EventRecord[] {
  return codeEventCandidates(doc, kb).map((candidate) => toEventRecord(doc, articleId, candidate));
}
