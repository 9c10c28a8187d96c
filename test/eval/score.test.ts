import { describe, expect, it } from "vitest";
import { scoreArticle, scoreCorpus } from "../../src/eval/score.js";
import type { GoldArticle, Prediction } from "../../src/eval/types.js";
import { actor, event, gold, prediction } from "./fixtures.js";

function report(g: GoldArticle, p: Prediction) {
  return scoreCorpus([{ gold: g, predicted: p }]).report;
}

const call = event({
  type: "CONSULT",
  mode: "phone",
  source: ["USA"],
  target: ["KOR"],
  participants: ["Lloyd J. Austin III", "Suh Wook"],
  location: null,
  evidence: "Austin spoke by phone with South Korean defense minister Suh Wook on Saturday.",
});
const accusation = event({
  type: "ACCUSE",
  mode: null,
  source: ["USA"],
  target: ["PRK"],
  participants: ["Lloyd J. Austin III"],
  location: null,
  evidence: "Austin faulted Pyongyang for its continued missile launches.",
});
const fullGold = gold({
  events: [call, accusation],
  actors: [actor("Lloyd J. Austin III", "Secretary of Defense", "USA"), actor("Suh Wook", "Minister of National Defense", "KOR")],
  quotes: [{ speaker: "Lloyd J. Austin III", text: "our alliance remains the linchpin of peace on the peninsula" }],
});

