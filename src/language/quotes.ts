import type { Doc, Mention, Quote, Token } from "../model/doc.js";
import type { Span } from "../model/span.js";
import type { Knowledge } from "../knowledge/types.js";
import { defineAnnotator } from "./annotator.js";
import { tokenText } from "./mentions/names.js";

const OPENING = new Set(["“", "\""]);
const CLOSING = new Set(["”", "\""]);
/** Nouns after a name that make "<name> <noun>" the speaker ("the Biden administration"). */
const COLLECTIVE_SPEAKERS = new Set(["administration", "government", "regime", "campaign", "spokesperson", "office"]);
/** Words that may sit between a speaker and the speech verb ("Davidson also said", "he has said"). */
const BETWEEN_SPEAKER_AND_VERB = new Set(["also", "has", "have", "had", "later", "then", "again", "further", "previously", "once", "repeatedly"]);

interface QuoteSpan extends Span {
  /** Offsets of the text inside the quote marks. */
  innerStart: number;
  innerEnd: number;
}

/**
 * Quoted passages: curly pairs, straight pairs within a paragraph, and quotes
 * that run over several paragraphs (a paragraph that opens a quote and does not
 * close it continues into the next paragraph that opens one).
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // Only quote marks and line breaks matter: jump from one to the next.
  const marks = /[“”"\n]/g;
  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    const i = match.index;
    const ch = match[0];
    if (open < 0) {
      if (OPENING.has(ch)) open = i;
      continue;
    }
    if (ch === "\n") {
      // A paragraph ends inside a quote: it continues only if the next paragraph reopens it.
      let next = i;
      while (text[next] === "\n" || text[next] === " ") next++;
      if (!OPENING.has(text[next] ?? "")) open = -1;
      marks.lastIndex = Math.max(next, i + 1);
      if (open >= 0 && OPENING.has(text[next] ?? "")) marks.lastIndex = next + 1;
      continue;
    }
    if (CLOSING.has(ch) && ch === (text[open] === "“" ? "”" : "\"")) {
      spans.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i });
      open = -1;
    }
  }
  return spans;
}

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface SpeakerContext {
  doc: Readonly<Doc>;
  kb: Knowledge;
  mentionEndingAt: ReadonlyMap<number, Mention>;
  mentionStartingAt: ReadonlyMap<number, Mention>;
}

function isSpeech(token: Token | undefined, kb: Knowledge): boolean {
  return token !== undefined && kb.language.speechVerbs.has(token.lower) && (token.pos === "VERB" || token.pos === "AUX" || token.pos === "NOUN");
}

const LEADING_THE = /^the\s+/i;

/** The speaker a mention stands for, with "<name> administration" kept whole. */
function speakerOf(ctx: SpeakerContext, mention: Mention): { speaker: string; actor?: number } {
  const next = ctx.doc.tokens[mention.tokenEnd];
  if (next && COLLECTIVE_SPEAKERS.has(next.lower) && mention.kind === "person") {
    return { speaker: `${mention.text} ${next.text}` };
  }
  if (mention.actor !== undefined) return { speaker: ctx.doc.actors[mention.actor]?.name ?? mention.text, actor: mention.actor };
  return { speaker: mention.organization ?? mention.text.replace(LEADING_THE, "") };
}

/** Tags of the words a preposition may stand before a phrase across ("at the White House"). */
const PHRASE_MODIFIER_TAGS = new Set(["DET", "ADJ", "NUM"]);

/** Whether a preposition governs a mention's phrase ("at the White House", "to President Zelensky"). */
function governed(ctx: SpeakerContext, mention: Mention): boolean {
  let i = (mention.phraseStart ?? mention.tokenStart) - 1;
  while (i >= 0 && PHRASE_MODIFIER_TAGS.has(ctx.doc.tokens[i]?.pos ?? "")) i--;
  return ctx.kb.language.prepositions.has(ctx.doc.tokens[i]?.lower ?? "");
}

