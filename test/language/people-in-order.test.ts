import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/model/doc.js";
import { PeopleInOrder } from "../../src/language/coreference/people-in-order.js";

function person(text: string, tokenStart: number, sentence: number, actor = 0): Mention {
  return { start: tokenStart * 10, end: tokenStart * 10 + 5, text, kind: "person", code: null, sentence, tokenStart, tokenEnd: tokenStart + 1, actor, rule: "test" };
}

const texts = (mentions: readonly Mention[]) => mentions.map((m) => m.text);

describe("PeopleInOrder", () => {
  it("orders mentions by their first token and adds new ones in place", () => {
    const people = PeopleInOrder.of([person("c", 9, 1), person("a", 2, 0)]);
    people.add(person("b", 5, 0));
    people.add(person("d", 12, 2));
    expect(texts(people.mentions)).toEqual(["a", "b", "c", "d"]);
  });

  it("puts a mention added at a taken token after the one already there, as a stable sort would", () => {
    const people = PeopleInOrder.of([person("first", 4, 0)]);
    people.add(person("second", 4, 0));
    expect(texts(people.mentions)).toEqual(["first", "second"]);
  });

  it("counts the mentions that start before a token", () => {
    const people = PeopleInOrder.of([person("a", 2, 0), person("b", 5, 0), person("c", 9, 1)]);
    expect([0, 2, 3, 5, 6, 10].map((at) => people.countBefore(at))).toEqual([0, 0, 1, 1, 2, 3]);
  });

  it("tells whether a mention has another before it in its sentence", () => {
    const people = PeopleInOrder.of([person("a", 2, 0), person("b", 5, 0), person("c", 9, 1)]);
    expect([0, 1, 2].map((k) => people.hasEarlierInSentence(k))).toEqual([false, true, false]);
  });

  it("finds the latest mention before a token that passes a test, the first added among those at one token", () => {
    const people = PeopleInOrder.of([person("a", 2, 0, 1), person("b", 5, 0, 2), person("b2", 5, 0, 2), person("c", 9, 1, 1)]);
    expect(people.latestBefore(9, (m) => m.actor === 1)?.text).toBe("a");
    expect(people.latestBefore(9, (m) => m.actor === 2)?.text).toBe("b");
    expect(people.latestBefore(2, () => true)).toBeUndefined();
  });
});
