import type { Doc } from "../model/doc.js";
import { UNORDERED_TYPES } from "../model/plover.js";
import type { EventCandidate } from "./candidate.js";

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x));
}

function sidesAgree(a: EventCandidate, b: EventCandidate): boolean {
  if (UNORDERED_TYPES.has(a.type)) {
    const ua = [...new Set([...a.source, ...a.target])];
    const ub = [...new Set([...b.source, ...b.target])];
    // A meeting held apart from the others is only ever retold with its own parties.
    if (a.separate || b.separate) return sameSet(ua, ub);
    // One side set inside the other: a back-reference, or a fuller account of the same meeting ("and their allies").
    const smaller = ua.length <= ub.length ? ua : ub;
    return (subset(ua, ub) || subset(ub, ua)) && (smaller.length >= 2 || a.anaphoric || b.anaphoric);
  }
  return sameSet(a.source, b.source) && sameSet(a.target, b.target);
}

/** Places farther apart than this are two places, whatever the text calls them ("the Oval Office", "New York"). */
const SAME_PLACE_KM = 50;
const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between two points in kilometres. */
function kilometresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** One country, and where both are placed to a city or site, within a city's reach of each other. */
function placesAgree(a: EventCandidate, b: EventCandidate): boolean {
  const [p, q] = [a.location, b.location];
  if (!p || !q) return true;
  if (p.country !== q.country) return false;
  if (p.rank < 2 || q.rank < 2 || p.lat === undefined || p.lon === undefined || q.lat === undefined || q.lon === undefined) return true;
  return kilometresBetween({ lat: p.lat, lon: p.lon }, { lat: q.lat, lon: q.lon }) <= SAME_PLACE_KM;
}

function datesAgree(a: EventCandidate, b: EventCandidate): boolean {
  return !a.date || !b.date || (a.date.start <= b.date.end && b.date.start <= a.date.end);
}

function modesAgree(a: EventCandidate, b: EventCandidate): boolean {
  return !a.mode || !b.mode || a.mode === b.mode;
}

function statusesAgree(a: EventCandidate, b: EventCandidate): boolean {
  return a.status === b.status || a.anaphoric || b.anaphoric;
}

/** "ordered a mobilization, calling up reservists to fight in Ukraine": one sentence tells one act twice, once without its target. */
function toldTwiceInOneSentence(a: EventCandidate, b: EventCandidate): boolean {
  return (
    a.type === b.type &&
    a.mention.sentence === b.mention.sentence &&
    a.source.length > 0 &&
    sameSet(a.source, b.source) &&
    (a.target.length === 0) !== (b.target.length === 0) &&
    a.status === b.status
  );
}

/**
 * Whether two candidates report one interaction. Meetings, calls and trips merge
 * across the article when their sides, place, date, medium and status agree; other
 * acts merge only when one sentence states them twice, or when one leans on the
 * other ("the condemnation").
 */
export function sameInteraction(doc: Readonly<Doc>, a: EventCandidate, b: EventCandidate): boolean {
  if (toldTwiceInOneSentence(a, b)) return true;
  if (a.type !== b.type || !sidesAgree(a, b) || !placesAgree(a, b) || !datesAgree(a, b) || !statusesAgree(a, b)) return false;
  if (a.type === "CONSULT") return modesAgree(a, b);
  if (a.anaphoric || b.anaphoric) return true;
  // A war or a crackdown under way is one event however often the article mentions it.
  if (a.status === "ongoing" && b.status === "ongoing") return true;
  // The same act between the same sides on the same day, told twice ("imposed sanctions ... In addition, OFAC imposed ...").
  if (a.status === "occurred" && b.status === "occurred" && a.date && b.date && a.date.start === b.date.start && a.date.end === b.date.end) return true;
  // One sentence telling one act twice ("launched airstrikes on Gaza, killing ..."): same type, sides, status and time;
  // but two verbs of their own, undated, are two acts ("has criticized China ... and labeled the abuses as genocide").
  return a.mention.sentence === b.mention.sentence && !(ownVerb(doc, a) && ownVerb(doc, b) && a.mention.trigger.phrase !== b.mention.trigger.phrase);
}

/** Whether a candidate is told by a verb of its own, not by a participle after a comma restating another act (", killing ..."). */
function ownVerb(doc: Readonly<Doc>, candidate: EventCandidate): boolean {
  const head = candidate.mention.tokenStart;
  const participle = doc.tokens[head]?.lower.endsWith("ing") === true && doc.tokens[head - 1]?.text === ",";
  return candidate.mention.trigger.pos === "verb" && !participle;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** `into` absorbs `other`: all the people, the most specific place, the most specific date. */
function absorb(into: EventCandidate, other: EventCandidate): EventCandidate {
  const location =
    !into.location || (other.location && other.location.rank > into.location.rank && other.location.country === into.location.country)
      ? other.location
      : into.location;
  let date = into.date;
  if (!date || (other.date && other.date.text && (!date.text || other.date.end < date.end || other.date.start > date.start))) {
    date = other.date ?? date;
  }
  return {
    ...into,
    // News that a meeting was called off outranks its earlier announcement.
    status: other.status === "cancelled" ? "cancelled" : into.status,
    source: union(into.source, other.source.filter((c) => !into.target.includes(c))),
    target: union(into.target, other.target.filter((c) => !into.source.includes(c))),
    participants: union(into.participants, other.participants),
    location,
    date,
    mode: into.mode ?? other.mode,
    topics: union(into.topics, other.topics),
    confidence: Math.max(into.confidence, other.confidence),
    because: { ...into.because, merged: `${into.because.merged ? `${into.because.merged},` : ""}sentence ${other.mention.sentence}` },
  };
}

/**
 * Folds the candidates that report one interaction into one record, keeping the
 * first full report (not a back-reference) as the evidence.
 */
export function mergeCandidates(doc: Readonly<Doc>, candidates: readonly EventCandidate[]): EventCandidate[] {
  const merged: EventCandidate[] = [];
  for (const candidate of candidates) {
    const index = merged.findIndex((existing) => sameInteraction(doc, existing, candidate));
    const existing = merged[index];
    if (!existing) {
      merged.push(candidate);
    } else if (existing.anaphoric && !candidate.anaphoric) {
      merged[index] = absorb(candidate, existing);
    } else {
      merged[index] = absorb(existing, candidate);
    }
  }
  return merged;
}
