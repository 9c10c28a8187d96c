/** One gold item paired with one predicted item, by index. */
export interface Pair {
  gold: number;
  predicted: number;
  /** Ranking keys, compared in order: a later key only breaks ties of the earlier ones. */
  score: readonly number[];
}

export interface Pairing {
  pairs: Pair[];
  unmatchedGold: number[];
  unmatchedPredicted: number[];
}

/**
 * One-to-one pairing: every candidate pair (score not null) is ranked by its score
 * keys, highest first, remaining ties by gold then predicted position in the files,
 * and taken when neither side is already paired. Deterministic for the same inputs.
 */
export function pairGreedy<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  score: (gold: G, predicted: P) => readonly number[] | null,
): Pairing {
  const candidates: Pair[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const s = score(g, p);
      if (s !== null) candidates.push({ gold: gi, predicted: pi, score: s });
    });
  });
  candidates.sort((a, b) => compareKeys(b.score, a.score) || a.gold - b.gold || a.predicted - b.predicted);
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.gold) || predictedTaken.has(candidate.predicted)) continue;
    goldTaken.add(candidate.gold);
    predictedTaken.add(candidate.predicted);
    pairs.push(candidate);
  }
  pairs.sort((a, b) => a.gold - b.gold);
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !goldTaken.has(i)),
    unmatchedPredicted: predicted.map((_, i) => i).filter((i) => !predictedTaken.has(i)),
  };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
