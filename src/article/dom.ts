import { parseHTML } from "linkedom";

/*
 * The slice of the DOM this layer uses. The project compiles without the DOM
 * lib (it runs on Node), and linkedom's own typings point at it, so the
 * document is typed here once, at the parser boundary.
 */

export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly id: string;
  readonly className: string;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  remove(): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement;
  readonly body: DomElement;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements that belong in <head> when a page leaves its structure implicit. */
const HEAD_TAGS = new Set(["title", "meta", "link", "base", "style"]);
/** Wrappers whose children are sorted into head and body. */
const STRUCTURE_TAGS = new Set(["html", "head", "body"]);

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Any parse of a string; linkedom never runs scripts or fetches resources. */
function parseRaw(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/**
 * Parses HTML into a document that always has <html>, <head> and <body>.
 * linkedom is not an HTML5 tree builder: a page without explicit <html> or
 * <body> tags (or a bare fragment) has no body at all, and Readability needs
 * one. Such a page's top-level nodes are sorted into head and body and
 * parsed again inside a complete shell; a complete page is parsed once.
 */
export function parseDocument(html: string): DomDocument {
  const raw = parseRaw(html);
  if (hasCompleteStructure(raw)) return raw;
  const head: string[] = [];
  const body: string[] = [];
  const sort = (nodes: ArrayLike<DomNode>, inBody: boolean): void => {
    for (const node of Array.from(nodes)) {
      if (isElement(node)) {
        const tag = node.localName;
        if (STRUCTURE_TAGS.has(tag)) {
          sort(node.childNodes, inBody || tag === "body");
          continue;
        }
        if (!inBody && HEAD_TAGS.has(tag)) {
          head.push(node.outerHTML);
          continue;
        }
        body.push(node.outerHTML);
      } else if (node.nodeType === TEXT_NODE) {
        body.push(escapeText(node.textContent ?? ""));
      }
    }
  };
  sort(raw.childNodes, false);
  return parseRaw(`<!DOCTYPE html><html><head>${head.join("")}</head><body>${body.join("")}</body></html>`);
}

/** Whether a parse already has <html> holding just <head> and <body> (the common case, parsed once). */
function hasCompleteStructure(document: DomDocument): boolean {
  const root = document.documentElement as DomElement | null;
  if (root?.localName !== "html") return false;
  const children = Array.from(root.childNodes);
  const tags = children.filter(isElement).map((child) => child.localName);
  const strayText = children.some((child) => child.nodeType === TEXT_NODE && (child.textContent ?? "").trim() !== "");
  return !strayText && tags.length === 2 && tags[0] === "head" && tags[1] === "body";
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
