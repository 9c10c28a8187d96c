import type { ExtractResult } from "../extract.js";
import type { Doc } from "../model/doc.js";

function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * Why each record exists and where each argument came from, then the language
 * layers the records were built on: sentences with their role, mentions with
 * the rule that found them, resolved dates, and quotes with their attribution.
 */
export function formatExplanation(doc: Readonly<Doc>, result: ExtractResult): string {
  const lines: string[] = ["-- explain: records"];
  result.events.forEach((event, index) => {
    lines.push(`  [${index + 1}] ${event.type} ${event.source.join(",")} → ${event.target.join(",")} (confidence ${event.confidence.toFixed(2)})`);
    lines.push(`      evidence [${event.evidence_start}, ${event.evidence_end}): “${clip(event.evidence, 160)}”`);
    for (const part of event.rule.split("; ")) lines.push(`      ${part}`);
  });
  lines.push("-- explain: sentences");
  doc.sentences.forEach((sentence, index) => {
    lines.push(`  s${index} p${sentence.paragraph} ${sentence.role.padEnd(9)} “${clip(doc.text.slice(sentence.start, sentence.end))}”`);
  });
  lines.push("-- explain: mentions");
  for (const mention of doc.mentions) {
    const actor = mention.actor !== undefined ? ` → ${doc.actors[mention.actor]?.name}` : "";
    lines.push(`  s${mention.sentence} [${mention.start}, ${mention.end}) ${mention.kind.padEnd(12)} ${(mention.code ?? "-").padEnd(5)} “${mention.text}”${actor}  (${mention.rule})`);
  }
  lines.push("-- explain: dates");
  for (const date of doc.dates) {
    lines.push(`  s${date.sentence} [${date.start}, ${date.end}) “${date.text}” → ${date.range.start}..${date.range.end} (${date.tense}; ${date.rule})`);
  }
  lines.push("-- explain: quotes");
  for (const quote of doc.quotes) lines.push(`  s${quote.sentence} ${quote.speaker}: “${clip(quote.text)}” (${quote.rule})`);
  return `${lines.join("\n")}\n\n`;
}
