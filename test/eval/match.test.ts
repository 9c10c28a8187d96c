import { describe, expect, it } from "vitest";
import { matchEvents } from "../../src/eval/match.js";
import { sidesExact, sidesMatch } from "../../src/eval/sides.js";
import { event } from "./fixtures.js";

describe("sidesMatch", () => {
  it("matches CONSULT sides in either order", () => {
    const gold = event({ type: "CONSULT", source: ["USA"], target: ["CHN"] });
    expect(sidesMatch(event({ type: "CONSULT", source: ["CHN"], target: ["USA"] }), gold)).toBe(true);
  });

  it("does not match ACCUSE sides when reversed", () => {
    const gold = event({ type: "ACCUSE", source: ["USA"], target: ["CHN"] });
    expect(sidesMatch(event({ type: "ACCUSE", source: ["CHN"], target: ["USA"] }), gold)).toBe(false);
    expect(sidesMatch(event({ type: "ACCUSE", source: ["USA"], target: ["CHN"] }), gold)).toBe(true);
  });

  it("matches a three-country gold meeting when two codes are shared", () => {
    const gold = event({ type: "CONSULT", source: ["USA"], target: ["JPN", "KOR"] });
    expect(sidesMatch(event({ type: "CONSULT", source: ["KOR"], target: ["USA"] }), gold)).toBe(true);
    expect(sidesMatch(event({ type: "CONSULT", source: ["KOR"], target: ["IND"] }), gold)).toBe(false);
  });

  it("needs one shared code when the gold union has a single code", () => {
    const gold = event({ type: "COOPERATE", source: ["USA"], target: ["USA"] });
    expect(sidesMatch(event({ type: "COOPERATE", source: ["USA"], target: ["CAN"] }), gold)).toBe(true);
  });

  it("matches directed types with both targets empty, not with one empty", () => {
    const gold = event({ type: "MOBILIZE", source: ["RUS"], target: [] });
    expect(sidesMatch(event({ type: "MOBILIZE", source: ["RUS"], target: [] }), gold)).toBe(true);
    expect(sidesMatch(event({ type: "MOBILIZE", source: ["RUS"], target: ["UKR"] }), gold)).toBe(false);
  });

  it("is exact only for the same sets (the same union when unordered)", () => {
    const gold = event({ type: "CONSULT", source: ["USA"], target: ["JPN", "KOR"] });
    expect(sidesExact(event({ type: "CONSULT", source: ["KOR", "JPN"], target: ["USA"] }), gold)).toBe(true);
    expect(sidesExact(event({ type: "CONSULT", source: ["KOR"], target: ["USA"] }), gold)).toBe(false);
    const accuse = event({ type: "ACCUSE", source: ["USA", "GBR"], target: ["CHN"] });
    expect(sidesExact(event({ type: "ACCUSE", source: ["USA"], target: ["CHN"] }), accuse)).toBe(false);
  });
});

describe("matchEvents", () => {
  it("pairs each prediction with the same-type gold event whose evidence it shares most", () => {
    const tokyo = event({ evidence: "Austin met his Japanese counterpart in Tokyo on Tuesday to discuss the alliance." });
    const video = event({ evidence: "Later in the week the two ministers held a video call about regional exercises." });
    const predicted = [
      event({ evidence: "The two ministers held a video call about regional exercises." }),
      event({ evidence: "Austin met his Japanese counterpart in Tokyo on Tuesday." }),
    ];
    const { pairs } = matchEvents([tokyo, video], predicted);
    expect(pairs.map((p) => [p.gold, p.predicted])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("breaks an evidence tie by argument agreement before file order", () => {
    const sentence = "The president called off the summit in a letter to the leader on Thursday.";
    const summit = event({ mode: "in-person", status: "cancelled", evidence: sentence });
    const letter = event({ mode: "written", status: "occurred", evidence: sentence });
    const { pairs } = matchEvents([summit, letter], [{ ...letter }]);
    expect(pairs.map((p) => [p.gold, p.predicted])).toEqual([[1, 0]]);
  });

  it("pairs one-to-one: a second prediction of the same event is spurious", () => {
    const gold = [event()];
    const { pairs, unmatchedPredicted } = matchEvents(gold, [event(), event()]);
    expect(pairs).toHaveLength(1);
    expect(unmatchedPredicted).toEqual([1]);
  });

  it("never pairs events of different types", () => {
    const { pairs } = matchEvents([event({ type: "CONSULT" })], [event({ type: "AGREE" })]);
    expect(pairs).toEqual([]);
  });
});
