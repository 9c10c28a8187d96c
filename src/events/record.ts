import crypto from "node:crypto";
import type { Doc } from "../model/doc.js";
import type { EventRecord } from "../model/records.js";
import type { EventCandidate } from "./candidate.js";

/**
 * The SHA-256 of a string in hex: one call where Node has one-shot hashing (20.12 and later), which
 * costs a third of building a Hash object per record; the same digest either way.
 */
const sha256Hex: (data: string) => string =
  typeof crypto.hash === "function" ? (data) => crypto.hash("sha256", data, "hex") : (data) => crypto.createHash("sha256").update(data).digest("hex");

/** A stable id: the same event from the same article text always gets the same id. */
function eventId(articleId: string, candidate: EventCandidate, evidenceStart: number): string {
  const key = [articleId, candidate.type, candidate.source.join(","), candidate.target.join(","), evidenceStart, candidate.location?.country ?? ""].join("|");
  return sha256Hex(key).slice(0, 16);
}

/** The rule string a record carries: which trigger fired and how each argument was decided. */
export function ruleOf(candidate: EventCandidate): string {
  // Built in one pass over the reasons, in the order they were given: mapping and joining their entries showed in profiles.
  let rule = "";
  for (const part in candidate.because) rule += `${rule === "" ? "" : "; "}${part}=${candidate.because[part]}`;
  return rule;
}

export function toEventRecord(doc: Readonly<Doc>, articleId: string, candidate: EventCandidate): EventRecord {
  const sentence = doc.sentences[candidate.mention.sentence];
  const start = sentence?.start ?? 0;
  const end = sentence?.end ?? 0;
  const location = candidate.location ? { ...candidate.location } : null;
  if (location) delete (location as { rank?: number }).rank;
  return {
    id: eventId(articleId, candidate, start),
    article_id: articleId,
    type: candidate.type,
    mode: candidate.mode,
    status: candidate.status,
    source: candidate.source,
    target: candidate.target,
    participants: candidate.participants.map((a) => doc.actors[a]?.name ?? "").filter((n) => n.length > 0),
    location,
    date: candidate.date,
    topics: candidate.topics,
    evidence: doc.text.slice(start, end),
    evidence_start: start,
    evidence_end: end,
    rule: ruleOf(candidate),
    confidence: candidate.confidence,
  };
}
