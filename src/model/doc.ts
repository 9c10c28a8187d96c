import type { Span } from "./span.js";

/** A word or punctuation token, with the part-of-speech tag wink-nlp gave it. */
export interface Token extends Span {
  text: string;
  /** Lower-cased surface form. */
  lower: string;
  /** The key lexicons are looked up by: lower case, dots removed, apostrophes straightened. */
  key: string;
  /** Universal POS tag (PROPN, VERB, AUX, ...). SPACE tokens are not kept. */
  pos: string;
  /** Index of the sentence holding this token. */
  sentence: number;
}

/**
 * What a sentence is on the page: the headline, running text, or furniture
 * that survived extraction (a photo caption with its credit, a browser banner).
 */
export type SentenceRole = "headline" | "body" | "furniture";

/** A sentence: its character span, its paragraph and its token range [tokenStart, tokenEnd). */
export interface Sentence extends Span {
  paragraph: number;
  tokenStart: number;
  tokenEnd: number;
  role: SentenceRole;
}

export type Tense = "past" | "present" | "future";

/** A date phrase resolved against the publication date to an inclusive ISO day range. */
export interface DateMention extends Span {
  text: string;
  range: { start: string; end: string };
  sentence: number;
  /** The tense of the clause that decided the direction of a relative phrase. */
  tense: Tense;
  rule: string;
}

export type MentionKind = "country" | "organization" | "person" | "place";

/**
 * A span that names or refers to an actor or a place.
 * `code` is the side the mention stands for: an ISO 3166-1 alpha-3 code or an
 * organisation's short code; for a person it is the person's country.
 */
export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  code: string | null;
  sentence: number;
  /** The tokens [tokenStart, tokenEnd) the mention covers. */
  tokenStart: number;
  tokenEnd: number;
  /** For a person: the first token of the whole noun phrase, titles and nationality included ("Chinese Foreign Minister Wang Yi"). */
  phraseStart?: number;
  /** For a person mention, the index of its actor in the actors layer. */
  actor?: number;
  /** For an organisation: the organisation's name as written, and whether it is international. */
  organization?: string;
  international?: boolean;
  /** For a place: its country and coordinates. */
  lat?: number;
  lon?: number;
  /** Which recognizer or refiner produced it (`mentions/country-name`, `coref/surname`, ...). */
  rule: string;
}

/** A named person, resolved across all their mentions. */
export interface Actor {
  name: string;
  role: string | null;
  country: string | null;
  organization: string | null;
  /** Indices into the mentions layer. */
  mentions: number[];
}

/** A direct quotation and the actor (or organisation) credited with it. */
export interface Quote extends Span {
  text: string;
  speaker: string;
  /** Index of the speaking actor, when the speaker is a person. */
  actor?: number;
  sentence: number;
  rule: string;
}

/** The layers annotators add to a Doc, by name. */
export interface Layers {
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
  mentions: Mention[];
  actors: Actor[];
  quotes: Quote[];
}

export type LayerName = keyof Layers;

/** The article text (never rewritten) plus the layers of character-offset spans built over it. */
export interface Doc extends Layers {
  text: string;
  /** Publication day (YYYY-MM-DD) that relative dates resolve against. */
  published: string | null;
  /** Who published the article ("U.S. Department of State"), when known: a government's own release speaks for it. */
  outlet: string | null;
}

export function emptyDoc(text: string, published: string | null, outlet: string | null = null): Doc {
  return {
    text,
    published,
    outlet,
    paragraphs: [],
    sentences: [],
    tokens: [],
    dates: [],
    mentions: [],
    actors: [],
    quotes: [],
  };
}
