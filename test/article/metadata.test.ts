import { describe, expect, it } from "vitest";
import { articleFromHtml } from "../../src/article/index.js";
import { ParleyError } from "../../src/errors.js";
import { BODY, jsonLd, page } from "./page.js";

const META_TAGS = `
<meta property="og:title" content="Meta headline">
<meta property="og:site_name" content="Meta Outlet">
<meta property="article:published_time" content="2021-03-09T10:00:00Z">
<meta name="author" content="John Roe">
<meta property="og:url" content="https://meta.example/story">`;

const NEWS_ARTICLE = {
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "JSON-LD headline",
  datePublished: "2021-03-10T08:00:00+01:00",
  author: { "@type": "Person", name: "Jane Doe" },
  publisher: { "@type": "Organization", name: "JSON-LD Outlet" },
  url: "https://jsonld.example/story",
};

function fromPage(head: string, body = BODY) {
  return articleFromHtml(page(head, body), undefined, "test.html");
}

describe("page metadata", () => {
  it("trusts JSON-LD over meta tags for every field", () => {
    const article = fromPage(jsonLd(NEWS_ARTICLE) + META_TAGS);
    expect(article.title).toBe("JSON-LD headline");
    expect(article.published).toBe("2021-03-10");
    expect(article.authors).toEqual(["Jane Doe"]);
    expect(article.outlet).toBe("JSON-LD Outlet");
    expect(article.url).toBe("https://jsonld.example/story");
  });

  it("falls back to meta tags for what the JSON-LD leaves out", () => {
    const article = fromPage(jsonLd({ "@type": "NewsArticle", headline: "Only a headline" }) + META_TAGS);
    expect(article.title).toBe("Only a headline");
    expect(article.published).toBe("2021-03-09");
    expect(article.authors).toEqual(["John Roe"]);
    expect(article.outlet).toBe("Meta Outlet");
    expect(article.url).toBe("https://meta.example/story");
  });

  it("trusts a meta tag date over a <time> in the article", () => {
    const body = BODY.replace("<article>", '<article><time datetime="2021-02-01">1 February</time>');
    expect(fromPage('<meta name="dc.date" content="2021-03-09">', body).published).toBe("2021-03-09");
  });

  it("takes the date from <time datetime> when the page has no date metadata, the one marked as published first", () => {
    const body = BODY.replace(
      "<article>",
      '<article><time datetime="2021-03-12">updated</time><time itemprop="datePublished" datetime="2021-03-11T09:00:00-05:00">11 March</time>',
    );
    expect(fromPage("", body).published).toBe("2021-03-11");
  });

  it.each([
    ["2021-03-10T23:30:00-05:00", "2021-03-10"],
    ["2021-03-11T01:00:00+09:00", "2021-03-11"],
    ["2021-03-10T12:00:00Z", "2021-03-10"],
  ])("keeps the page's own day for %s (no conversion to UTC)", (timestamp, day) => {
    expect(fromPage(jsonLd({ ...NEWS_ARTICLE, datePublished: timestamp })).published).toBe(day);
  });

  it.each([
    ["parsely-pub-date", "2021-03-10T18:00:00-04:00"],
    ["pubdate", "20210310"],
    ["date", "2021/03/10"],
    ["dc.date", "March 10, 2021"],
    ["DC.Date.Issued", "10 March 2021"],
  ])("reads the %s meta tag written as %s", (name, value) => {
    expect(fromPage(`<meta name="${name}" content="${value}">`).published).toBe("2021-03-10");
  });

  it("skips a date that is not a real day and uses the next source", () => {
    const head = jsonLd({ ...NEWS_ARTICLE, datePublished: "2021-02-30" }) + '<meta name="pubdate" content="2021-03-01">';
    expect(fromPage(head).published).toBe("2021-03-01");
  });

  it("skips malformed JSON-LD without failing and still reads a valid block", () => {
    const broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken",}</script>';
    expect(fromPage(broken + jsonLd(NEWS_ARTICLE)).title).toBe("JSON-LD headline");
    const article = fromPage(broken + META_TAGS);
    expect(article.title).toBe("Meta headline");
    expect(article.published).toBe("2021-03-09");
  });

  it("finds the article inside an @graph and resolves @id references to its author and publisher", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebPage", "@id": "https://g.example/a#page", url: "https://g.example/a" },
        { "@type": "Person", "@id": "https://g.example/#ana", name: "Ana Ruiz" },
        { "@type": "NewsMediaOrganization", "@id": "https://g.example/#org", name: "Graph Times" },
        {
          "@type": ["ReportageNewsArticle"],
          headline: "Graph headline",
          datePublished: "2021-05-06",
          author: [{ "@id": "https://g.example/#ana" }, { "@type": "Organization", name: "Graph Times Staff" }],
          publisher: { "@id": "https://g.example/#org" },
          mainEntityOfPage: { "@id": "https://g.example/a#page" },
        },
      ],
    };
    const article = fromPage(jsonLd(graph));
    expect(article.title).toBe("Graph headline");
    expect(article.authors).toEqual(["Ana Ruiz"]);
    expect(article.outlet).toBe("Graph Times");
    expect(article.url).toBe("https://g.example/a");
  });

  it.each([
    ["a string", "Jane Doe", ["Jane Doe"]],
    ["an object", { "@type": "Person", name: "Jane Doe" }, ["Jane Doe"]],
    ["an array of strings and objects", ["Jane Doe", { name: "John Roe" }], ["Jane Doe", "John Roe"]],
    ["a string with two names", "By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
  ])("reads a JSON-LD author given as %s", (_, author, names) => {
    expect(fromPage(jsonLd({ ...NEWS_ARTICLE, author })).authors).toEqual(names);
  });

  it("decodes character references some CMSs leave in JSON-LD strings", () => {
    expect(fromPage(jsonLd({ ...NEWS_ARTICLE, headline: "Allies&#8217; talks &amp; trade" })).title).toBe(
      "Allies\u2019 talks & trade",
    );
  });

  it("cuts the outlet's name off the end of a meta title", () => {
    const head = '<meta property="og:title" content="Talks resume in Vienna | Meta Outlet"><meta property="og:site_name" content="Meta Outlet">';
    expect(fromPage(head).title).toBe("Talks resume in Vienna");
  });

  it("uses the <title>, minus a trailing site name, when there is no metadata and no <h1>", () => {
    expect(fromPage("<title>Trade talks resume in Vienna - Some Site</title>").title).toBe("Trade talks resume in Vienna");
    expect(fromPage("<title>Vienna - Talks</title>").title).toBe("Vienna - Talks");
  });

  it("prefers the article's <h1> to the <title> and leaves the headline out of the text", () => {
    const body = BODY.replace("<article>", "<article><h1>Trade talks resume in Vienna</h1>");
    const article = fromPage("<title>Trade talks resume in Vienna - Some Site</title>", body);
    expect(article.title).toBe("Trade talks resume in Vienna");
    expect(article.text.startsWith("Foreign ministers")).toBe(true);
  });

  it("uses the canonical link when there is no og:url, and ignores relative or non-web URLs", () => {
    expect(fromPage('<link rel="canonical" href="https://c.example/story?id=1">').url).toBe("https://c.example/story?id=1");
    expect(fromPage('<link rel="canonical" href="/story">').url).toBeNull();
    expect(fromPage('<meta property="og:url" content="javascript:alert(1)">').url).toBeNull();
  });

  it("reads authors from a byline element when the page has no author metadata, and keeps the byline out of the text", () => {
    const body = BODY.replace("<article>", '<article><p class="byline">By Jane Doe and John Roe</p>');
    const article = fromPage("", body);
    expect(article.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(article.text).not.toContain("Jane Doe");
  });

  it("reads schema.org microdata in the body: the publication date and the author's name", () => {
    const body = BODY.replace(
      "<article>",
      '<article><meta itemprop="datePublished" content="2021-03-10T07:00:00+01:00"><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>',
    );
    const article = fromPage("", body);
    expect(article.published).toBe("2021-03-10");
    expect(article.authors).toEqual(["Jane Doe"]);
  });

  it("gives null fields and no authors for a page with no metadata at all", () => {
    const article = fromPage("", BODY.replace(/<\/?article>/g, ""));
    expect(article).toMatchObject({ url: null, outlet: null, title: null, published: null, authors: [] });
  });
});

describe("caller metadata", () => {
  const head = jsonLd(NEWS_ARTICLE);

  it("overrides what the page says, field by field", () => {
    const meta = {
      published: "2021-04-01",
      outlet: "Caller Outlet",
      title: "Caller title",
      url: "https://caller.example/a",
      authors: ["Caller Author"],
    };
    expect(articleFromHtml(page(head, BODY), meta)).toMatchObject(meta);
  });

  it("keeps the page's value for a field the caller leaves out or sets to null", () => {
    const article = articleFromHtml(page(head, BODY), { published: "2021-04-01", outlet: null });
    expect(article.published).toBe("2021-04-01");
    expect(article.outlet).toBe("JSON-LD Outlet");
    expect(article.title).toBe("JSON-LD headline");
  });

  it("refuses a caller date that names no day rather than falling back to the page's", () => {
    try {
      articleFromHtml(page(head, BODY), { published: "2021-13-45" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParleyError);
      expect((error as ParleyError).code).toBe("BAD_OPTION");
    }
  });
});
