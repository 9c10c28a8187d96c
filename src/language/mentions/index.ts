import type { Mention } from "../../model/doc.js";
import { defineAnnotator } from "../annotator.js";
import { resolveActors } from "./actors.js";
import { recognizePeople } from "./people.js";
import { recognizePlaces, withCapitalsNamedByNationality } from "./places.js";
import { withShortNames } from "./short-names.js";
import { recognizeSides } from "./sides.js";

export function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Mentions of countries, organisations, people and places, and the people as actors.
 * Order matters: sides first (so "Chinese Foreign Minister" knows its nationality),
 * then people (so "Austin" the secretary is not Austin, Texas), then places.
 */
export const mentionsAnnotator = defineAnnotator({
  name: "mentions",
  requires: ["tokens", "sentences", "paragraphs", "dates"],
  adds: ["mentions", "actors"],
  annotate(doc, kb) {
    const allSides = withShortNames(doc, withCapitalsNamedByNationality(doc, kb, recognizeSides(doc, kb)));
    const people = resolveActors(recognizePeople(doc, kb, allSides), kb, doc.published, doc);
    // A name that is a person here is not also a country ("Rep. Jim Jordan").
    const sides = allSides.filter((side) => !people.mentions.some((p) => p.tokenStart < side.tokenEnd && side.tokenStart < p.tokenEnd));
    const places = recognizePlaces(doc, kb, [...sides, ...people.mentions], people.actors);
    const mentions = [...sides, ...people.mentions, ...places].sort(byPosition);
    mentions.forEach((mention, index) => {
      if (mention.actor !== undefined) people.actors[mention.actor]?.mentions.push(index);
    });
    return { mentions, actors: people.actors };
  },
});