describe("scoreCorpus", () => {
  it("scores a perfect prediction 1 everywhere", () => {
    const r = report(fullGold, prediction({ events: fullGold.events, actors: fullGold.actors, quotes: fullGold.quotes }));
    expect(r.events).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.arguments).toEqual({ status: 1, mode: 1, location: 1, date: 1, participants: 1, sides: 1 });
    expect(r.actors).toEqual({ f1: 1, role: 1, country: 1 });
    expect(r.quotes).toEqual({ f1: 1 });
    expect(r.per_type.CONSULT).toEqual({ precision: 1, recall: 1, f1: 1, gold: 1, predicted: 1, matched: 1 });
    expect(r.articles).toBe(1);
  });

  it("lowers recall, not precision, for a missing event", () => {
    const r = report(fullGold, prediction({ events: [call] }));
    expect(r.events.precision).toBe(1);
    expect(r.events.recall).toBe(0.5);
    expect(r.events.f1).toBeCloseTo(2 / 3);
    expect(r.per_type.ACCUSE).toMatchObject({ gold: 1, predicted: 0, matched: 0, recall: 0, precision: null });
  });

  it("lowers precision, not recall, for a spurious event", () => {
    const extra = event({ type: "THREATEN", source: ["PRK"], target: ["USA"], evidence: "Pyongyang warned of a response." });
    const r = report(fullGold, prediction({ events: [call, accusation, extra] }));
    expect(r.events.recall).toBe(1);
    expect(r.events.precision).toBeCloseTo(2 / 3);
  });

  it("does not match a prediction of the wrong type", () => {
    const r = report(gold({ events: [accusation] }), prediction({ events: [{ ...accusation, type: "THREATEN" }] }));
    expect(r.events).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("gives null, not 0, for accuracies with nothing to judge", () => {
    const r = report(gold({ events: [accusation] }), prediction());
    expect(r.arguments.status).toBeNull();
    expect(r.arguments.mode).toBeNull();
    expect(r.events.precision).toBeNull();
    expect(r.quotes.f1).toBeNull();
  });

  it("micro-averages over articles by summing counts", () => {
    const one = { gold: gold({ events: [call] }), predicted: prediction({ events: [call] }) };
    const three = {
      gold: gold({ events: [call, accusation, event({ type: "SUPPORT", evidence: "Kishi praised the pact." })] }),
      predicted: prediction(),
    };
    const r = scoreCorpus([one, three]).report;
    expect(r.events.recall).toBe(0.25);
    expect(r.articles).toBe(2);
  });

  it("scores a partly wrong prediction below 1 with the exact fractions", () => {
    const predicted = prediction({
      events: [
        { ...call, status: "planned", mode: "virtual", participants: ["Austin"] },
        { ...accusation, source: ["USA", "JPN"] },
      ],
      actors: [actor("Lloyd Austin", "Defense Secretary", "USA"), actor("Wook", "Minister", null)],
      quotes: [],
    });
    const r = report(fullGold, predicted);
    expect(r.events.f1).toBe(1);
    expect(r.arguments.status).toBe(0.5);
    expect(r.arguments.mode).toBe(0);
    // "Austin" matches one of two gold participants: F1 2/3 for the call; the accusation is exact.
    expect(r.arguments.participants).toBeCloseTo((2 / 3 + 1) / 2);
    expect(r.arguments.sides).toBe(0.5);
    // The one-word "Wook" cannot match "Suh Wook" as an actor.
    expect(r.actors.f1).toBeCloseTo(0.5);
    // "Defense Secretary" neither contains nor is contained in "Secretary of Defense".
    expect(r.actors.role).toBe(0);
    expect(r.actors.country).toBe(1);
    expect(r.quotes.f1).toBe(0);
  });
});

describe("argument accuracy", () => {
  function argumentsOf(goldOverrides: Parameters<typeof event>[0], predictedOverrides: Parameters<typeof event>[0]) {
    return report(gold({ events: [event(goldOverrides)] }), prediction({ events: [event(predictedOverrides)] })).arguments;
  }

  it("counts a date right when the predicted range overlaps the gold range", () => {
    const week = { text: "next week", start: "2021-03-15", end: "2021-03-21" };
    expect(argumentsOf({ date: week }, { date: { text: "Thursday", start: "2021-03-18", end: "2021-03-18" } }).date).toBe(1);
    expect(argumentsOf({ date: week }, { date: { text: "Monday", start: "2021-03-22", end: "2021-03-22" } }).date).toBe(0);
  });

  it("counts both dates null as right and one null as wrong", () => {
    expect(argumentsOf({ date: null }, { date: null }).date).toBe(1);
    expect(argumentsOf({ date: null }, {}).date).toBe(0);
  });

  it("counts both locations null as right and one null as wrong", () => {
    expect(argumentsOf({ location: null }, { location: null }).location).toBe(1);
    expect(argumentsOf({ location: { name: "Tokyo", country: "JPN" } }, { location: null }).location).toBe(0);
    expect(argumentsOf({ location: { name: "Tokyo", country: "JPN" } }, { location: { name: "Japan", country: "JPN" } }).location).toBe(1);
  });

  it("judges mode only for CONSULT", () => {
    const accuse = { type: "ACCUSE" as const, mode: null };
    expect(argumentsOf(accuse, { ...accuse, mode: "phone" }).mode).toBeNull();
  });

  it("scores both-empty participants as 1", () => {
    expect(argumentsOf({ participants: [] }, { participants: [] }).participants).toBe(1);
    expect(argumentsOf({ participants: ["Nobuo Kishi"] }, { participants: [] }).participants).toBe(0);
  });
});

describe("actors", () => {
  function actorScores(goldActor: ReturnType<typeof actor>, predictedActor: ReturnType<typeof actor>) {
    return report(gold({ actors: [goldActor] }), prediction({ actors: [predictedActor] })).actors;
  }

  it("counts a role right when one contains the other, ignoring case", () => {
    expect(actorScores(actor("Antony Blinken", "Secretary of State"), actor("Antony Blinken", "secretary")).role).toBe(1);
    expect(actorScores(actor("Antony Blinken", "Secretary"), actor("Antony Blinken", "U.S. Secretary of State")).role).toBe(1);
    expect(actorScores(actor("Antony Blinken", "Secretary of State"), actor("Antony Blinken", "Senator")).role).toBe(0);
  });

  it("counts both roles null as right and one null as wrong", () => {
    expect(actorScores(actor("Wang Yi"), actor("Wang Yi")).role).toBe(1);
    expect(actorScores(actor("Wang Yi", "Foreign Minister"), actor("Wang Yi")).role).toBe(0);
  });

  it("pairs the exact name first when a one-word gold name could take either", () => {
    const g = gold({ actors: [actor("Kim Jong Un", null, "PRK"), actor("Kim Yo Jong", null, "PRK")] });
    const p = prediction({ actors: [actor("Kim Jong Un", null, "PRK"), actor("Kim Yo Jong", null, "PRK")] });
    expect(report(g, p).actors.f1).toBe(1);
  });
});

describe("quotes", () => {
  // 19 distinct words; dropping the last four leaves 15 of 19 (78.9%), the last three 16 of 19 (84.2%).
  const words = "we will stand firmly beside our allies to deter aggression and defend a free open Indo Pacific region together";
  const goldQuote = { speaker: "Lloyd J. Austin III", text: words };
  const cut = (n: number) => words.split(" ").slice(0, 19 - n).join(" ");

  function quoteF1(speaker: string, text: string) {
    return report(gold({ quotes: [goldQuote] }), prediction({ quotes: [{ speaker, text }] })).quotes.f1;
  }

  it("matches when the speaker's surname agrees and at least 80% of the gold words are there", () => {
    expect(new Set(words.split(" ")).size).toBe(19);
    expect(quoteF1("Austin", cut(3))).toBe(1);
    expect(quoteF1("Secretary Lloyd Austin", `"${words.toUpperCase()}," he said`)).toBe(1);
  });

  it("matches at exactly 80% of the gold words", () => {
    const g = gold({ quotes: [{ speaker: "Ned Price", text: "the talks were frank, useful" }] });
    const p = prediction({ quotes: [{ speaker: "Price", text: "the talks were frank" }] });
    expect(report(g, p).quotes.f1).toBe(1);
  });

  it("does not match at 79% of the gold words", () => {
    expect(quoteF1("Austin", cut(4))).toBe(0);
  });

  it("does not match another speaker", () => {
    expect(quoteF1("Antony Blinken", words)).toBe(0);
  });

  it("compares organisation speakers by last word", () => {
    const g = gold({ quotes: [{ speaker: "White House", text: "the talks were candid" }] });
    const p = prediction({ quotes: [{ speaker: "the White House", text: "The talks were candid." }] });
    expect(report(g, p).quotes.f1).toBe(1);
  });
});

describe("scoreArticle details", () => {
  it("lists missed, spurious and mismatched records", () => {
    const spurious = event({ type: "SUPPORT", evidence: "Austin thanked the troops." });
    const { details, counts } = scoreArticle(fullGold, prediction({ events: [{ ...call, status: "planned" }, spurious] }));
    expect(details.missedEvents).toEqual([accusation]);
    expect(details.spuriousEvents).toEqual([spurious]);
    expect(details.matchedEvents[0]?.mismatches).toEqual([{ argument: "status", predicted: "planned", gold: "occurred" }]);
    expect(details.missedActors.map((a) => a.name)).toEqual(["Lloyd J. Austin III", "Suh Wook"]);
    expect(counts.events).toEqual({ gold: 2, predicted: 2, matched: 1 });
  });
});
