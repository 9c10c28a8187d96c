import { pairGreedy, type Pairing } from "./pairing.js";
import { sidesMatch } from "./sides.js";
import type { ScoredEvent } from "./types.js";
import { wordOverlap } from "./words.js";

/**
 * Pairs predicted with gold events one-to-one. A pair is a candidate when the
 * type is the same and the sides match; candidates with the most evidence
 * overlap are taken first, so that of two same-type meetings each prediction
 * lands on the one its sentence describes.
 */
export function matchEvents(gold: readonly ScoredEvent[], predicted: readonly ScoredEvent[]): Pairing {
  return pairGreedy(gold, predicted, (g, p) =>
    g.type === p.type && sidesMatch(p, g) ? wordOverlap(g.evidence, p.evidence) : null,
  );
}
