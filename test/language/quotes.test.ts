import { beforeAll, describe, expect, it } from "vitest";
import type { Doc } from "../../src/model/doc.js";
import type { Pipeline } from "../../src/language/pipeline.js";
import { languagePipeline } from "./helpers.js";

let run: Pipeline;

beforeAll(() => {
  run = languagePipeline();
});

/** Each input follows a headline, as in an article, so its first line is read as running text. */
function analyze(text: string): Doc {
  return run(`Envoys meet in Geneva\n\n${text}`, "2021-03-10");
}

function quotesOf(text: string): { speaker: string; text: string }[] {
  return analyze(text).quotes.map(({ speaker, text: said }) => ({ speaker, text: said }));
}

describe("speaker after the quote", () => {
  it("“…,” X said", () => {
    expect(quotesOf("“We will not back down,” Foreign Minister Claire Dubois said on Monday.")).toEqual([
      { speaker: "Claire Dubois", text: "We will not back down" },
    ]);
  });

  it("“…,” said X", () => {
    expect(quotesOf("“The door remains open,” said Claire Dubois, the foreign minister.")).toEqual([
      { speaker: "Claire Dubois", text: "The door remains open" },
    ]);
  });

  it("“…,” said X, with X's surname linking to the full name", () => {
    expect(quotesOf("Foreign Minister Claire Dubois arrived on Monday. “The door remains open,” said Dubois.")).toEqual([
      { speaker: "Claire Dubois", text: "The door remains open" },
    ]);
  });

  it("“…,” X tweeted", () => {
    expect(quotesOf("Foreign Minister Claire Dubois arrived on Friday. “We are ready,” Dubois tweeted.")).toEqual([
      { speaker: "Claire Dubois", text: "We are ready" },
    ]);
  });

  it("“…,” he said, through coreference", () => {
    expect(quotesOf("Foreign Minister Claire Dubois spoke to reporters in Geneva. “We came here to listen,” she said.")).toEqual([
      { speaker: "Claire Dubois", text: "We came here to listen" },
    ]);
  });

  it("an organisation can be the speaker", () => {
    expect(quotesOf("“We stand with our allies,” the White House said in a statement.")).toEqual([
      { speaker: "White House", text: "We stand with our allies" },
    ]);
  });
});

describe("bodies no lexicon lists", () => {
  it("'the <Name> said' credits the body", () => {
    expect(quotesOf("The Ledger said it “rejects every charge” brought against its reporter.")).toEqual([{ speaker: "Ledger", text: "rejects every charge" }]);
    expect(quotesOf("“We reject every charge,” the Ledger said.")).toEqual([{ speaker: "Ledger", text: "We reject every charge" }]);
  });
});

describe("speaker before the quote", () => {
  it("a relative pronoun's antecedent speaks, even behind a preposition ('a statement by X, ..., who called Y a “…”')", () => {
    const quotes = quotesOf("The decision followed a statement by Choe Son Hui, a North Korean vice foreign minister, who called Vice President Mike Pence a \"political dummy\".");
    expect(quotes).toEqual([{ speaker: "Choe Son Hui", text: "political dummy" }]);
  });

  it("a speech verb joined by 'and' shares the sentence's subject, not the person named just before it", () => {
    const quotes = quotesOf(
      "President Joe Biden thanked Germany and Poland for their help, singling out German Chancellor Olaf Scholz, and called the agreement \"a feat of diplomacy.\"",
    );
    expect(quotes).toEqual([{ speaker: "Joe Biden", text: "a feat of diplomacy." }]);
  });

  it("a colon after the speaker", () => {
    expect(quotesOf("Prime Minister Ravi Menon tweeted: “A historic day for our two nations.”")).toEqual([
      { speaker: "Ravi Menon", text: "A historic day for our two nations." },
    ]);
  });

  it("a partial quote inside a reported sentence", () => {
    expect(quotesOf("Secretary of State Jane Roe said she looked forward to the visits to “promote peace and deepen our partnership.”")).toEqual([
      { speaker: "Jane Roe", text: "promote peace and deepen our partnership." },
    ]);
  });

  it("a seat of government as the speaker", () => {
    expect(quotesOf("The Kremlin said the sanctions were “an act of economic war.”")).toEqual([
      { speaker: "Kremlin", text: "an act of economic war." },
    ]);
  });
});

describe("according to", () => {
  it("“…,” according to X", () => {
    expect(quotesOf("Foreign Minister Claire Dubois arrived on Monday. The ceasefire is “fragile but holding,” according to Dubois.")).toEqual([
      { speaker: "Claire Dubois", text: "fragile but holding" },
    ]);
  });
});

describe("a quote over two paragraphs", () => {
  it("is one quote, credited where it closes", () => {
    const text = [
      "Foreign Minister Claire Dubois addressed the assembly on Tuesday. “Our region has seen enough war.",
      "“It is time for the guns to fall silent,” Dubois said.",
    ].join("\n\n");
    expect(quotesOf(text)).toEqual([
      { speaker: "Claire Dubois", text: "Our region has seen enough war. It is time for the guns to fall silent" },
    ]);
  });
});

describe("not quotes", () => {
  it("a quoted phrase nobody is credited with", () => {
    expect(quotesOf("The two governments will hold a so-called “2+2” dialogue next month.")).toEqual([]);
  });

  it("a quoted title", () => {
    expect(quotesOf("The minister's memoir, “Years of Quiet Work,” went on sale on Tuesday.")).toEqual([]);
  });

});

describe("unnamed speakers", () => {
  it("a quote credited to an unnamed official is credited to that noun phrase", () => {
    expect(quotesOf("“Our region has seen enough war,” a senior defense official said.")).toEqual([
      { speaker: "senior defense official", text: "Our region has seen enough war" },
    ]);
  });
});

describe("offsets", () => {
  it("a quote's span is the text inside its quote marks", () => {
    const doc = analyze("“We will not back down,” Foreign Minister Claire Dubois said on Monday.");
    const quote = doc.quotes[0];
    expect(quote).toBeDefined();
    expect(doc.text.slice(quote?.start, quote?.end)).toBe("We will not back down,");
    expect(doc.text[(quote?.start ?? 0) - 1]).toBe("“");
    expect(doc.text[quote?.end ?? 0]).toBe("”");
  });

  it("a quote points at its speaker's actor", () => {
    const doc = analyze("“We will not back down,” Foreign Minister Claire Dubois said on Monday.");
    expect(doc.quotes[0]?.actor).toBe(doc.actors.findIndex((a) => a.name === "Claire Dubois"));
  });
});
