import type { ActorRecord } from "../model/records.js";
import { judgeArguments } from "./arguments.js";
import { matchEvents } from "./match.js";
import { nameMatchStrength, surname } from "./names.js";
import { pairGreedy } from "./pairing.js";
import type {
  ArgumentName,
  ArticleCounts,
  ArticleScore,
  CorpusScore,
  EvalReport,
  GoldArticle,
  MatchCounts,
  MatchedActor,
  MatchedEvent,
  Mismatch,
  Prediction,
  PrecisionRecall,
  Ratio,
  ScoredQuote,
  Tally,
  TypeScore,
} from "./types.js";
import { wordCoverage } from "./words.js";

const ARGUMENTS: readonly ArgumentName[] = ["status", "mode", "location", "date", "participants", "sides"];

/** A predicted quote must hold at least this share of the gold quote's words. */
const QUOTE_COVERAGE = 0.8;

/** Scores one article: additive counts for the corpus, and the details behind them. */
export function scoreArticle(gold: GoldArticle, predicted: Prediction): ArticleScore {
  const counts = emptyCounts();

  const events = matchEvents(gold.events, predicted.events);
  counts.events = { gold: gold.events.length, predicted: predicted.events.length, matched: events.pairs.length };
  for (const event of gold.events) typeCounts(counts, event.type).gold += 1;
  for (const event of predicted.events) typeCounts(counts, event.type).predicted += 1;
  const matchedEvents: MatchedEvent[] = events.pairs.map(({ gold: gi, predicted: pi }) => {
    const g = gold.events[gi]!;
    const p = predicted.events[pi]!;
    typeCounts(counts, g.type).matched += 1;
    const mismatches: Mismatch[] = [];
    for (const judgement of judgeArguments(g, p)) {
      const tally = counts.arguments[judgement.argument];
      tally.right += judgement.score;
      tally.total += 1;
      if (judgement.score < 1) {
        mismatches.push({ argument: judgement.argument, predicted: judgement.predicted, gold: judgement.gold });
      }
    }
    return { gold: g, predicted: p, mismatches };
  });

  const actors = pairGreedy(gold.actors, predicted.actors, (g, p) =>
    nameMatchStrength(p.name, g.name, { singleWordMatchesOnlySingleWord: true }),
  );
  counts.actors.gold = gold.actors.length;
  counts.actors.predicted = predicted.actors.length;
  counts.actors.matched = actors.pairs.length;
  const matchedActors: MatchedActor[] = actors.pairs.map(({ gold: gi, predicted: pi }) => {
    const g = gold.actors[gi]!;
    const p = predicted.actors[pi]!;
    return { gold: g, predicted: p, mismatches: judgeActor(counts, g, p) };
  });

  const quotes = pairGreedy(gold.quotes, predicted.quotes, quoteMatchScore);
  counts.quotes = { gold: gold.quotes.length, predicted: predicted.quotes.length, matched: quotes.pairs.length };

  return {
    counts,
    details: {
      id: gold.id,
      missedEvents: events.unmatchedGold.map((i) => gold.events[i]!),
      spuriousEvents: events.unmatchedPredicted.map((i) => predicted.events[i]!),
      matchedEvents,
      missedActors: actors.unmatchedGold.map((i) => gold.actors[i]!),
      spuriousActors: actors.unmatchedPredicted.map((i) => predicted.actors[i]!),
      matchedActors,
      missedQuotes: quotes.unmatchedGold.map((i) => gold.quotes[i]!),
      spuriousQuotes: quotes.unmatchedPredicted.map((i) => predicted.quotes[i]!),
    },
  };
}

/** Scores a corpus: counts are summed over articles (micro-average), then turned into the report. */
export function scoreCorpus(articles: readonly { gold: GoldArticle; predicted: Prediction }[]): CorpusScore {
  const total = emptyCounts();
  const details = articles.map(({ gold, predicted }) => {
    const score = scoreArticle(gold, predicted);
    addCounts(total, score.counts);
    return score.details;
  });
  return { report: reportFrom(total, articles.length), articles: details };
}

/** Same speaker surname and enough of the gold quote's words: the coverage ranks the candidates. */
function quoteMatchScore(gold: ScoredQuote, predicted: ScoredQuote): [number] | null {
  const speaker = surname(gold.speaker);
  if (speaker === null || speaker !== surname(predicted.speaker)) return null;
  const coverage = wordCoverage(gold.text, predicted.text);
  return coverage >= QUOTE_COVERAGE ? [coverage] : null;
}

