import { beforeAll, describe, expect, it } from "vitest";
import { eventsOf, loadExtractor, ofType, onlyOfType } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

/** The status of the one CONSULT a sentence reports. */
function meetingStatus(sentence: string): string {
  return onlyOfType(eventsOf(sentence), "CONSULT").status;
}

describe("planned and occurred: 'will meet' is not 'met'", () => {
  it("'will meet' is planned, 'met' is occurred, for the same two leaders", () => {
    expect(meetingStatus("Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte in Lima.")).toBe("planned");
    expect(meetingStatus("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on March 4.")).toBe("occurred");
  });

  it.each([
    ["is set to", "Chilean President Gabriel Boric is set to meet Peruvian President Dina Boluarte in Lima."],
    ["plans to", "Chilean President Gabriel Boric plans to meet Peruvian President Dina Boluarte in Lima."],
    ["will hold", "Ghana and Togo will hold talks in Accra on Friday."],
    ["a present tense with a future date", "Chilean President Gabriel Boric meets Peruvian President Dina Boluarte in Lima on March 20."],
    ["will visit next week", "Mexican President Andres Manuel Lopez Obrador will visit Canada next week."],
    ["is set to visit in June", "Indian Prime Minister Narendra Modi is set to visit Egypt in June."],
    ["agreed to meet (past tense, and 'this year' spans the publication day)", "Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed to meet in Lima later this year."],
    ["pledged to visit", "Chilean President Gabriel Boric pledged to visit Peru soon."],
  ])("planned: %s", (_cue, sentence) => {
    expect(meetingStatus(sentence)).toBe("planned");
  });

  it("an act a directive orders is still to come, and the act of ordering a noun took place", () => {
    const ordered = onlyOfType(eventsOf("Russia's defence minister, Sergei Shoigu, on Wednesday ordered his forces to pull back from the city of Kherson."), "RETREAT");
    expect(ordered.status).toBe("planned");
    const mobilization = onlyOfType(eventsOf("Russian President Vladimir Putin on Wednesday ordered a partial mobilization of reservists."), "MOBILIZE");
    expect(mobilization.status).toBe("occurred");
  });

  it.each([
    ["agreed on Monday to", "European Union leaders agreed on Monday to ban Belarusian airlines from EU airports."],
    ["vowed on Tuesday to", "The European Union vowed on Tuesday to ban Belarusian airlines from EU airports."],
  ])("an act a commitment is made to, with a date between, is still to come ('%s')", (_cue, sentence) => {
    expect(onlyOfType(eventsOf(sentence), "SANCTION").status).toBe("planned");
  });

  it("a meeting noun that is the object of a directed verb is still to come, and the day of the agreement is not its date", () => {
    for (const day of ["Thursday", "Wednesday"]) {
      // 2024-03-13, the publication day, is a Wednesday.
      const talks = onlyOfType(eventsOf(`South Korea and Japan agreed on ${day} to resume regular security talks.`), "CONSULT");
      expect([talks.status, talks.date]).toEqual(["planned", null]);
    }
  });

  it("a future sanction ('will impose ... next week') is planned", () => {
    expect(onlyOfType(eventsOf("The European Union will impose sanctions on Iran next week."), "SANCTION").status).toBe("planned");
  });

  it.each([
    ["met yesterday", "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima yesterday."],
    ["held talks", "Ghana and Togo held talks in Accra on Tuesday."],
    ["visited", "Polish President Andrzej Duda visited Kyiv on Tuesday."],
  ])("occurred: %s", (_cue, sentence) => {
    expect(meetingStatus(sentence)).toBe("occurred");
  });
});

describe("facts a modal clause speaks of", () => {
  it("an act its possessor is named doing is a fact, whatever modal governs the clause ('would have deplored its invasion of Ukraine')", () => {
    const events = eventsOf("Russia on Friday vetoed a draft resolution in the U.N. Security Council that would have deplored its invasion of Georgia.");
    const assault = onlyOfType(events, "ASSAULT");
    expect([assault.source, assault.target, assault.status]).toEqual([["RUS"], ["GEO"], "ongoing"]);
  });
});

describe("not yet", () => {
  it("'have yet to sign' is a plan, not a signing", () => {
    expect(onlyOfType(eventsOf("Chile and Peru have yet to sign the border agreement."), "AGREE").status).toBe("planned");
  });

  it("'refused to meet X' rejects X", () => {
    const event = onlyOfType(eventsOf("Chile refused to meet Peruvian envoys on Monday."), "REJECT");
    expect(event.target).toEqual(["PER"]);
  });
});

