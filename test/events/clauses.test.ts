import { beforeAll, describe, expect, it } from "vitest";
import { dateRange, eventsOf, loadExtractor, ofType, onlyOfType, parties } from "./helpers.js";

/**
 * How the clause around a trigger shapes its record: reported futures, acts asked
 * for or threatened, relative clauses, participles, counterparts met one by one,
 * and which act of a sentence a date belongs to. Published Wednesday 2024-03-13.
 */
beforeAll(() => {
  loadExtractor();
});

describe("reported speech", () => {
  it("'would' after a reporting verb is a plan, not a condition", () => {
    const trip = onlyOfType(eventsOf("The ministry said Algerian Foreign Minister Ahmed Attaf would travel to Rome."), "CONSULT");
    expect(trip).toMatchObject({ status: "planned", target: ["ITA"] });
  });

  it("'would' with no reporting verb stays hypothetical", () => {
    const trip = onlyOfType(eventsOf("Algerian Foreign Minister Ahmed Attaf would travel to Rome if invited."), "CONSULT");
    expect(trip.status).toBe("hypothetical");
  });

  it("a threat reported from a speaker is the speaker's, aimed at whom the clause is about", () => {
    const threat = onlyOfType(eventsOf("Brazil's foreign minister said Venezuela would face consequences if troops crossed the border."), "THREATEN");
    expect(threat).toMatchObject({ source: ["BRA"], target: ["VEN"], status: "occurred" });
  });
});

describe("acts asked for or threatened", () => {
  it("the act a request asks for after 'to' is no act of its own", () => {
    const events = eventsOf("Senegal urged Mali to release the detained soldiers.");
    expect(events.map((e) => e.type)).toEqual(["REQUEST"]);
  });

  it("an act a noun aims at ('efforts to support') is no act of its own", () => {
    const events = eventsOf("The ministers discussed Moscow's blockade of grain exports and new efforts to support Moldova's farmers.");
    expect(ofType(events, "SUPPORT")).toEqual([]);
  });

  it("an act asked for ('asked for the withdrawal of the U.N. mission') is the request's aim, not an act of the asker's", () => {
    const events = eventsOf("Burkina Faso asked for the withdrawal of the U.N. mission on Tuesday.");
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["REQUEST", ["BFA"], ["UN"]]]);
  });

  it("a refusal reaches past the act it refuses to whom that act was for ('vetoed an aid package for Ukraine')", () => {
    const events = eventsOf("Slovakia vetoed an aid package for Moldova on Tuesday.");
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["REJECT", ["SVK"], ["MDA"]]]);
  });

  it("an act measured by the noun a refusing verb governs is no act ('blocked a 50 billion euro package of financial aid')", () => {
    const events = eventsOf("Slovakia blocked a 5 billion euro package of financial aid for Moldova on Tuesday.");
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["REJECT", ["SVK"], ["MDA"]]]);
  });

  it("a participle naming a kind of act is no refusal ('imposed blocking sanctions on ...')", () => {
    const events = eventsOf("The Treasury imposed blocking sanctions on Iran's central bank on Tuesday.");
    expect(ofType(events, "REJECT")).toEqual([]);
  });

  it("an infinitive after a verb ('agreed to cooperate') still tells of an act", () => {
    const events = eventsOf("Chile and Peru agreed to cooperate on border security on Monday.");
    expect(onlyOfType(events, "AGREE")).toMatchObject({ source: ["CHL"], target: ["PER"] });
  });

  it("a noun after 'on the eve of' names a moment, not a meeting", () => {
    const events = eventsOf("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on the eve of the Mercosur summit.");
    expect(ofType(events, "CONSULT")).toHaveLength(1);
    expect(parties(onlyOfType(events, "CONSULT"))).toEqual(["ARG", "CHL"]);
  });

  it("a noun after 'under the' names the terms acts follow, not a new agreement ('Under the deal, ...')", () => {
    const events = eventsOf("The United States and the Taliban signed an agreement in Doha on Saturday. Under the deal, the United States will cut its forces in Afghanistan.");
    expect(ofType(events, "AGREE")).toHaveLength(1);
    expect(onlyOfType(events, "AGREE").status).toBe("occurred");
  });

  it("an anchor phrase names a point only for the noun phrase it opens ('Under the rule of Putin, Russia's invasion ...')", () => {
    const events = eventsOf("Under the rule of Putin, Russia's invasion of Ukraine began in 2022.");
    expect(onlyOfType(events, "ASSAULT")).toMatchObject({ source: ["RUS"], target: ["UKR"] });
  });
});

