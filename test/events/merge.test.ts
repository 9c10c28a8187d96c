import { beforeAll, describe, expect, it } from "vitest";
import { dateRange, eventsOf, loadExtractor, ofType, onlyOfType, parties } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

describe("several sentences about one meeting are one record", () => {
  it("a back-reference ('The meeting will take place ...') joins the meeting and adds its people", () => {
    const events = eventsOf(
      "German Foreign Minister Annalena Baerbock will meet Chinese Foreign Minister Wang Yi in Berlin next week. " +
        "The meeting will take place at the Chancellery after a ceremony, the ministry said. " +
        "Chinese Premier Li Qiang will also attend the meeting.",
    );
    const meeting = onlyOfType(events, "CONSULT");
    expect(meeting).toMatchObject({ source: ["DEU"], target: ["CHN"], status: "planned", mode: "in-person" });
    expect(meeting.participants).toEqual(["Annalena Baerbock", "Wang Yi", "Li Qiang"]);
    // Berlin, or the Chancellery in Berlin: the place stays in Germany either way.
    expect(meeting.location?.country).toBe("DEU");
    expect(dateRange(meeting)).toBe("2024-03-18..2024-03-24");
    expect(meeting.evidence).toBe(
      "German Foreign Minister Annalena Baerbock will meet Chinese Foreign Minister Wang Yi in Berlin next week.",
    );
  });

  it("a back-reference in the next paragraph still joins the meeting", () => {
    const events = eventsOf(
      "Indian Prime Minister Narendra Modi will meet Japanese Prime Minister Fumio Kishida in Hiroshima next week.\n\n" +
        "The meeting will take place at a hotel after a state banquet, officials said.",
    );
    const meeting = onlyOfType(events, "CONSULT");
    expect(meeting).toMatchObject({ source: ["IND"], target: ["JPN"], status: "planned" });
    expect(meeting.location).toMatchObject({ name: "Hiroshima", country: "JPN" });
  });

  it("a visit to a country and talks in its capital are one record, placed at the city", () => {
    const events = eventsOf(
      "Philippine President Ferdinand Marcos Jr. will visit Japan next week. " +
        "Marcos will hold talks with Japanese Prime Minister Fumio Kishida in Tokyo.",
    );
    const visit = onlyOfType(events, "CONSULT");
    expect(visit).toMatchObject({ source: ["PHL"], target: ["JPN"], status: "planned" });
    expect(visit.location).toMatchObject({ name: "Tokyo", country: "JPN" });
    expect(visit.participants).toEqual(["Ferdinand Marcos Jr.", "Fumio Kishida"]);
    expect(dateRange(visit)).toBe("2024-03-18..2024-03-24");
  });

  it("two undated verbs of one type in a sentence are two acts, though their sides are the same ('has criticized X ... and labeled X's abuses as genocide')", () => {
    const events = eventsOf("Kenya has criticized Ethiopia and condemned Ethiopia's abuses in Tigray.");
    expect(ofType(events, "ACCUSE")).toHaveLength(2);
  });

  it("a definite act noun set off by a comma restates the act before it ('detained X, the first arrest of an American')", () => {
    const events = eventsOf("Russia said that it had detained American reporter Evan Gershkovich on Tuesday, the first arrest of an American journalist on spying charges.");
    expect(ofType(events, "COERCE").map((e) => [e.source, e.target])).toEqual([[["RUS"], ["USA"]]]);
  });

  it("an indefinite act noun set off by a comma restates the act before it too ('massed troops near the border, a build-up that ...')", () => {
    const events = eventsOf("Russia has massed tens of thousands of troops near the Ukrainian border, a build-up that Kyiv calls a threat.");
    expect(ofType(events, "MOBILIZE").map((e) => [e.source, e.target])).toEqual([[["RUS"], ["UKR"]]]);
  });

  it("a trip made to take part in an organisation's gathering is a meeting with that organisation, where the trip goes", () => {
    const events = eventsOf("Kenyan Foreign Minister Musalia Mudavadi will travel to Paris next week to participate in the International Energy Agency ministerial meeting.");
    const trip = onlyOfType(events, "CONSULT");
    expect([trip.source, trip.target, trip.location?.name]).toEqual([["KEN"], ["IEA"], "Paris"]);
  });

  it("talks a trip is made for ('travel to Lima next week for talks with Boluarte') are the trip, with both people", () => {
    const events = eventsOf("Peruvian President Dina Boluarte spoke on Monday. Chilean President Gabriel Boric will travel to Lima next week for talks with Boluarte.");
    const trip = onlyOfType(events, "CONSULT");
    expect([trip.source, trip.target, trip.status, trip.mode]).toEqual([["CHL"], ["PER"], "planned", "in-person"]);
    expect(trip.participants).toEqual(["Gabriel Boric", "Dina Boluarte"]);
  });

  it("the talks and a later meeting with another official on the same trip are one record with every person", () => {
    const events = eventsOf(
      "Japanese Foreign Minister Yoko Kamikawa held talks with Philippine Foreign Secretary Enrique Manalo in Manila on Tuesday. " +
        "The talks focused on maritime security. " +
        "Kamikawa also met Philippine President Ferdinand Marcos Jr.",
    );
    const meeting = onlyOfType(events, "CONSULT");
    expect(meeting.participants).toEqual(["Yoko Kamikawa", "Enrique Manalo", "Ferdinand Marcos Jr."]);
    expect(meeting.location).toMatchObject({ name: "Manila", country: "PHL" });
  });
});

