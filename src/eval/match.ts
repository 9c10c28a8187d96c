import { judgeArguments } from "./arguments.js";
import { pairGreedy, type Pairing } from "./pairing.js";
import { sidesMatch } from "./sides.js";
import type { ScoredEvent } from "./types.js";
import { wordOverlap } from "./words.js";

/**
 * Pairs predicted with gold events one-to-one. A pair is a candidate when the
 * type is the same and the sides match; candidates with the most evidence
 * overlap are taken first, so that of two same-type meetings each prediction
 * lands on the one its sentence describes. When one sentence states two events
 * of a type (a summit and the letter about it), the overlap ties and the pair
 * whose arguments agree more is taken first; then the order in the files decides.
 */
export function matchEvents(gold: readonly ScoredEvent[], predicted: readonly ScoredEvent[]): Pairing {
  return pairGreedy(gold, predicted, (g, p) => {
    if (g.type !== p.type || !sidesMatch(p, g)) return null;
    return [wordOverlap(g.evidence, p.evidence), argumentAgreement(g, p)];
  });
}

function argumentAgreement(gold: ScoredEvent, predicted: ScoredEvent): number {
  return judgeArguments(gold, predicted).reduce((sum, judgement) => sum + judgement.score, 0);
}