describe("ongoing", () => {
  it("talks 'continue'", () => {
    expect(meetingStatus("Chile and Peru continue talks in Lima.")).toBe("ongoing");
  });

  it("talks being held in a week that includes the publication day", () => {
    expect(meetingStatus("Chile and Peru are holding talks in Lima this week.")).toBe("ongoing");
  });

  it("talks that 'have been' going on since a past date", () => {
    expect(meetingStatus("Chilean and Peruvian officials have been negotiating since May.")).toBe("ongoing");
  });

  it("a war named by its agent and the ground it is fought on is under way against that country ('Russia's war in Ukraine')", () => {
    const war = onlyOfType(eventsOf("The EU approved new sanctions against Russia over its war in Ukraine."), "ASSAULT");
    expect([war.source, war.target, war.status]).toEqual([["RUS"], ["UKR"], "ongoing"]);
    expect(ofType(eventsOf("Turkey said the war in Syria had displaced millions."), "ASSAULT")).toEqual([]);
  });

  it("a war mentioned in passing is under way", () => {
    expect(onlyOfType(eventsOf("Leaders condemned Russia's war against Ukraine."), "ASSAULT").status).toBe("ongoing");
  });
});

describe("considered", () => {
  it("an act a government is considering is hypothetical", () => {
    expect(onlyOfType(eventsOf("Washington is considering new sanctions on Iran, officials said."), "SANCTION").status).toBe("hypothetical");
  });
});

describe("negated", () => {
  it("an event noun governed by a negated verb did not happen to that side ('was not involved in the talks')", () => {
    const meetings = ofType(eventsOf("Saudi Arabia and Iran held talks in Beijing on Friday. The United States was not involved in the talks."), "CONSULT");
    expect(meetings.map((e) => [...e.source, ...e.target].sort())).toEqual([["IRN", "SAU"]]);
  });

  it("the negated verb may be a verb with its noun ('did not take part in the talks')", () => {
    const meetings = ofType(eventsOf("Saudi Arabia and Iran held talks in Beijing on Friday. Iraq's prime minister did not take part in the talks."), "CONSULT");
    expect(meetings.map((e) => [...e.source, ...e.target].sort())).toEqual([["IRN", "SAU"]]);
  });
});

describe("prevented", () => {
  it("an act kept from happening ('would prevent the central bank from deploying its reserves') is no event", () => {
    expect(ofType(eventsOf("The measures would prevent Russia from deploying troops to Belarus."), "MOBILIZE")).toEqual([]);
    expect(ofType(eventsOf("Russia deployed troops to Belarus on Tuesday."), "MOBILIZE")).toHaveLength(1);
  });
});

describe("cancelled", () => {
  it.each([
    ["was called off", "The meeting between Japan and China was called off."],
    ["called off a meeting", "Chilean President Gabriel Boric called off a meeting with Peruvian President Dina Boluarte."],
    ["postponed talks", "Chile postponed talks with Peru."],
    ["a planned meeting was cancelled", "A planned meeting between Chile and Peru was cancelled on Monday."],
    ["a visit ... was postponed, far after the noun", "A planned visit by Chile's president to Lima was postponed."],
    ["cancelled his planned trip", "Chilean President Gabriel Boric cancelled his planned trip to Peru."],
    ["the predicate of a long subject noun", "A meeting of the leaders of Chile, Peru, Bolivia and Ecuador has been called off."],
    ["the predicate past a relative clause", "Talks between Chile and Peru that were due to open in Lima next week have been postponed."],
  ])("%s", (_cue, sentence) => {
    expect(meetingStatus(sentence)).toBe("cancelled");
  });

  it("a cancelling verb after an act calls it off only as its predicate ('was postponed'), not as the next verb of a list", () => {
    const closure = onlyOfType(eventsOf("Kenya ordered the closure of its border with Somalia, suspended flights to Mogadishu and froze Somali assets."), "SANCTION");
    expect(closure.status).toBe("occurred");
  });

  it("a cancelling verb does not reach an act in a clause of its own ('suspended Gabon after the military seized power')", () => {
    const coup = onlyOfType(eventsOf("The African Union suspended Gabon after soldiers in Libreville seized power."), "COERCE");
    expect(coup.status).toBe("occurred");
  });
});

describe("a cue word inside the trigger's own wording", () => {
  it("'suspended its aid' is a sanction that took place, not a cancelled one", () => {
    const event = onlyOfType(eventsOf("Germany suspended its development aid to Mali on Monday."), "SANCTION");
    expect(event.status).toBe("occurred");
  });
});

describe("hypothetical", () => {
  it.each([
    ["could", "Chilean President Gabriel Boric could meet Peruvian President Dina Boluarte in Lima next month."],
    ["said he could", "Chile's president said he could meet Peru's president in Lima."],
    ["would ... if", "Chilean President Gabriel Boric would meet Peruvian President Dina Boluarte if the border dispute were settled."],
  ])("%s", (_cue, sentence) => {
    expect(meetingStatus(sentence)).toBe("hypothetical");
  });

  it("an opening 'if' makes the act of the main clause hypothetical", () => {
    const events = eventsOf("If Peru agrees, Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte in Lima.");
    expect(onlyOfType(events, "CONSULT").status).toBe("hypothetical");
    expect(events.filter((e) => e.status !== "hypothetical")).toEqual([]);
  });

  it("a denied attack is hypothetical", () => {
    expect(onlyOfType(eventsOf("Russia denied attacking Ukraine's energy grid on Tuesday."), "ASSAULT").status).toBe("hypothetical");
  });
});