describe("one sentence, one meeting", () => {
  it("'to discuss' after a meeting is its purpose, whatever countries the topic names", () => {
    const events = eventsOf(
      "U.S. Army Gen. Jane Roe, the commander of U.S. Africa Command, visited Kenya and Tanzania this week, meeting with leaders to discuss security cooperation.\n\n" +
        "After arriving in Nairobi, Kenya, March 11, Roe met with Minister of Defense Aden Duale to discuss regional security and the U.S.-Kenya security partnership.",
    );
    expect(ofType(events, "CONSULT").map(parties)).toEqual([
      ["KEN", "USA"],
      ["TZA", "USA"],
    ]);
  });
});

describe("a meeting noun dated apart from the meeting under discussion", () => {
  it("is a meeting of its own, dated by the date before it ('the President’s March 2 meeting')", () => {
    const events = eventsOf(
      "Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Nairobi on Monday. " +
        "Building on the President’s March 2 meeting with Tanzanian President Samia Suluhu Hassan, the ministers discussed border trade.",
    );
    expect(ofType(events, "CONSULT").map((e) => dateRange(e)).sort()).toEqual(["2024-03-02..2024-03-02", "2024-03-11..2024-03-11"]);
  });
});

describe("two directed acts of one type in a sentence", () => {
  it("stay two when they go opposite ways", () => {
    const events = eventsOf(
      "Kenyan President William Ruto congratulated Ghanaian President John Mahama on his election, and Mahama thanked Kenya for its support.",
    );
    expect(ofType(events, "SUPPORT").map((e) => `${e.source.join(",")}>${e.target.join(",")}`).sort()).toEqual(["GHA>KEN", "KEN>GHA"]);
  });
});

describe("a definite event noun with no sides of its own", () => {
  it("names the act already reported, whoever the clause's subject is", () => {
    const events = eventsOf(
      "Azerbaijan invaded Armenia on Monday, shelling border villages. Kenya later called the invasion unprovoked and announced sanctions on Azerbaijan.",
    );
    expect(ofType(events, "ASSAULT").map((e) => `${e.source.join(",")}>${e.target.join(",")}`)).toEqual(["AZE>ARM"]);
  });

  it("an event noun introduced with 'a' is a new act", () => {
    const events = eventsOf("Azerbaijan attacked Armenia on Monday. Armenia launched an attack on Azerbaijan on Tuesday.");
    expect(ofType(events, "ASSAULT")).toHaveLength(2);
  });
});

describe("a purpose after an act of the same type", () => {
  it("'took to the streets ... to protest against ...' is one protest, whatever the purpose names", () => {
    const events = eventsOf("Thousands of people took to the streets of Belgrade on Saturday to protest against the government's plan to join EU talks.");
    expect(ofType(events, "PROTEST").map(parties)).toEqual([["SRB"]]);
  });
});

describe("one act told twice in a sentence", () => {
  it("a noun without a target and a verb with one are one record with the target", () => {
    const events = eventsOf("Azerbaijan ordered a military mobilization on Monday, calling up reservists to fight in Armenia.");
    expect(onlyOfType(events, "MOBILIZE")).toMatchObject({ source: ["AZE"], target: ["ARM"] });
  });

  it("a participle clause telling the act's result is the same act ('launched airstrikes on Gaza overnight, killing ...')", () => {
    const events = eventsOf("Israel launched airstrikes on Gaza overnight, killing at least 20 people, Palestinian health officials said.");
    expect(onlyOfType(events, "ASSAULT")).toMatchObject({ source: ["ISR"], target: ["PSE"], date: expect.objectContaining({ start: "2024-03-12", end: "2024-03-13" }) });
  });

  it("the same sides on two days in one sentence are two acts", () => {
    expect(ofType(eventsOf("Russia attacked Kyiv on Monday and struck Kharkiv on Tuesday."), "ASSAULT")).toHaveLength(2);
  });
});

