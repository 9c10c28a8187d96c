import { type DomNode, isElement, TEXT_NODE } from "./dom.js";
import { collapseWhitespace } from "./text.js";

/** Elements that start and end a paragraph of their own; everything else is inline. */
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
  "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
  "th", "thead", "tr", "ul",
]);

/** Never text, even when a page leaves them in the body. */
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "svg", "head", "title"]);

/** One paragraph of a page. */
export interface Block {
  text: string;
  /** The share of the text's characters inside links (0..1): high for menus and lists of headlines. */
  linkShare: number;
}

/**
 * The text of a subtree as paragraphs: one per block element, with
 * whitespace collapsed. Two consecutive <br>s also end a paragraph, since
 * some pages write their paragraphs that way.
 */
export function blocks(root: DomNode): Block[] {
  const result: Block[] = [];
  let current = "";
  let linkChars = 0;
  let linkDepth = 0;
  const flush = (): void => {
    const share = current.trim() === "" ? 0 : Math.min(1, linkChars / current.trim().length);
    for (const part of current.split(/\n[^\S\n]*\n/)) {
      const text = collapseWhitespace(part);
      if (text) result.push({ text, linkShare: share });
    }
    current = "";
    linkChars = 0;
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = (node.textContent ?? "").replace(/\s+/g, " ");
      current += text;
      if (linkDepth > 0) linkChars += text.trim().length;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "br") {
      current += "\n";
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === "a") linkDepth++;
    for (const child of Array.from(node.childNodes)) visit(child);
    if (tag === "a") linkDepth--;
    if (block) flush();
  };
  visit(root);
  flush();
  return result;
}