function judgeActor(counts: ArticleCounts, gold: ActorRecord, predicted: ActorRecord): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const roleRight = rolesAgree(predicted.role, gold.role);
  const countryRight = predicted.country === gold.country;
  tally(counts.actors.role, roleRight);
  tally(counts.actors.country, countryRight);
  if (!roleRight) mismatches.push({ argument: "role", predicted: predicted.role ?? "null", gold: gold.role ?? "null" });
  if (!countryRight) {
    mismatches.push({ argument: "country", predicted: predicted.country ?? "null", gold: gold.country ?? "null" });
  }
  return mismatches;
}

/** One role contains the other, case-insensitive ("Secretary" within "Secretary of State"); both null is right. */
function rolesAgree(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = normalizeRole(predicted);
  const g = normalizeRole(gold);
  return p.includes(g) || g.includes(p);
}

function normalizeRole(role: string): string {
  return role.toLowerCase().replace(/\s+/g, " ").trim();
}

function tally(target: Tally, right: boolean): void {
  target.total += 1;
  if (right) target.right += 1;
}

function emptyMatchCounts(): MatchCounts {
  return { gold: 0, predicted: 0, matched: 0 };
}

function emptyCounts(): ArticleCounts {
  const argumentsTallies = {} as Record<ArgumentName, Tally>;
  for (const name of ARGUMENTS) argumentsTallies[name] = { right: 0, total: 0 };
  return {
    events: emptyMatchCounts(),
    perType: {},
    arguments: argumentsTallies,
    actors: { ...emptyMatchCounts(), role: { right: 0, total: 0 }, country: { right: 0, total: 0 } },
    quotes: emptyMatchCounts(),
  };
}

function typeCounts(counts: ArticleCounts, type: string): MatchCounts {
  const existing = counts.perType[type];
  if (existing) return existing;
  const created = emptyMatchCounts();
  counts.perType[type] = created;
  return created;
}

function addMatchCounts(into: MatchCounts, from: MatchCounts): void {
  into.gold += from.gold;
  into.predicted += from.predicted;
  into.matched += from.matched;
}

function addTally(into: Tally, from: Tally): void {
  into.right += from.right;
  into.total += from.total;
}

function addCounts(into: ArticleCounts, from: ArticleCounts): void {
  addMatchCounts(into.events, from.events);
  for (const [type, counts] of Object.entries(from.perType)) addMatchCounts(typeCounts(into, type), counts);
  for (const name of ARGUMENTS) addTally(into.arguments[name], from.arguments[name]);
  addMatchCounts(into.actors, from.actors);
  addTally(into.actors.role, from.actors.role);
  addTally(into.actors.country, from.actors.country);
  addMatchCounts(into.quotes, from.quotes);
}

function ratio(numerator: number, denominator: number): Ratio {
  return denominator === 0 ? null : numerator / denominator;
}

function precisionRecall(counts: MatchCounts): PrecisionRecall {
  return {
    precision: ratio(counts.matched, counts.predicted),
    recall: ratio(counts.matched, counts.gold),
    f1: ratio(2 * counts.matched, counts.gold + counts.predicted),
  };
}

function reportFrom(counts: ArticleCounts, articles: number): EvalReport {
  const argumentScores = {} as EvalReport["arguments"];
  for (const name of ARGUMENTS) {
    argumentScores[name] = ratio(counts.arguments[name].right, counts.arguments[name].total);
  }
  const perType: Record<string, TypeScore> = {};
  const types = Object.entries(counts.perType).sort(
    ([aType, a], [bType, b]) => b.gold - a.gold || b.predicted - a.predicted || aType.localeCompare(bType),
  );
  for (const [type, typeCounts] of types) perType[type] = { ...precisionRecall(typeCounts), ...typeCounts };
  return {
    events: precisionRecall(counts.events),
    arguments: argumentScores,
    actors: {
      f1: precisionRecall(counts.actors).f1,
      role: ratio(counts.actors.role.right, counts.actors.role.total),
      country: ratio(counts.actors.country.right, counts.actors.country.total),
    },
    quotes: { f1: precisionRecall(counts.quotes).f1 },
    per_type: perType,
    articles,
  };
}
