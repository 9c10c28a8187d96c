import { describe, expect, it } from "vitest";
import { isFurnitureText } from "../../src/article/furniture-text.js";
import { articleFromHtml } from "../../src/article/index.js";
import { ParleyError } from "../../src/errors.js";
import { BODY, page } from "./page.js";

const COOKIE_PARAGRAPH =
  "Regulators said the ministry's website had placed advertising cookies on visitors' computers without asking for their consent, and ordered it to stop.";

function textOf(body: string): string {
  return articleFromHtml(page("", body), undefined, "test.html").text;
}

/** The test body with extra markup inserted after its second paragraph. */
function withInsert(markup: string): string {
  return BODY.replace("</p>\n<p>Neither", `</p>\n${markup}\n<p>Neither`);
}

describe("furniture wording", () => {
  it.each([
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "Your browser is out of date. Please switch to a modern browser for the best experience.",
    "Please enable JavaScript to view this page.",
    "We use cookies to personalise content and ads. By continuing to browse, you agree to our use of cookies. Learn more",
    "This site uses cookies. Accept all",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Sponsored content",
    "Sign up for our morning newsletter and get the day's top stories in your inbox.",
    "Thanks for signing up! You can unsubscribe at any time.",
    "Related stories",
    "Share this:",
    "More from Europe",
    "Most read",
    "Read more: Ministers agree on a timetable for the next round",
    "Share on Facebook",
    "Share this article Twitter Email",
    "12 Comments",
    "Leave a comment",
    "By Jane Doe and John Roe",
    "Published March 10, 2021, 12:32 PM EST",
    "Updated 6:05 p.m. ET",
    "Photo: Jane Doe for the Ledger",
    "The minister arrives for the summit in Brussels on Monday. Jane Doe / Getty Images",
    "Delegates pose for a group photo at the start of the talks. Pool via AP",
    "Leaders at the signing ceremony. (AP Photo/John Roe)",
    "(Reuters)",
    "FILE PHOTO: The flags of both countries outside the ministry",
    "Reporting by Jane Doe in Geneva; Editing by John Roe",
    "Associated Press writer Jane Doe in Geneva contributed to this report.",
    "© 2021 The Ledger. All rights reserved.",
    "5 min read",
  ])("drops %j", (text) => {
    expect(isFurnitureText(text)).toBe(true);
  });

  it.each([
    COOKIE_PARAGRAPH,
    "The bill would ban cookie walls, which make readers accept tracking before they can see a site.",
    "The ministry spent more on advertising in the final week of the campaign than in the whole of the previous year.",
    "Subscribers to the state broadcaster's newsletter received the statement an hour before it was read on air.",
    '"We use cookies like every other site," the minister told the committee, adding that the rules would be reviewed.',
    "The browser maker said the update would be released in June.",
    "Talks resumed in Geneva on Monday.",
    "By Tuesday, both delegations had left the city without a deal.",
    "Background",
    "The aid convoy crossed into the country via Turkey.",
  ])("keeps the prose %j", (text) => {
    expect(isFurnitureText(text)).toBe(false);
  });
});

describe("furniture removal in a page", () => {
  it("keeps a body paragraph that mentions cookies and advertising, and drops a cookie notice beside it", () => {
    const text = textOf(
      withInsert(`<p>${COOKIE_PARAGRAPH}</p><div class="note"><p>We use cookies to improve your experience. Accept all</p></div>`),
    );
    expect(text).toContain(COOKIE_PARAGRAPH);
    expect(text).not.toContain("improve your experience");
  });

  it("removes ad slots, captions and credits, newsletter boxes and share bars by their class names", () => {
    const text = textOf(
      withInsert(`
        <div class="article__ad-slot"><span>Paid for by the Tourism Board of the coastal region</span></div>
        <div class="photoCaption">Delegates arriving at the conference hall in the early morning</div>
        <span class="image-credit">Jane Doe for the Ledger</span>
        <div class="inline-newsletter-signup"><p>The weekly world digest, straight from our correspondents</p></div>
        <ul class="social-share"><li>Post</li><li>Send</li></ul>`),
    );
    for (const piece of ["Tourism Board", "Delegates arriving", "Jane Doe", "weekly world digest", "Post", "Send"]) {
      expect(text).not.toContain(piece);
    }
    expect(text).toContain("Neither side gave details");
  });

  it("removes figures, hidden elements and scripts", () => {
    const text = textOf(
      withInsert(`
        <figure><img src="a.jpg"><figcaption>Flags outside the ministry in the capital</figcaption></figure>
        <p hidden>A hidden promotional paragraph for a podcast series about elections</p>
        <p style="display: none">Another hidden paragraph about an upcoming live event</p>
        <script>document.write("A paragraph that only a browser would write into the page")</script>`),
    );
    for (const piece of ["Flags outside", "hidden promotional", "upcoming live event", "only a browser"]) {
      expect(text).not.toContain(piece);
    }
  });

  it("keeps a wrapper whose class sounds like furniture when it holds the article", () => {
    const text = textOf(`<div class="content-with-sidebar">${BODY}</div><div class="sidebar"><p>Weather in the capital: sunny spells</p></div>`);
    expect(text).toContain("Foreign ministers from the two countries met in Vienna");
    expect(text).not.toContain("Weather in the capital");
  });

  it("never removes the schema.org articleBody, whatever its class says", () => {
    const body = BODY.replace("<article>", '<article><div itemprop="articleBody" class="story-body share-enabled">').replace(
      "</article>",
      "</div></article>",
    );
    expect(textOf(body)).toContain("Foreign ministers from the two countries met in Vienna");
  });

  it("drops a paragraph made mostly of links", () => {
    const text = textOf(withInsert('<p>Latest: <a href="/a">Port strike ends after two weeks</a> <a href="/b">Budget vote delayed</a></p>'));
    expect(text).not.toContain("Port strike ends");
  });

  it("separates paragraphs written with two <br>s and joins lines broken with one", () => {
    const text = textOf(
      "<div>Ministers met in Vienna on Monday for another round of trade talks,<br>officials said.<br><br>They agreed to meet again in the spring to settle customs rules.</div>",
    );
    expect(text).toBe(
      "Ministers met in Vienna on Monday for another round of trade talks, officials said.\n\nThey agreed to meet again in the spring to settle customs rules.",
    );
  });

  it("falls back to the paragraphs of <main> when what Readability picks is all furniture", () => {
    const notice = `<div><p>We use cookies to remember your settings, to measure how you use our site, and to show you relevant offers.
      By continuing to use this site, you agree to our use of cookies. You can change your cookie settings at any time,
      in the footer of every page, or through your browser, and you can read more in our cookie policy.</p>
      <p>We and our partners store and access information on your device, such as cookies, for personalised ads and for ad measurement.</p></div>`;
    const text = textOf(`${notice}<main><p>Ministers from both countries met in Vienna on Monday.</p></main>`);
    expect(text).toBe("Ministers from both countries met in Vienna on Monday.");
  });

  it("refuses a page with nothing but furniture, naming the input", () => {
    const html = page("", '<nav><a href="/">Home</a></nav><div class="cookie-banner"><p>We use cookies.</p></div><p>Advertisement</p>');
    expect(() => articleFromHtml(html, undefined, "menu.html")).toThrow(ParleyError);
    expect(() => articleFromHtml(html, undefined, "menu.html")).toThrow(/menu\.html: no article text/);
  });
});
