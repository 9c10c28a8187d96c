import type { ExtractResult } from "../extract.js";
import type { EventRecord } from "../model/records.js";

function sides(event: EventRecord): string {
  return `${event.source.join(",") || "?"} → ${event.target.join(",") || "—"}`;
}

function when(event: EventRecord): string {
  if (!event.date) return "undated";
  const range = event.date.start === event.date.end ? event.date.start : `${event.date.start}..${event.date.end}`;
  return event.date.text ? `${range} ("${event.date.text}")` : range;
}

function where(event: EventRecord): string {
  if (!event.location) return "";
  return ` @ ${event.location.name}${event.location.country ? ` (${event.location.country})` : ""}`;
}

/** A short evidence excerpt for one line of terminal output. */
function excerpt(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The readable form of one article's records, for a terminal. */
export function formatSummary(input: string, result: ExtractResult): string {
  const { article, events, actors, quotes } = result;
  const lines: string[] = [];
  const meta = [article.outlet, article.published].filter(Boolean).join(", ");
  lines.push(`== ${input}${article.title ? ` — ${article.title}` : ""}${meta ? ` (${meta})` : ""}`);
  lines.push(`   article ${article.id}, ${article.text.length} characters`);
  lines.push(`Events (${events.length}):`);
  for (const event of events) {
    const mode = event.mode ? ` ${event.mode}` : "";
    lines.push(`  ${event.type} ${event.status}${mode}  ${sides(event)}  ${when(event)}${where(event)}`);
    if (event.participants.length > 0) lines.push(`     people: ${event.participants.join(", ")}`);
    if (event.topics.length > 0) lines.push(`     topics: ${event.topics.join("; ")}`);
    lines.push(`     “${excerpt(event.evidence)}”`);
  }
  lines.push(`Actors (${actors.length}):`);
  for (const actor of actors) {
    const details = [actor.role, actor.country, actor.organization].filter(Boolean).join(", ");
    lines.push(`  ${actor.name}${details ? ` — ${details}` : ""}`);
  }
  lines.push(`Quotes (${quotes.length}):`);
  for (const quote of quotes) lines.push(`  ${quote.speaker}: “${excerpt(quote.text, 120)}”`);
  return `${lines.join("\n")}\n\n`;
}