/**
 * The subject of a speech verb earlier in its sentence: the nearest person or
 * organisation before it that no preposition governs ("Mr. Trump, speaking at the
 * White House, called ..." → Trump; "an adviser to President Zelensky, wrote" → the adviser).
 */
function clauseSubjectBefore(ctx: SpeakerContext, verb: number, floor: number): Mention | undefined {
  for (let i = verb - 1; i >= floor; i--) {
    const mention = ctx.mentionEndingAt.get(i);
    if (!mention) continue;
    if (!governed(ctx, mention)) return mention;
    i = (mention.phraseStart ?? mention.tokenStart);
  }
  return undefined;
}

/** "“…,” it said": the last organisation named before the quote in its paragraph or the one before. */
function organisationBefore(ctx: SpeakerContext, offset: number): Mention | undefined {
  const paragraph = paragraphAt(ctx.doc, offset);
  return ctx.doc.mentions
    .filter((m) => m.end <= offset && m.kind === "organization" && paragraphAt(ctx.doc, m.start) >= paragraph - 1)
    .pop();
}

/** The first person or organisation named in tokens [from, to): a sentence's subject, most often. */
function firstSpeakerOf(ctx: SpeakerContext, from: number, to: number): Mention | undefined {
  for (let i = from; i < to; i++) {
    const mention = ctx.mentionStartingAt.get(i);
    if (mention && (mention.kind === "person" || mention.kind === "organization")) return mention;
  }
  return undefined;
}

/** The last person named in tokens [from, to), governed or not. */
function lastSpeakerBefore(ctx: SpeakerContext, to: number, from: number): Mention | undefined {
  for (let i = to - 1; i >= from; i--) {
    const mention = ctx.mentionEndingAt.get(i);
    if (mention?.kind === "person") return mention;
  }
  return undefined;
}

/** "a senior defense official said": an unnamed speaker, as the noun phrase before the verb. */
function nounSpeakerBefore(ctx: SpeakerContext, verb: number, floor: number): string | null {
  const tokens = ctx.doc.tokens;
  let i = verb - 1;
  while (i >= floor && (tokens[i]?.pos === "ADV" || tokens[i]?.pos === "AUX" || tokens[i]?.text === ",")) i--;
  const head = tokens[i];
  if (!head || !ctx.kb.language.speakerNouns.has(head.lower) || head.pos !== "NOUN") return null;
  let start = i;
  while (start - 1 >= floor && (tokens[start - 1]?.pos === "ADJ" || tokens[start - 1]?.pos === "NOUN")) start--;
  return tokenText(ctx.doc.text, tokens, start, i + 1);
}

/** "The Journal said", "the Commission said": a body named by a proper noun after "the", which no lexicon may list. */
function namedBodyBefore(ctx: SpeakerContext, verb: number, floor: number): string | null {
  const tokens = ctx.doc.tokens;
  let end = verb;
  while (end - 1 >= floor && (tokens[end - 1]?.pos === "ADV" || tokens[end - 1]?.pos === "AUX")) end--;
  let start = end;
  while (start - 1 >= floor && tokens[start - 1]?.pos === "PROPN") start--;
  if (start === end || tokens[start - 1]?.lower !== "the") return null;
  return tokenText(ctx.doc.text, tokens, start, end);
}

/** The subject of a speech verb at token `verb`: the mention just before it, skipping adverbs and auxiliaries. */
function subjectBefore(ctx: SpeakerContext, verb: number, floor: number): Mention | undefined {
  for (let i = verb - 1; i >= floor; i--) {
    const mention = ctx.mentionEndingAt.get(i);
    if (mention) return mention;
    const token = ctx.doc.tokens[i];
    if (!token) return undefined;
    const next = ctx.doc.tokens[i + 1];
    if (token.text === "," || BETWEEN_SPEAKER_AND_VERB.has(token.lower)) continue;
    if (token.pos === "AUX" || token.pos === "ADV") continue;
    if (next && COLLECTIVE_SPEAKERS.has(token.lower)) continue;
    return undefined;
  }
  return undefined;
}

