import { UNORDERED_TYPES, type PloverType } from "../model/plover.js";

interface Sides {
  type: PloverType;
  source: readonly string[];
  target: readonly string[];
}

function shared(a: readonly string[], b: readonly string[]): number {
  const right = new Set(b);
  return new Set(a.filter((code) => right.has(code))).size;
}

function union(sides: Sides): string[] {
  return [...new Set([...sides.source, ...sides.target])];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((code) => right.has(code));
}

/**
 * Whether a predicted event's sides are close enough to the gold's to pair them.
 * CONSULT and COOPERATE have no direction: the two unions of source+target share
 * two codes, or one when the gold union has just one. Other types keep direction:
 * the sources share a code and the targets share one (or both have none).
 */
export function sidesMatch(predicted: Sides, gold: Sides): boolean {
  if (UNORDERED_TYPES.has(gold.type)) {
    const goldUnion = union(gold);
    const needed = goldUnion.length === 1 ? 1 : 2;
    return shared(union(predicted), goldUnion) >= needed;
  }
  const targets =
    (predicted.target.length === 0 && gold.target.length === 0) || shared(predicted.target, gold.target) > 0;
  return shared(predicted.source, gold.source) > 0 && targets;
}

/** Exactly the gold's sides: same source and target sets, or the same union for unordered types. */
export function sidesExact(predicted: Sides, gold: Sides): boolean {
  if (UNORDERED_TYPES.has(gold.type)) return sameSet(union(predicted), union(gold));
  return sameSet(predicted.source, gold.source) && sameSet(predicted.target, gold.target);
}