describe("a noun of the verb's own kind framing its act ('released ... in a prisoner exchange with ...')", () => {
  it("is the verb's act told again, not a second act with sides of its own", () => {
    const events = eventsOf("Russia released three Americans in a prisoner exchange with the United States on Thursday.");
    expect(ofType(events, "RETREAT").map((e) => [e.source, e.target])).toEqual([[["RUS"], ["USA"]]]);
  });
});

describe("distinct interactions stay apart", () => {
  it("the summit a meeting is held on the sidelines of is its organisation's own, with no party of the meeting", () => {
    const meetings = ofType(eventsOf("Biden is expected to meet Xi on the sidelines of the APEC summit in San Francisco next month."), "CONSULT");
    expect(meetings.map((e) => [...e.source, ...e.target].sort())).toEqual([["CHN", "USA"], ["APEC"]]);
  });

  it("'the four leaders' meet as the parties of the meeting before, beside a summit whose name holds its own 'of' ('the Group of Seven summit')", () => {
    const events = eventsOf(
      "A meeting of the leaders of Brazil, Russia, India and China was called off on Monday. The four leaders will instead meet on the sidelines of the Group of Seven summit in Hiroshima this weekend.",
    );
    const planned = ofType(events, "CONSULT").filter((e) => e.status === "planned");
    expect(planned.map((e) => [...e.source, ...e.target].sort())).toEqual([["BRA", "CHN", "IND", "RUS"], ["G7"]]);
  });

  it("a visit to Tokyo and a later one to Seoul are two records with their own dates", () => {
    const visits = ofType(eventsOf("Polish President Andrzej Duda visited Tokyo on Monday. On Thursday he visited Seoul."), "CONSULT");
    expect(visits.map((e) => e.location?.name)).toEqual(["Tokyo", "Seoul"]);
    expect(visits.map((e) => e.target)).toEqual([["JPN"], ["KOR"]]);
    expect(visits.map(dateRange)).toEqual(["2024-03-11..2024-03-11", "2024-03-07..2024-03-07"]);
  });

  it("meetings of the same sides in two cities of one country are two records ('in the Oval Office' ... 'in New York')", () => {
    const meetings = ofType(
      eventsOf(
        "U.S. President Donald Trump met North Korean envoy Kim Yong Chol in the Oval Office. " +
          "Kim Yong Chol had earlier held talks with Secretary of State Mike Pompeo in New York.",
      ),
      "CONSULT",
    );
    expect(meetings.map((e) => e.location?.name)).toEqual(["Oval Office", "New York"]);
  });

  it("a planned meeting and a past one between the same sides are two records", () => {
    const meetings = ofType(
      eventsOf(
        "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima in January. " +
          "Boric will meet Boluarte again in Santiago in June.",
      ),
      "CONSULT",
    );
    expect(meetings.map((e) => e.status)).toEqual(["occurred", "planned"]);
    expect(meetings.map(dateRange)).toEqual(["2024-01-01..2024-01-31", "2024-06-01..2024-06-30"]);
  });

  it("bilateral meetings on the side of a trilateral one are records of their own", () => {
    const meetings = ofType(
      eventsOf(
        "Indian External Affairs Minister S. Jaishankar will host a trilateral meeting with Japanese Foreign Minister Yoko Kamikawa and Australian Foreign Minister Penny Wong in New Delhi on Friday. " +
          "Jaishankar will also meet bilaterally with Kamikawa and Wong.",
      ),
      "CONSULT",
    );
    expect(meetings.map((e) => [...e.source, ...e.target].sort().join("+")).sort()).toEqual(["AUS+IND", "AUS+IND+JPN", "IND+JPN"]);
  });

  it("acts of different types in one sentence stay separate records", () => {
    const events = eventsOf("Kyiv accused Moscow of attacking Ukraine's power grid on Tuesday.");
    expect(onlyOfType(events, "ACCUSE")).toMatchObject({ source: ["UKR"], target: ["RUS"] });
    expect(onlyOfType(events, "ASSAULT")).toMatchObject({ source: ["RUS"], target: ["UKR"] });
  });
});
