import { ParleyError } from "../errors.js";
import type { Article, ArticleMetadata } from "../model/article.js";
import { authorNames, mergeAuthorNames } from "./authors.js";
import { isoDay } from "./dates.js";
import type { DomDocument, DomElement } from "./dom.js";
import { readJsonLd } from "./jsonld.js";
import { collapseWhitespace } from "./text.js";

/** What a page says about itself, each field from the most trusted source that has it. */
export type PageMetadata = Omit<Article, "id" | "text">;

/*
 * Meta tag names (name, property or itemprop, lower-cased) per field, most
 * trusted first. These are the conventions of OpenGraph, Dublin Core, Parse.ly,
 * Sailthru and common CMSs, not the names of any one site.
 */
const META_NAMES = {
  title: ["og:title", "twitter:title", "dc.title", "dcterms.title", "headline", "title"],
  published: [
    "article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date",
    "sailthru.date", "pubdate", "publishdate", "publish-date", "publication_date", "citation_publication_date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
  ],
  outlet: ["og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "publisher"],
  authors: ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"],
  url: ["og:url"],
} as const;

/** Elements whose text is a byline, for pages without author metadata. */
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .author, .author-name';

/** Title separators outlets put between a headline and their own name. */
const TITLE_SEPARATOR = /\s+[|\u2013\u2014\-:\u00b7\u2022»]\s+/;
/** A page title is split only if the headline left over is this many words or more. */
const MIN_HEADLINE_WORDS = 3;

function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta[content]"))) {
    const key = meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop");
    const content = collapseWhitespace(meta.getAttribute("content") ?? "");
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

function firstMeta(tags: Map<string, string>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = tags.get(name);
    if (value) return value;
  }
  return null;
}

function firstDay(candidates: readonly (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const day = candidate ? isoDay(candidate) : null;
    if (day) return day;
  }
  return null;
}

function absoluteUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    // A fragment names a part of the page (JSON-LD uses them as node ids), not the article.
    url.hash = "";
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The container the article itself sits in, for reading <time> and headings from it. */
function articleRoot(document: DomDocument): DomElement {
  return (
    document.querySelector('[itemprop="articleBody"]')?.closest("article") ??
    document.querySelector("article") ??
    document.querySelector("main") ??
    document.body
  );
}

/** Days from <time datetime>, those marked as the publication time first. */
function timeElementDays(root: DomElement): string[] {
  const times = Array.from(root.querySelectorAll("time[datetime]"));
  const marked = times.filter((t) => t.hasAttribute("pubdate") || /published/i.test(t.getAttribute("itemprop") ?? ""));
  return [...marked, ...times].map((t) => t.getAttribute("datetime") ?? "");
}

function bylineAuthors(root: DomElement): string[] {
  for (const element of Array.from(root.querySelectorAll(BYLINE_SELECTOR))) {
    const names = authorNames(element.getAttribute("content") ?? element.textContent ?? "");
    if (names.length > 0) return names;
  }
  return [];
}

/** A title split at its last separator ("Talks resume | The Daily" → "Talks resume", "The Daily"), if it has one. */
function splitLastSegment(title: string): { headline: string; suffix: string } | null {
  let last: RegExpExecArray | null = null;
  const separators = new RegExp(TITLE_SEPARATOR.source, "g");
  for (let match = separators.exec(title); match; match = separators.exec(title)) last = match;
  if (!last) return null;
  return { headline: title.slice(0, last.index), suffix: title.slice(last.index + last[0].length) };
}

/** A headline with the outlet's own name cut off its end. */
function withoutOutletSuffix(title: string, outlet: string | null): string {
  const split = splitLastSegment(title);
  return split && outlet !== null && split.suffix.toLowerCase() === outlet.toLowerCase() ? split.headline : title;
}

/** A page's <title>, minus a trailing site name when the headline left over is long enough. */
function documentTitle(document: DomDocument): string | null {
  const title = collapseWhitespace(document.title ?? "");
  if (!title) return null;
  const split = splitLastSegment(title);
  return split && split.headline.split(" ").length >= MIN_HEADLINE_WORDS ? split.headline : title;
}

function headingTitle(root: DomElement, document: DomDocument): string | null {
  const inArticle = root.querySelector("h1");
  const headings = document.body.querySelectorAll("h1");
  const heading = inArticle ?? (headings.length === 1 ? headings[0] : null);
  return heading ? collapseWhitespace(heading.textContent ?? "") || null : null;
}

/**
 * Reads title, date, outlet, authors and URL from a page, trusting in turn
 * its JSON-LD, its meta tags, and the article markup itself (<time datetime>,
 * <h1>, byline elements).
 */
export function readPageMetadata(document: DomDocument): PageMetadata {
  const jsonLd = readJsonLd(document);
  const tags = metaTags(document);
  const root = articleRoot(document);

  const outlet = jsonLd?.publisher ?? firstMeta(tags, META_NAMES.outlet);
  const title = jsonLd?.headline ?? firstMeta(tags, META_NAMES.title) ?? headingTitle(root, document) ?? documentTitle(document);
  const metaAuthors = META_NAMES.authors.map((name) => tags.get(name)).filter((v): v is string => v !== undefined);
  const jsonLdAuthors = mergeAuthorNames(jsonLd?.authors ?? []);
  const tagAuthors = mergeAuthorNames(metaAuthors);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");

  return {
    url: absoluteUrl(jsonLd?.url) ?? absoluteUrl(firstMeta(tags, META_NAMES.url)) ?? absoluteUrl(canonical),
    outlet,
    title: title ? withoutOutletSuffix(collapseWhitespace(title), outlet) : null,
    published: firstDay([
      jsonLd?.datePublished,
      ...META_NAMES.published.map((name) => tags.get(name)),
      ...timeElementDays(root),
    ]),
    authors: jsonLdAuthors.length > 0 ? jsonLdAuthors : tagAuthors.length > 0 ? tagAuthors : bylineAuthors(root),
  };
}

/** A caller's publication date must name a day; a typo must not silently fall back to the page's date. */
function callerDay(value: string): string {
  const day = isoDay(value);
  if (!day) throw new ParleyError("BAD_OPTION", "published", `"${value}" is not a date (expected YYYY-MM-DD)`);
  return day;
}

/** Caller metadata wins field by field; a field left out or null keeps what the page says. */
export function withCallerMetadata(page: PageMetadata, caller: ArticleMetadata | undefined): PageMetadata {
  if (!caller) return page;
  return {
    url: caller.url ?? page.url,
    outlet: caller.outlet ?? page.outlet,
    title: caller.title ?? page.title,
    published: caller.published ? callerDay(caller.published) : page.published,
    authors: caller.authors && caller.authors.length > 0 ? caller.authors : page.authors,
  };
}
