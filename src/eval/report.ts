import { showSides } from "./arguments.js";
import type { ArticleDetails, EvalReport, Mismatch, Ratio, ScoredEvent } from "./types.js";

const EVIDENCE_PREVIEW = 70;

/** The report as a fixed-width table: events, arguments, actors, quotes, then each type by gold count. */
export function formatReport(report: EvalReport): string {
  const lines: string[] = [`Parley eval: ${report.articles} article${report.articles === 1 ? "" : "s"}`, ""];
  lines.push(row(["Events", "P", "R", "F1"]));
  lines.push(row(["  all", ratio(report.events.precision), ratio(report.events.recall), ratio(report.events.f1)]));
  lines.push("", "Arguments of matched events");
  const argumentRows: [string, Ratio][] = [
    ["status", report.arguments.status],
    ["mode (CONSULT)", report.arguments.mode],
    ["location country", report.arguments.location],
    ["date overlap", report.arguments.date],
    ["participants F1", report.arguments.participants],
    ["sides exact", report.arguments.sides],
  ];
  for (const [name, value] of argumentRows) lines.push(row([`  ${name}`, ratio(value)]));
  lines.push("", row(["Actors", "F1", "role", "country"]));
  lines.push(row(["", ratio(report.actors.f1), ratio(report.actors.role), ratio(report.actors.country)]));
  lines.push("", row(["Quotes", "F1"]), row(["", ratio(report.quotes.f1)]));
  lines.push("", row(["Per type", "gold", "pred", "match", "P", "R", "F1"]));
  const types = Object.entries(report.per_type).sort(
    ([aType, a], [bType, b]) => b.gold - a.gold || b.predicted - a.predicted || aType.localeCompare(bType),
  );
  for (const [type, score] of types) {
    lines.push(
      row([
        `  ${type}`,
        String(score.gold),
        String(score.predicted),
        String(score.matched),
        ratio(score.precision),
        ratio(score.recall),
        ratio(score.f1),
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Per article, what cost points: missed gold and spurious predicted events, actors
 * and quotes, and the wrong arguments of matched pairs (written predicted ≠ gold).
 */
export function formatMisses(articles: readonly ArticleDetails[]): string {
  const blocks: string[] = [];
  for (const article of articles) {
    const lines: string[] = [];
    for (const event of article.missedEvents) lines.push(`  missed    ${describeEvent(event)}`);
    for (const event of article.spuriousEvents) lines.push(`  spurious  ${describeEvent(event)}`);
    for (const pair of article.matchedEvents) {
      if (pair.mismatches.length === 0) continue;
      lines.push(`  matched   ${describeEvent(pair.gold)}`);
      lines.push(...pair.mismatches.map(describeMismatch));
    }
    for (const actor of article.missedActors) lines.push(`  missed actor    ${actor.name}`);
    for (const actor of article.spuriousActors) lines.push(`  spurious actor  ${actor.name}`);
    for (const pair of article.matchedActors) {
      if (pair.mismatches.length === 0) continue;
      lines.push(`  actor     ${pair.gold.name}`);
      lines.push(...pair.mismatches.map(describeMismatch));
    }
    for (const quote of article.missedQuotes) lines.push(`  missed quote    ${quote.speaker}: ${preview(quote.text)}`);
    for (const quote of article.spuriousQuotes) lines.push(`  spurious quote  ${quote.speaker}: ${preview(quote.text)}`);
    if (lines.length > 0) blocks.push([`== ${article.id}`, ...lines].join("\n"));
  }
  if (blocks.length === 0) return "No misses.\n";
  return `Misses (mismatched arguments read predicted ≠ gold)\n\n${blocks.join("\n\n")}\n`;
}

function describeEvent(event: ScoredEvent): string {
  return `${event.type.padEnd(9)} ${showSides(event).padEnd(16)} ${event.status.padEnd(12)} ${preview(event.evidence)}`;
}

function describeMismatch(mismatch: Mismatch): string {
  return `              ${mismatch.argument}: ${mismatch.predicted} ≠ ${mismatch.gold}`;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > EVIDENCE_PREVIEW ? `${flat.slice(0, EVIDENCE_PREVIEW)}…` : flat}"`;
}

function ratio(value: Ratio): string {
  return value === null ? "–" : value.toFixed(3);
}

/** First cell left-aligned in 20 columns, the rest right-aligned in 8. */
function row(cells: readonly string[]): string {
  const [first = "", ...rest] = cells;
  return (first.padEnd(20) + rest.map((cell) => cell.padStart(8)).join("")).trimEnd();
}
