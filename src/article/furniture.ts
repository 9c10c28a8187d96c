import type { DomDocument, DomElement } from "./dom.js";

/*
 * Page furniture removed by structure before Readability runs. Readability
 * drops most navigation and sidebars itself but keeps what sits inside the
 * article container: figures and their credits, ad slots, newsletter boxes,
 * share bars, author bios. All the lists that decide it are here.
 */

/** Elements that never hold article prose. */
const FURNITURE_TAGS = [
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
  "nav", "header", "footer", "aside", "menu", "dialog",
  "form", "button", "input", "select", "textarea", "label",
  "figure", "figcaption", "picture", "video", "audio",
];

/** ARIA landmark and widget roles of page chrome. */
const FURNITURE_ROLES = [
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
  "menu", "menubar", "toolbar", "form",
];

/**
 * Words that mark furniture when they are one part of a class or id
 * ("article__ad-slot" → article, ad, slot; "shareBar" → share, bar).
 */
const FURNITURE_CLASS_WORDS = new Set([
  // advertising
  "ad", "ads", "adslot", "adunit", "advert", "adverts", "advertisement", "advertising", "dfp", "sponsor",
  "sponsored", "promo", "promoted", "outbrain", "taboola",
  // newsletter and subscription prompts
  "newsletter", "newsletters", "signup", "subscribe", "subscription", "cta",
  // lists of other stories
  "related", "recommended", "recommendations", "recirc", "recirculation", "popular", "trending",
  // sharing and comments
  "share", "sharing", "sharebar", "social", "comment", "comments", "disqus",
  // bylines, bios, captions and credits
  "byline", "author", "authors", "bio", "caption", "captions", "credit", "credits",
  // banners about cookies or the browser
  "cookie", "cookies", "consent", "gdpr", "banner", "alert", "browser", "unsupported", "outdated",
  // navigation and page chrome
  "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "header", "footer", "masthead",
  "sidebar", "toolbar", "widget", "modal", "popup", "overlay", "tags",
]);

/** Phrases that mark furniture when their words appear in a row in a class or id ("most-read", "sr-only"). */
const FURNITURE_CLASS_PHRASES = [
  "more stories", "more news", "read more", "read next", "up next", "most read", "most popular",
  "most viewed", "see also", "also read", "sr only", "screen reader", "visually hidden", "skip link",
];

/** Inline styles that hide an element from the reader. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** The article body as marked by schema.org microdata; never removed, nor anything around it. */
const ARTICLE_BODY_SELECTOR = '[itemprop="articleBody"]';
/** Never removed by a class or tag rule: the document itself and its main landmark. */
const PROTECTED_TAGS = new Set(["html", "head", "body", "main"]);
/**
 * An element holding more than this share of the page's paragraph text is a
 * wrapper of the article, whatever its class says ("content-with-sidebar",
 * an ASP.NET page-wide <form>), and is kept.
 */
const MAX_FURNITURE_TEXT_SHARE = 0.5;

/** The words of each class name and of the id ("shareBar" → ["share", "bar"]). */
function classWords(element: DomElement): string[][] {
  const names = `${element.className ?? ""} ${element.id ?? ""}`.split(/\s+/).filter(Boolean);
  return names.map((name) =>
    name
      .replace(/([a-z\d])([A-Z])/g, "$1-$2")
      .toLowerCase()
      .split(/[^a-z\d]+/)
      .filter(Boolean),
  );
}

/** Whether an element's class or id names it as furniture. */
function hasFurnitureClass(element: DomElement): boolean {
  return classWords(element).some((words) => {
    if (words.some((word) => FURNITURE_CLASS_WORDS.has(word))) return true;
    const phrase = ` ${words.join(" ")} `;
    return FURNITURE_CLASS_PHRASES.some((p) => phrase.includes(` ${p} `));
  });
}

function paragraphTextLength(element: DomElement): number {
  let length = 0;
  for (const p of Array.from(element.querySelectorAll("p"))) length += (p.textContent ?? "").trim().length;
  return length;
}

/**
 * Removes page furniture from a document in place: chrome by tag and ARIA
 * role, hidden elements, and elements whose class or id says what they are.
 */
export function removeFurniture(document: DomDocument): void {
  const totalText = paragraphTextLength(document.body);
  const articleBody = document.querySelector(ARTICLE_BODY_SELECTOR);
  const isWrapper = (element: DomElement): boolean => {
    if (PROTECTED_TAGS.has(element.localName)) return true;
    if (articleBody && element.contains(articleBody)) return true;
    if (totalText === 0 || !element.querySelector("p")) return false;
    return paragraphTextLength(element) > totalText * MAX_FURNITURE_TEXT_SHARE;
  };

  for (const element of Array.from(document.body.querySelectorAll("*"))) {
    // An ancestor removed earlier in this pass took its descendants with it.
    if (!document.body.contains(element)) continue;
    if (isFurniture(element) && !isWrapper(element)) element.remove();
  }
}

function isFurniture(element: DomElement): boolean {
  if (FURNITURE_TAGS.includes(element.localName)) return true;
  const role = element.getAttribute("role");
  if (role && FURNITURE_ROLES.includes(role)) return true;
  // Hidden elements are not part of what a reader sees.
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  if (HIDDEN_STYLE.test(element.getAttribute("style") ?? "")) return true;
  return hasFurnitureClass(element);
}
