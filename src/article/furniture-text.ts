/*
 * Page furniture recognised by its wording, for what survives the structural
 * pass (furniture.ts): a credit line or an "Advertisement" label that is a
 * bare <p>, a cookie notice without a telling class. A paragraph is dropped
 * only when it is short and its whole text is furniture, so a body paragraph
 * that merely mentions cookies, advertising or a newsletter stays.
 */

import type { Block } from "./blocks.js";

/** A paragraph mostly made of link text is a menu or a list of other stories, not prose. */
const MAX_LINK_SHARE = 0.5;
/** Longest paragraph (in words) judged sentence by sentence, such as a cookie notice. */
const MAX_NOTICE_WORDS = 80;
/** Longest paragraph that can be a photo caption ending in its credit. */
const MAX_CAPTION_WORDS = 45;
/** Longest paragraph that can be a label, a heading of a list of links, a byline or a date line. */
const MAX_LABEL_WORDS = 12;
/** Longest sentence that counts as a terse notice. */
const MAX_TERSE_NOTICE_WORDS = 8;

/** Quoted speech is reported speech, never site furniture. */
const QUOTATION = /["\u201c\u201d]/;
/** A notice talks to the reader or about the site; news prose does neither. */
const ADDRESSES_READER = /\b(?:you|your|our|we|us|please|this (?:web)?site|this page)\b/i;

/**
 * Sentences of notices, each with the words that make it one. A terse notice
 * may state its point without addressing the reader ("IE 11 is not supported.").
 */
const NOTICE_SENTENCES: readonly { topic: RegExp; claim: RegExp; terse: boolean }[] = [
  {
    topic: /\b(?:browsers?|internet explorer|IE ?\d{1,2})\b/i,
    claim: /\b(?:not supported|no longer supported|unsupported|upgrade|update your|switch|another browser|different browser|modern browser|latest version|optimal experience|best experience|outdated|out of date)\b/i,
    terse: true,
  },
  {
    topic: /\bjavascript\b/i,
    claim: /\b(?:enable|enabled|disabled|turn on|turned off|required|requires|is off)\b/i,
    terse: true,
  },
  {
    topic: /\bcookies?\b/i,
    claim: /\b(?:use|uses|using|accept|consent|agree|policy|settings|preferences|manage|continuing|store|stores)\b/i,
    terse: false,
  },
  {
    topic: /\b(?:newsletters?|inbox|e-?mail address|sign(?:ing)? up|subscrib(?:e|ed|ing)|unsubscribe)\b/i,
    claim: /\b(?:sign(?:ing)? up|subscribe|subscribing|unsubscribe|get|enter|delivered|receive|thanks?|agree|free|daily|weekly|every)\b/i,
    terse: false,
  },
];

/** Button labels and other one-liners that accompany notices. */
const NOTICE_ACTIONS =
  /^(?:learn more|find out more|more info(?:rmation)?|accept(?: all)?(?: cookies)?|reject all|got it|ok(?:ay)?|close|dismiss|manage (?:settings|preferences|cookies)|cookie settings|privacy policy|terms of (?:use|service)|sign up|subscribe(?: now)?|update (?:now|your browser)|thanks? (?:you )?for (?:signing up|subscribing))[.!]?$/i;

/** Whole-paragraph labels: ad slots, list headings, share bars, comment links, copyright lines. */
const LABELS: readonly RegExp[] = [
  /^(?:advertisement|advertising|advert|ads?|sponsored(?: content| post)?|paid (?:content|post)|promoted(?: content)?)$/i,
  /^(?:story|article) continues (?:below|after (?:the )?advertisement)(?: advertisement)?$/i,
  /^continue reading(?: the main story| below)?$/i,
  /^(?:related(?: (?:stories|articles|content|coverage|reading|links|news|topics))?|read (?:more|next|also)|also read|see also|more (?:stories|news|coverage|headlines)|more (?:from|on|in) .+|most (?:popular|read|viewed|shared)|recommended(?: (?:stories|for you|reading))?|you (?:may|might) (?:also )?like|trending(?: now| stories)?|top stories|editors?['\u2019]?s? picks|up next|what to read next|don['\u2019]t miss|latest (?:news|stories))$/i,
  /^(?:share|share this(?: article| story| page)?|share on \w+|tweet|email|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit)(?:\s+(?:share|facebook|twitter|x|linkedin|whatsapp|reddit|email|print|copy link|tweet))*$/i,
  /^(?:\d+\s+)?comments?$/i,
  /^(?:leave|post|add|view|show|read|see) (?:a |all |the )?(?:\d+ )?(?:comments?|reply|replies)$/i,
  /^join the (?:conversation|discussion)$/i,
  /^(?:©|copyright\b|\(c\)\s*\d{4})/i,
  /\ball rights reserved\.?$/i,
  /^\d+\s+min(?:ute)?s?\s+read$/i,
  // The outlet pointing at its own pages: "Our Standards: ...", "About us: ...".
  /^(?:our|about) [\p{L} ]{1,30}:/iu,
];

/** "Read more: <headline>" and similar inline links to other stories. */
const LINK_TO_OTHER_STORY = /^(?:read more|read also|also read|see also|related|more|watch|listen)\s*:/i;
/** A byline on its own line: "By Jane Doe and John Roe". */
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}(?:(?:,|\s+and)\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3})*$/u;
/** Credits for wire reports: "Reporting by ...; Editing by ...", "Contributing: ...", "X contributed to this report." */
const WIRE_CREDITS = [
  /^(?:additional )?(?:reporting|writing|editing|compiled|contributing)(?: by\b|:)[^.!?]*$/i,
  /\bcontributed(?: reporting)? to this (?:report|story|article)\.?$/i,
];

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const WEEKDAY = "(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)[a-z]*\\.?,?";
const CLOCK = "\\d{1,2}(?:[:.]\\d{2}){0,2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?";
const CALENDAR_DAY = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
/** A date line: "Published March 10, 2021, 12:32 PM EST", "Updated 6:05 p.m. ET". */
const DATE_LINE = new RegExp(
  `^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:?\\s+)?(?:${WEEKDAY}\\s+)?(?:${CALENDAR_DAY}(?:,?\\s*(?:at\\s+)?${CLOCK})?|${CLOCK})$`,
  "i",
);

