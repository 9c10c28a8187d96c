import { UNORDERED_TYPES } from "../model/plover.js";
import type { DateRange, PlaceRef } from "../model/records.js";
import { nameMatchStrength } from "./names.js";
import { pairGreedy } from "./pairing.js";
import { sidesExact } from "./sides.js";
import type { ArgumentName, ScoredEvent } from "./types.js";

/** One argument of a matched event pair: its score in [0, 1] and both values as text. */
export interface ArgumentJudgement {
  argument: ArgumentName;
  score: number;
  predicted: string;
  gold: string;
}

/**
 * Judges the arguments of a matched pair (GUIDE "Scoring"). `mode` is judged for
 * CONSULT only; every other argument for every pair.
 */
export function judgeArguments(gold: ScoredEvent, predicted: ScoredEvent): ArgumentJudgement[] {
  const judgements: ArgumentJudgement[] = [
    judge("status", predicted.status === gold.status, predicted.status, gold.status),
  ];
  if (gold.type === "CONSULT") {
    judgements.push(judge("mode", predicted.mode === gold.mode, show(predicted.mode), show(gold.mode)));
  }
  const predictedCountry = predicted.location?.country ?? null;
  const goldCountry = gold.location?.country ?? null;
  judgements.push(
    judge("location", predictedCountry === goldCountry, showPlace(predicted.location), showPlace(gold.location)),
    judge("date", datesAgree(predicted.date, gold.date), showDate(predicted.date), showDate(gold.date)),
    {
      argument: "participants",
      score: participantsF1(predicted.participants, gold.participants),
      predicted: showList(predicted.participants),
      gold: showList(gold.participants),
    },
    judge("sides", sidesExact(predicted, gold), showSides(predicted), showSides(gold)),
  );
  return judgements;
}

/** Set F1 of participant names under the name rule; both empty is a perfect 1. */
export function participantsF1(predicted: readonly string[], gold: readonly string[]): number {
  if (predicted.length === 0 && gold.length === 0) return 1;
  const { pairs } = pairGreedy(gold, predicted, (g, p) =>
    nameMatchStrength(p, g, { singleWordMatchesOnlySingleWord: false }),
  );
  return (2 * pairs.length) / (predicted.length + gold.length);
}

/** Both undated is right; one undated is wrong; otherwise the inclusive ranges must overlap. */
function datesAgree(predicted: DateRange | null, gold: DateRange | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  return predicted.start <= gold.end && gold.start <= predicted.end;
}

function judge(argument: ArgumentName, right: boolean, predicted: string, gold: string): ArgumentJudgement {
  return { argument, score: right ? 1 : 0, predicted, gold };
}

function show(value: string | null): string {
  return value ?? "null";
}

function showPlace(place: PlaceRef | null): string {
  return place === null ? "null" : `${place.name} (${place.country ?? "no country"})`;
}

function showDate(date: DateRange | null): string {
  if (date === null) return "null";
  return date.start === date.end ? date.start : `${date.start}..${date.end}`;
}

function showList(names: readonly string[]): string {
  return names.length === 0 ? "(none)" : names.join(", ");
}

/** "USA → CHN" for directed types, "USA + CHN" for unordered ones. */
export function showSides(event: Pick<ScoredEvent, "type" | "source" | "target">): string {
  const source = event.source.join(",") || "∅";
  const target = event.target.join(",") || "∅";
  return UNORDERED_TYPES.has(event.type) ? `${source} + ${target}` : `${source} → ${target}`;
}
