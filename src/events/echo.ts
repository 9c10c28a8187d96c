import type { Doc } from "../model/doc.js";
import type { Knowledge } from "../knowledge/types.js";
import type { EventCandidate } from "./candidate.js";
import { sentenceMentions, sideCode, subjectBefore } from "./sides.js";

/** Where an echo phrase starts and how many words it has, in a sentence's tokens. */
function echoesIn(doc: Readonly<Doc>, kb: Knowledge, sentence: number): { at: number; length: number }[] {
  const range = doc.sentences[sentence];
  if (!range || range.role !== "body") return [];
  const found: { at: number; length: number }[] = [];
  for (let i = range.tokenStart; i < range.tokenEnd; i++) {
    const match = kb.language.echoPhrases.longestMatch(doc.tokens, i, range.tokenEnd);
    if (match) found.push({ at: i, length: match.length });
  }
  return found;
}

/**
 * "Britain expelled 23 Russian diplomats. The United States and Canada followed suit.":
 * a side that did what another just did does the latest act reported by another side,
 * to the same target, at the time its own sentence gives or else that act's.
 */
export function withEchoedActs(doc: Readonly<Doc>, kb: Knowledge, candidates: readonly EventCandidate[]): EventCandidate[] {
  const echoed: EventCandidate[] = [];
  candidates.forEach((candidate, k) => {
    echoed.push(candidate);
    const next = candidates[k + 1];
    // Echoes are looked for after the last act of each sentence, up to the next act's sentence, so that the act they repeat is known.
    if (next && next.mention.sentence === candidate.mention.sentence) return;
    for (let s = candidate.mention.sentence + 1; s <= (next?.mention.sentence ?? doc.sentences.length - 1); s++) {
      for (const echo of echoesIn(doc, kb, s)) {
        const mentions = sentenceMentions(doc, s, kb);
        const subject = subjectBefore(doc, mentions, echo.at, doc.sentences[s]?.tokenStart ?? 0);
        const source = [...new Set(subject.map((m) => sideCode(doc, m)).filter((c): c is string => c !== null))];
        const act = echoed.findLast((c) => c.mention.sentence < s && c.source.length > 0 && c.target.length > 0 && !c.source.some((code) => source.includes(code)));
        const target = act ? act.target.filter((code) => !source.includes(code)) : [];
        if (!act || source.length === 0 || target.length === 0) continue;
        const date = doc.dates.find((d) => d.sentence === s);
        const modal = doc.tokens[echo.at - 1]?.lower ?? "";
        const status = modal === "will" ? "planned" : HYPOTHETICAL_MODALS.has(modal) ? "hypothetical" : act.status;
        const actDate = status === act.status ? act.date : null;
        echoed.push({
          ...act,
          status,
          mention: { trigger: act.mention.trigger, sentence: s, tokenStart: echo.at, tokenEnd: echo.at + echo.length },
          source,
          target,
          participants: [],
          location: null,
          // An act still to come or only possible is not dated by the act it would repeat.
          date: date ? { text: date.text, start: date.range.start, end: date.range.end } : actDate,
          anaphoric: false,
          because: {
            ...act.because,
            sides: "echo-of-the-latest-act",
            status: `status/echo(${modal || "as-the-act"})`,
            date: date ? `date/own(${date.rule})` : actDate ? "date/from-act" : "date/none",
          },
        });
      }
    }
  });
  return echoed;
}

/** Modals that leave an echoed act only possible ("could follow suit"). */
const HYPOTHETICAL_MODALS = new Set(["would", "could", "may", "might"]);