/*
 * Photo credits and captions that end in one. The tail after the slash or
 * "via" is a capitalised name with no sentence punctuation, which prose
 * (ending in a full stop) does not have.
 */
const CREDIT_TAIL = /(?:\s\/\s?|\bvia\s+)\p{Lu}[\p{L}\p{N}.&'\u2019 -]{0,40}$/u;
const AGENCY_PHOTO = /\(\p{Lu}[\p{L}.]*\s+Photos?\s*\/[^)]*\)$/u;
const PHOTO_LABEL = /^(?:file\s+)?(?:photo(?:graph)?s?|images?|pictures?)(?:\s+(?:credit|by))?\s*:/i;
const PHOTO_SUFFIX = /\b(?:photo(?:graph)?s?|images?|pictures?)(?:\s+credit)?\s*:\s*[^.!?]{1,60}$/i;
const BARE_CREDIT = /^\(\p{Lu}[\p{L}.\s]{0,30}\)$|^\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s+(?:Images|Photos?)$/u;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Splits a paragraph at sentence ends followed by a capital or an opening bracket. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d(])/u).filter((s) => s.trim() !== "");
}

function isNoticeSentence(sentence: string): boolean {
  const text = sentence.trim();
  if (NOTICE_ACTIONS.test(text)) return true;
  const short = wordCount(text) <= MAX_TERSE_NOTICE_WORDS;
  return NOTICE_SENTENCES.some(
    ({ topic, claim, terse }) => topic.test(text) && claim.test(text) && ((terse && short) || ADDRESSES_READER.test(text)),
  );
}

function isCredit(text: string): boolean {
  if (/[.!?]$/.test(text) && !AGENCY_PHOTO.test(text)) return false;
  return CREDIT_TAIL.test(text) || AGENCY_PHOTO.test(text) || PHOTO_SUFFIX.test(text) || BARE_CREDIT.test(text);
}

/** Whether a paragraph, as a whole, is page furniture rather than article text. */
export function isFurnitureText(paragraph: string): boolean {
  const text = paragraph.trim();
  const words = wordCount(text);
  if (words === 0) return true;
  if (words <= MAX_LABEL_WORDS) {
    // Labels often end in a colon ("Related:", "Share this:").
    const label = text.replace(/[\s:.!]+$/, "");
    if (LABELS.some((pattern) => pattern.test(label))) return true;
    if (BYLINE.test(text) || DATE_LINE.test(text)) return true;
  }
  if (words <= MAX_CAPTION_WORDS) {
    if (PHOTO_LABEL.test(text) || isCredit(text)) return true;
    if (LINK_TO_OTHER_STORY.test(text)) return true;
    if (WIRE_CREDITS.some((credit) => credit.test(text))) return true;
  }
  if (words <= MAX_NOTICE_WORDS && !QUOTATION.test(text)) return sentences(text).every(isNoticeSentence);
  return false;
}

/** Whether a paragraph of a page is furniture: mostly links, or furniture by its wording. */
export function isFurnitureBlock(block: Block): boolean {
  return block.linkShare > MAX_LINK_SHARE || isFurnitureText(block.text);
}
