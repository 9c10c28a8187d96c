/** How much of the start of an input is looked at to tell HTML from text. */
const SNIFF_LENGTH = 4096;
/** Markup that only an HTML document starts with. */
const DOCUMENT_MARKUP = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;
/** Tags of elements that carry text in a fragment of HTML. */
const CONTENT_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|article|section|main|ul|ol|li|em|strong|b|i|blockquote|table|tr|td|meta|title|script|style)\b[^<>]*>/gi;
/** This many tags near the start of an input make it a fragment of HTML rather than text quoting a tag. */
const MIN_FRAGMENT_TAGS = 4;

/** Whether an input is an HTML page or fragment (true) or plain text (false). */
export function looksLikeHtml(input: string): boolean {
  const start = input.slice(0, SNIFF_LENGTH);
  if (DOCUMENT_MARKUP.test(start)) return true;
  return (start.match(CONTENT_TAG) ?? []).length >= MIN_FRAGMENT_TAGS;
}