/**
 * Who a quote is credited to, looking in order at: a speech verb right after the
 * quote ("…,” Davidson said / said Davidson), a speaker and colon or speech verb
 * before it in the same sentence ("Blinken said he would ... “…”"), and
 * "according to X". A quote no one is credited with gets no speaker.
 */
interface Credit {
  speaker: string;
  actor?: number;
  rule: string;
}

interface CreditedSpan {
  credit: Credit;
  start: number;
  end: number;
}

/** "“…,” Austin said. “…”": a quote right after a credited one in the same paragraph, with no one else named between, continues it. */
function continuedCredit(doc: Readonly<Doc>, previous: CreditedSpan | undefined, span: QuoteSpan): Credit | null {
  if (!previous || paragraphAt(doc, previous.start) !== paragraphAt(doc, span.start)) return null;
  if (namesSomeoneElseBetween(doc, previous.credit, previous.end, span.start)) return null;
  return { ...previous.credit, rule: "quotes/continued" };
}

function paragraphAt(doc: Readonly<Doc>, offset: number): number {
  return doc.paragraphs.findIndex((p) => p.start <= offset && offset < p.end);
}

/** Whether a person other than the given speaker is named between two offsets (the speaker's own "Austin said" is fine). */
function namesSomeoneElseBetween(doc: Readonly<Doc>, speaker: Credit, from: number, to: number): boolean {
  return doc.mentions.some(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      m.kind === "person" &&
      (speaker.actor === undefined || m.actor !== speaker.actor),
  );
}

function attribute(ctx: SpeakerContext, quote: QuoteSpan): Credit | null {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const after = tokenIndexAt(tokens, quote.end);
  const lastInside = tokenIndexAt(tokens, quote.end - 1);
  const sentenceEnd = doc.sentences[tokens[lastInside]?.sentence ?? -1]?.tokenEnd ?? tokens.length;
  // After the quote: ", Davidson said" or ", said Davidson" or ", he said".
  for (let i = after; i < Math.min(sentenceEnd, after + 8); i++) {
    const token = tokens[i];
    if (!token) break;
    if (isSpeech(token, ctx.kb)) {
      const before = subjectBefore(ctx, i, after);
      if (before) return { ...speakerOf(ctx, before), rule: "quotes/speaker-after" };
      const following = ctx.mentionStartingAt.get(i + 1) ?? (tokens[i + 1]?.lower === "the" ? ctx.mentionStartingAt.get(i + 2) : undefined);
      if (following) return { ...speakerOf(ctx, following), rule: "quotes/said-speaker" };
      const unnamed = nounSpeakerBefore(ctx, i, after) ?? namedBodyBefore(ctx, i, after);
      if (unnamed) return { speaker: unnamed, rule: "quotes/unnamed-speaker" };
      if (tokens[i - 1]?.lower === "it") {
        const organisation = organisationBefore(ctx, quote.start);
        if (organisation) return { ...speakerOf(ctx, organisation), rule: "quotes/it-said" };
      }
    }
    if (OPENING.has(token.text)) break;
  }
  // Before the quote in its sentence: the last speech verb or colon, and its subject.
  const first = tokenIndexAt(tokens, quote.start);
  const sentence = doc.sentences[tokens[first]?.sentence ?? -1];
  if (!sentence) return null;
  for (let i = first - 1; i >= sentence.tokenStart; i--) {
    const token = tokens[i];
    if (!token) break;
    if (isSpeech(token, ctx.kb) || (token.text === ":" && i === first - 1)) {
      // "..., saying “…”": the participle's speaker is the sentence's subject; so is a verb's joined by "and"
      // ("Biden thanked ..., singling out Scholz, and called the agreement “…”").
      let k = i - 1;
      while (k > sentence.tokenStart && tokens[k]?.pos === "ADV") k--;
      const sharesSubject = token.lower.endsWith("ing") || tokens[k]?.lower === "and";
      // "a statement by Choe Son Hui, a vice foreign minister, who called ... “…”": the relative pronoun's antecedent speaks, whatever governs it.
      const relative = tokens[k]?.lower === "who" ? lastSpeakerBefore(ctx, k, sentence.tokenStart) : undefined;
      const subject = relative ?? (sharesSubject ? firstSpeakerOf(ctx, sentence.tokenStart, i) : clauseSubjectBefore(ctx, i, sentence.tokenStart));
      if (subject) return { ...speakerOf(ctx, subject), rule: token.text === ":" ? "quotes/colon" : "quotes/speaker-before" };
      const body = isSpeech(token, ctx.kb) ? namedBodyBefore(ctx, i, sentence.tokenStart) : null;
      if (body) return { speaker: body, rule: "quotes/body-before" };
    }
    if (token.lower === "according" && tokens[i + 1]?.lower === "to") {
      const source = ctx.mentionStartingAt.get(i + 2) ?? ctx.mentionStartingAt.get(i + 3);
      if (source) return { ...speakerOf(ctx, source), rule: "quotes/according-to" };
    }
  }
  for (let i = after; i < sentenceEnd; i++) {
    if (tokens[i]?.lower === "according" && tokens[i + 1]?.lower === "to") {
      const source = ctx.mentionStartingAt.get(i + 2) ?? ctx.mentionStartingAt.get(i + 3);
      if (source) return { ...speakerOf(ctx, source), rule: "quotes/according-to" };
    }
  }
  return null;
}