describe("subjects", () => {
  it("a relative clause between the subject and its verb is skipped", () => {
    const expulsion = onlyOfType(eventsOf("London, which has accused Moscow of the poisoning, expelled 23 Russian diplomats on Tuesday."), "SANCTION");
    expect(expulsion).toMatchObject({ source: ["GBR"], target: ["RUS"] });
  });

  it("a participle that opens the sentence shares the main clause's subject, and a place in it is no side ('Meeting in the Kenyan capital, ...')", () => {
    const meeting = onlyOfType(eventsOf("Meeting in the Kenyan capital, Ethiopian and Eritrean envoys signed a ceasefire on Monday."), "CONSULT");
    expect([parties(meeting), meeting.location?.name, meeting.location?.country]).toEqual([["ERI", "ETH"], "Nairobi", "KEN"]);
  });

  it("an organisation meeting in an opening participle meets among its members ('Meeting in Brussels, EU leaders demanded ...')", () => {
    const meeting = onlyOfType(eventsOf("Meeting in Brussels, European Union leaders demanded the release of the journalist."), "CONSULT");
    expect([meeting.source, meeting.target, meeting.location?.name]).toEqual([["EU"], [], "Brussels"]);
  });

  it("a participle after a comma shares the sentence's subject", () => {
    const meetings = ofType(eventsOf("Kenyan President William Ruto visited Uganda and Tanzania on Monday, meeting with business leaders."), "CONSULT");
    for (const meeting of meetings) expect(meeting.source).toEqual(["KEN"]);
  });

  it("'after' before a name and a verb opens a clause whose subject is that name", () => {
    const visit = onlyOfType(eventsOf("The vote came days after Finnish President Alexander Stubb visited Prime Minister Viktor Orban in Budapest."), "CONSULT");
    expect(parties(visit)).toEqual(["FIN", "HUN"]);
  });
});

describe("counterparts", () => {
  it("meetings held bilaterally with two counterparts are two records", () => {
    const events = eventsOf(
      "Indian External Affairs Minister S. Jaishankar will meet bilaterally with Japanese Foreign Minister Yoko Kamikawa and Australian Foreign Minister Penny Wong.",
    );
    expect(ofType(events, "CONSULT").map((e) => e.target).sort()).toEqual([["AUS"], ["JPN"]]);
  });

  it("each bilateral meeting has the visitor and its own counterpart as participants", () => {
    const events = eventsOf(
      "Indian External Affairs Minister S. Jaishankar will meet bilaterally with Japanese Foreign Minister Yoko Kamikawa and Australian Foreign Minister Penny Wong.",
    );
    const byTarget = Object.fromEntries(ofType(events, "CONSULT").map((e) => [e.target.join(), e.participants]));
    expect(byTarget).toEqual({ JPN: ["S. Jaishankar", "Yoko Kamikawa"], AUS: ["S. Jaishankar", "Penny Wong"] });
  });

  it("a people noun stands in for the persons an act frees", () => {
    const release = onlyOfType(eventsOf("Venezuelan authorities released five political prisoners on Wednesday."), "RETREAT");
    expect(release).toMatchObject({ source: ["VEN"], target: ["VEN"], status: "occurred" });
  });
});

describe("dates shared out in a sentence", () => {
  it("a date belongs to the nearest act before it, and a noun dated apart is an act of its own", () => {
    const events = ofType(eventsOf("Ghana and Togo agreed to cooperate on border security under a framework signed on Monday."), "AGREE");
    expect(events.map(dateRange).sort()).toEqual(["2024-03-11..2024-03-11", "2024-03-13..2024-03-13"]);
  });

  it("a date in a later clause joined by 'and' does not date the act before it", () => {
    const events = eventsOf("Slovakia vetoed an aid package for Moldova, and ministers said they would try again next month.");
    expect(onlyOfType(events, "REJECT")).toMatchObject({ status: "occurred", date: { start: "2024-03-13", end: "2024-03-13" } });
  });

  it("a date after a list closed by ', and' still dates the noun before it ('a summit between A, B, and C, to be held ... on April 11')", () => {
    const events = eventsOf("The ministers discussed the upcoming summit between Brazil, Chile, and Peru, to be held in Lima on April 11.");
    expect(onlyOfType(events, "CONSULT")).toMatchObject({ status: "planned", date: { start: "2024-04-11", end: "2024-04-11" }, location: { name: "Lima" } });
  });

  it("a date after a verb's prepositional object dates the verb ('agreed to a ceasefire on Tuesday')", () => {
    const events = eventsOf("Armenia and Azerbaijan agreed to a ceasefire on Monday.");
    expect(dateRange(onlyOfType(events, "AGREE"))).toBe("2024-03-11..2024-03-11");
  });

  it("a date after 'since' opens a span and dates no act", () => {
    const events = eventsOf("Japanese Foreign Minister Yoko Kamikawa visited Seoul on Monday, the first such trip since 2018.");
    expect(dateRange(onlyOfType(events, "CONSULT"))).toBe("2024-03-11..2024-03-11");
    const undated = eventsOf("Vietnam and China talk defence\n\nThe talks began.\n\nChinese Defense Minister Dong Jun visited Hanoi, the first such trip since 2019.");
    expect(onlyOfType(undated, "CONSULT").date).toBeNull();
  });

  it("a meeting takes the date given for what was said there", () => {
    const events = eventsOf("President Lula warned President Maduro on Tuesday during a video call that Brazil would not accept a delay.");
    expect(dateRange(onlyOfType(events, "CONSULT"))).toBe("2024-03-12..2024-03-12");
  });
});
