import { beforeAll, describe, expect, it } from "vitest";
import { createExtractor, type Extractor } from "../../src/extract.js";
import { issuingSide } from "../../src/language/mentions/issuer.js";

let extractor: Extractor;

beforeAll(() => {
  extractor = createExtractor();
});

describe("issuingSide", () => {
  it.each([
    ["U.S. Department of State", "USA"],
    ["DOD News (U.S. Department of Defense)", "USA"],
    ["The White House", "USA"],
    ["Ministry of Foreign Affairs of Japan", "JPN"],
  ])("a government's own outlet speaks for it: %s", (outlet, code) => {
    expect(issuingSide(outlet, extractor.kb)).toBe(code);
  });

  it.each([["NBC News"], ["DVIDS"], ["China Daily"], ["The Moscow Times"], [""]])("a news outlet names no government, even one named after a country or city: %s", (outlet) => {
    expect(issuingSide(outlet, extractor.kb)).toBeNull();
  });
});

describe("officials of the issuing government", () => {
  const text = "Talks in Paris\n\nUnder Secretary for Economic Growth Jose W. Fernandez met NATO Secretary General Jens Stoltenberg in Paris on Monday.";

  it("an official with a title and no stated country, in a government's release, is that government's", () => {
    const { actors } = extractor.analyze(text, { format: "text", published: "2022-03-21", outlet: "U.S. Department of State" });
    expect(actors.find((a) => a.name === "Jose W. Fernandez")?.country).toBe("USA");
  });

  it("an official the issuer's people meet ('met with Minister of Defense Iván Velásquez') is a counterpart, not the issuer's", () => {
    const { actors } = extractor.analyze("Talks in Bogota\n\nGen. Laura Richardson met with Minister of Defense Iván Velásquez in Bogota on Monday.", {
      format: "text",
      published: "2022-09-09",
      outlet: "U.S. Southern Command Public Affairs",
    });
    expect(actors.find((a) => a.name === "Iván Velásquez")?.country).toBeNull();
  });

  it("an international organisation's official keeps no country, and a news outlet's article assigns none", () => {
    const released = extractor.analyze(text, { format: "text", published: "2022-03-21", outlet: "U.S. Department of State" });
    expect(released.actors.find((a) => a.name === "Jens Stoltenberg")?.country).toBeNull();
    const reported = extractor.analyze(text, { format: "text", published: "2022-03-21", outlet: "Example Wire" });
    expect(reported.actors.find((a) => a.name === "Jose W. Fernandez")?.country).toBeNull();
  });
});