/** Direct quotations with the person or organisation they are credited to; uncredited quoted phrases are not quotes. */
export const quotesAnnotator = defineAnnotator({
  name: "quotes",
  requires: ["tokens", "sentences", "mentions", "actors"],
  adds: ["quotes"],
  annotate(doc, kb) {
    const mentionEndingAt = new Map<number, Mention>();
    const mentionStartingAt = new Map<number, Mention>();
    for (const mention of doc.mentions) {
      // People, organisations and seats of government ("the Kremlin said") speak; a country named in passing does not.
      if (mention.kind === "place" || (mention.kind === "country" && mention.rule !== "mentions/side-metonym")) continue;
      mentionEndingAt.set(mention.tokenEnd - 1, mention);
      // "said Foreign Minister Claire Dubois": the speaker's phrase starts at the title.
      const phraseStart = mention.phraseStart ?? mention.tokenStart;
      if (!mentionStartingAt.has(phraseStart)) mentionStartingAt.set(phraseStart, mention);
      if (!mentionStartingAt.has(mention.tokenStart)) mentionStartingAt.set(mention.tokenStart, mention);
    }
    const ctx: SpeakerContext = { doc, kb, mentionEndingAt, mentionStartingAt };
    const quotes: Quote[] = [];
    const credited: CreditedSpan[] = [];
    for (const span of findQuoteSpans(doc.text)) {
      const credit = attribute(ctx, span) ?? continuedCredit(doc, credited[credited.length - 1], span);
      if (!credit) continue;
      credited.push({ credit, start: span.start, end: span.end });
      const firstToken = tokenIndexAt(doc.tokens, span.innerStart);
      const lastToken = tokenIndexAt(doc.tokens, span.innerEnd - 1);
      const text = tokenText(doc.text, doc.tokens, firstToken, lastToken + 1).replace(/\s*\n+\s*[“"]?/g, " ").replace(/[,]$/, "");
      quotes.push({
        start: span.innerStart,
        end: span.innerEnd,
        text,
        speaker: credit.speaker,
        ...(credit.actor !== undefined ? { actor: credit.actor } : {}),
        sentence: doc.tokens[firstToken]?.sentence ?? 0,
        rule: credit.rule,
      });
    }
    return { quotes };
  },
});
