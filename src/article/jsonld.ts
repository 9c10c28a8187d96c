import type { DomDocument } from "./dom.js";

/** What a page's JSON-LD says about its article; absent fields are null or empty. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  /** Author names as given (person entries only; organisations are publishers, not bylines). */
  authors: string[];
  publisher: string | null;
  url: string | null;
}

type JsonObject = Record<string, unknown>;

/** schema.org types that describe a news or blog article (NewsArticle, ReportageNewsArticle, BlogPosting...). */
const ARTICLE_TYPE = /(Article|BlogPosting)$/;
const ORGANIZATION_TYPE = /Organization$/;
/** Far deeper than real markup nests; stops pathological input. */
const MAX_DEPTH = 12;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function types(node: JsonObject): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === "string");
}

/** Every object in a JSON-LD value: top-level arrays, @graph members and nested objects. */
function collectNodes(value: unknown, nodes: JsonObject[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, nodes, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  nodes.push(value);
  for (const child of Object.values(value)) collectNodes(child, nodes, depth + 1);
}

/** All parseable JSON-LD blocks of the page; a malformed block is skipped, not fatal. */
function jsonLdNodes(document: DomDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll("script"))) {
    const type = (script.getAttribute("type") ?? "").trim().toLowerCase();
    if (type !== "application/ld+json") continue;
    try {
      collectNodes(JSON.parse(script.textContent ?? ""), nodes);
    } catch {
      // Broken JSON-LD is common on real pages; the meta tags still count.
    }
  }
  return nodes;
}

/** Numeric and the common named character references some CMSs leave in JSON-LD strings. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ",
  rsquo: "\u2019", lsquo: "\u2018", rdquo: "\u201d", ldquo: "\u201c", ndash: "\u2013", mdash: "\u2014", hellip: "\u2026",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function text(value: unknown): string | null {
  if (typeof value === "string") {
    const decoded = decodeEntities(value).trim();
    return decoded === "" ? null : decoded;
  }
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

/** Reads the JSON-LD of a page: the first article node, with @id references resolved. */
export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  const nodes = jsonLdNodes(document);
  const article = nodes.find((node) => types(node).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return null;

  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node["@id"];
    if (typeof id === "string" && Object.keys(node).length > 1) byId.set(id, node);
  }
  const resolve = (value: unknown): unknown => {
    if (!isObject(value)) return value;
    const id = value["@id"];
    return typeof id === "string" && Object.keys(value).length === 1 ? (byId.get(id) ?? value) : value;
  };
  const nameOf = (value: unknown): string | null => {
    const entry = resolve(value);
    return typeof entry === "string" ? text(entry) : isObject(entry) ? text(entry["name"]) : null;
  };

  const authorEntries = Array.isArray(article["author"]) ? article["author"] : [article["author"]];
  const authors = authorEntries
    .map(resolve)
    .filter((entry) => !(isObject(entry) && types(entry).some((t) => ORGANIZATION_TYPE.test(t))))
    .map(nameOf)
    .filter((name): name is string => name !== null);

  const page = resolve(article["mainEntityOfPage"]);
  return {
    headline: text(article["headline"]) ?? text(article["name"]),
    datePublished: text(article["datePublished"]) ?? text(article["dateCreated"]),
    authors,
    publisher: nameOf(article["publisher"]),
    url: text(article["url"]) ?? (isObject(page) ? (text(page["url"]) ?? text(page["@id"])) : text(page)),
  };
}
