import { describe, expect, it } from "vitest";
import { ParleyError } from "../../src/errors.js";
import { checkFloors, parseFloors } from "../../src/eval/gate.js";
import { scoreCorpus } from "../../src/eval/score.js";
import { event, gold, prediction } from "./fixtures.js";

// Two gold meetings, one found with the wrong status: events F1 2/3, status accuracy 0.
const report = scoreCorpus([
  {
    gold: gold({ events: [event(), event({ type: "AGREE", evidence: "The allies signed a cost-sharing pact." })] }),
    predicted: prediction({ events: [event({ status: "planned" })] }),
  },
]).report;

describe("checkFloors", () => {
  it("reports a metric below its floor", () => {
    expect(checkFloors(report, { "events.f1": 0.75 })).toEqual(["events.f1 0.667 < floor 0.75"]);
  });

  it("passes metrics at or above their floors", () => {
    expect(checkFloors(report, { "events.precision": 1, "events.recall": 0.5, "per_type.CONSULT.f1": 0.9 })).toEqual([]);
  });

  it("fails a floor on a metric with nothing to score", () => {
    expect(checkFloors(report, { "quotes.f1": 0.5 })).toEqual(["quotes.f1 – (nothing to score) < floor 0.5"]);
  });

  it("throws on a path that is not a metric, so a typo cannot pass", () => {
    expect(() => checkFloors(report, { "events.f2": 0.5 })).toThrow(ParleyError);
    expect(() => checkFloors(report, { "arguments.stauts": 0.5 })).toThrow(/not a metric/);
    expect(() => checkFloors(report, { events: 0.5 })).toThrow(/group of metrics/);
    expect(() => checkFloors(report, { "events.f1.value": 0.5 })).toThrow(/not a metric/);
  });
});

describe("parseFloors", () => {
  it("reads a flat object of numbers", () => {
    expect(parseFloors('{ "events.f1": 0.75, "actors.f1": 0.9 }', "floors.json")).toEqual({
      "events.f1": 0.75,
      "actors.f1": 0.9,
    });
  });

  it("rejects anything else", () => {
    expect(() => parseFloors("[0.5]", "floors.json")).toThrow(/JSON object/);
    expect(() => parseFloors('{ "events.f1": "high" }', "floors.json")).toThrow(/must be a number/);
    expect(() => parseFloors("{ events.f1: 1 }", "floors.json")).toThrow(/not valid JSON/);
  });
});
