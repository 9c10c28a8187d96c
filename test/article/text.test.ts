import { describe, expect, it } from "vitest";
import { isoDay } from "../../src/article/dates.js";
import { articleFromHtml, articleFromText, articleId, looksLikeHtml, MAX_INPUT_BYTES, toArticle } from "../../src/article/index.js";
import { ParleyError } from "../../src/errors.js";
import { page } from "./page.js";

const PARAGRAPHS = [
  "Foreign ministers from the two countries met in Vienna on Monday to resume talks on a new trade agreement, officials said.",
  "The delegations spent most of the day on customs rules and agreed to meet again in the spring.",
  "Neither side gave details of the remaining differences, but diplomats said farm tariffs were still the hardest question.",
];

function errorOf(action: () => unknown): ParleyError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError);
    return error as ParleyError;
  }
  throw new Error("expected a ParleyError");
}

describe("plain text articles", () => {
  it("normalizes line ends, trailing spaces and runs of blank lines, and changes nothing else", () => {
    const raw = "\ufeff\r\n  First paragraph,  with  two spaces.  \r\nSame paragraph.\r\n\r\n\r\n\r\nSecond paragraph.\t\n\n";
    expect(articleFromText(raw).text).toBe("First paragraph,  with  two spaces.\nSame paragraph.\n\nSecond paragraph.");
  });

  it("takes its metadata from the caller only", () => {
    const meta = { published: "2021-03-10", outlet: "Sample Wire", title: "Talks resume", url: null, authors: ["Jane Doe"] };
    expect(articleFromText(PARAGRAPHS.join("\n\n"), meta)).toMatchObject(meta);
    expect(articleFromText(PARAGRAPHS.join("\n\n"))).toMatchObject({ published: null, outlet: null, title: null, authors: [] });
  });
});

describe("article ids", () => {
  it("gives the same id to the same article whether it came as HTML or as text", () => {
    const html = page("<title>Talks</title>", `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</article>`);
    const fromHtml = articleFromHtml(html);
    const fromText = articleFromText(`${PARAGRAPHS.join("\r\n\r\n")}\r\n`);
    expect(fromHtml.text).toBe(fromText.text);
    expect(fromHtml.id).toBe(fromText.id);
  });

  it("ignores case and whitespace, but not wording", () => {
    expect(articleId("Talks  resume\nin Vienna")).toBe(articleId("talks resume in vienna"));
    expect(articleId("Talks resume in Vienna")).not.toBe(articleId("Talks resume in Geneva"));
    expect(articleId("Talks resume in Vienna")).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("HTML or text", () => {
  it.each([
    ["a full page", "<!DOCTYPE html><html><body><p>Hi</p></body></html>"],
    ["a page without a doctype", "<html lang=en><p>Talks resumed.</p></html>"],
    ["a body fragment", "\n<body><p>Talks resumed.</p></body>"],
    ["a fragment of paragraphs", "<div><p>Talks resumed.</p><p>More <a href=\"/x\">here</a>.</p></div>"],
  ])("recognizes %s as HTML", (_, input) => {
    expect(looksLikeHtml(input)).toBe(true);
  });

  it.each([
    ["news text", PARAGRAPHS.join("\n\n")],
    ["text that mentions a tag", "The ministry's site broke when an editor typed <p> into the headline field."],
    ["text with angle brackets", "Turnout was <50% in the capital and >70% in the north."],
  ])("recognizes %s as text", (_, input) => {
    expect(looksLikeHtml(input)).toBe(false);
  });

  it("dispatches on what the input looks like", () => {
    expect(toArticle("<p>Talks resumed in <b>Vienna</b> on Monday.</p><p>They ended without a deal.</p>").text).toBe(
      "Talks resumed in Vienna on Monday.\n\nThey ended without a deal.",
    );
    expect(toArticle("Talks resumed <in Vienna>.\n\n\n\nNo deal.").text).toBe("Talks resumed <in Vienna>.\n\nNo deal.");
  });
});

describe("input limits", () => {
  const huge = "a".repeat(MAX_INPUT_BYTES + 1);

  it.each([
    ["toArticle", () => toArticle(huge, undefined, "big.txt")],
    ["articleFromText", () => articleFromText(huge, undefined, "big.txt")],
    ["articleFromHtml", () => articleFromHtml(huge, undefined, "big.txt")],
  ])("%s refuses input over 5 MB, naming it", (_, action) => {
    const error = errorOf(action);
    expect(error.code).toBe("INPUT_TOO_LARGE");
    expect(error.message).toMatch(/^big\.txt: /);
  });

  it("counts bytes, not characters", () => {
    const multibyte = "\u00e9".repeat(MAX_INPUT_BYTES / 2 + 1);
    expect(errorOf(() => toArticle(multibyte, undefined, "accents.txt")).code).toBe("INPUT_TOO_LARGE");
  });

  it.each([
    ["", "empty.txt"],
    [" \n\r\n\t ", "blank.txt"],
  ])("refuses empty input %j, naming it", (input, name) => {
    const error = errorOf(() => toArticle(input, undefined, name));
    expect(error.code).toBe("INPUT_EMPTY");
    expect(error.input).toBe(name);
  });
});

describe("isoDay", () => {
  it.each([
    ["2021-03-10", "2021-03-10"],
    ["2021-03-10T23:59:59-11:00", "2021-03-10"],
    ["2021/3/9", "2021-03-09"],
    ["20210310", "2021-03-10"],
    ["Wednesday, March 10, 2021 9:00 AM", "2021-03-10"],
    ["Sept. 9, 2021", "2021-09-09"],
    ["9th September 2021", "2021-09-09"],
  ])("reads %j as %s", (value, day) => {
    expect(isoDay(value)).toBe(day);
  });

  it.each(["2021-02-29", "2021-13-01", "Marchish 10, 2021", "yesterday", "1614556800", ""])("rejects %j", (value) => {
    expect(isoDay(value)).toBeNull();
  });
});
