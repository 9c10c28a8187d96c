import { beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED, dateRange, eventsOf, loadExtractor, ofType, onlyOfType, parties } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

describe("location", () => {
  it("'in X' places a meeting in that city and its country", () => {
    const event = onlyOfType(eventsOf("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday."), "CONSULT");
    expect(event.location).toMatchObject({ name: "Nairobi", country: "KEN" });
  });

  it("'in X' may place a meeting in a third country", () => {
    const event = onlyOfType(eventsOf("The Indian foreign minister met their Chinese counterparts in Moscow on Friday."), "CONSULT");
    expect(event.location).toMatchObject({ name: "Moscow", country: "RUS" });
  });

  it("'at the Pentagon' places a meeting at that building", () => {
    const event = onlyOfType(eventsOf("Ukrainian Defence Minister Rustem Umerov met U.S. Defense Secretary Lloyd Austin at the Pentagon on Monday."), "CONSULT");
    expect(event.location).toMatchObject({ name: "Pentagon", country: "USA" });
  });

  it("'the <nationality> capital' is that country's capital city, and its nationality no side", () => {
    const event = onlyOfType(eventsOf("Speaking in the Ukrainian capital on Monday, U.S. President Joe Biden promised more weapons to Ukraine."), "AGREE");
    expect([event.source, event.target, event.location?.name, event.location?.country]).toEqual([["USA"], ["UKR"], "Kyiv", "UKR"]);
  });

  it.each([
    ["a march 'through' a city", "More than 100,000 people marched through Minsk on Sunday.", "PROTEST", "Minsk"],
    ["a city an attack strikes", "Russian forces shelled the eastern city of Kharkiv on Monday.", "ASSAULT", "Kharkiv"],
  ] as const)("%s is where the act happens", (_label, sentence, type, place) => {
    expect(onlyOfType(eventsOf(sentence), type).location?.name).toBe(place);
  });

  it("what a side 'has' said over time is not said at the meeting of the day, and 'a meeting this year' is no meeting of the day", () => {
    const events = eventsOf(
      "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held talks in Brussels on Sunday, their fourth meeting this year. " +
        "The two leaders agreed to reopen transport links. Azerbaijan has accused Armenia of planting landmines.",
      "2023-07-16",
    );
    expect(dateRange(onlyOfType(events, "AGREE"))).toBe("2023-07-16..2023-07-16");
    expect(onlyOfType(events, "ACCUSE")).toMatchObject({ location: null, participants: [] });
  });

  it("a meeting told as the time of another act is no setting for what is said later ('drills ... after its president met ...')", () => {
    const events = eventsOf(
      "China staged drills around Taiwan on Monday after its president met the speaker of the U.S. House in California. " +
        "The United States urged Beijing to show restraint.",
    );
    expect(onlyOfType(events, "REQUEST").location).toBeNull();
  });

  it("a visited city is where the visit takes place", () => {
    const event = onlyOfType(eventsOf("Polish President Andrzej Duda visited Kyiv on Tuesday."), "CONSULT");
    expect(event.location).toMatchObject({ name: "Kyiv", country: "UKR" });
  });

  it("a phone call has no location, even when a city is named", () => {
    const event = onlyOfType(
      eventsOf("French President Emmanuel Macron spoke by phone from Paris with Ukrainian President Volodymyr Zelensky on Saturday."),
      "CONSULT",
    );
    expect(event.location).toBeNull();
  });

  it("a place another verb of the sentence goes 'to' neither places a call nor makes it face to face", () => {
    const event = onlyOfType(
      eventsOf("Canadian Prime Minister Mark Carney phoned Mexican President Claudia Sheinbaum on Monday and invited her to Ottawa."),
      "CONSULT",
    );
    expect(event.mode).toBe("phone");
    expect(event.location).toBeNull();
  });

  it("a protest takes place where the marchers are", () => {
    const event = onlyOfType(eventsOf("Georgian protesters rallied against the ruling party in Tbilisi on Sunday."), "PROTEST");
    expect(event.location).toMatchObject({ name: "Tbilisi", country: "GEO" });
  });

  it("a meeting told in the dateline's sentence with no place of its own takes the dateline's city", () => {
    const event = onlyOfType(eventsOf("NAIROBI, May 4 — Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Tuesday."), "CONSULT");
    expect(event.location).toMatchObject({ name: "Nairobi", country: "KEN" });
  });

  it("a place right after an event noun is its place, however near another stands before it ('a ceasefire in X after negotiations in Y')", () => {
    const events = eventsOf("Ghana and Togo agreed on Tuesday to a ceasefire in northern Togo after negotiations in the Ghanaian capital.");
    expect(onlyOfType(events, "CONSULT").location).toMatchObject({ name: "Accra", country: "GHA" });
  });

  it("a nationality describing a place named after 'of' is no party, and the named place is the act's ('on the Indonesian island of Bali')", () => {
    const meeting = onlyOfType(eventsOf("Joe Biden and Xi Jinping met on Monday on the Indonesian island of Bali."), "CONSULT");
    expect([parties(meeting), meeting.location?.name, meeting.location?.country]).toEqual([["CHN", "USA"], "Bali", "IDN"]);
  });

  it("a clause joined by 'and' places its own act, not the one before it ('agreed to ..., and their ministers will meet in Vienna')", () => {
    const events = eventsOf("Kenya and Ethiopia agreed on Tuesday to reopen their border, and their foreign ministers will meet in Nairobi next month.");
    expect(onlyOfType(events, "AGREE").location).toBeNull();
    expect(ofType(events, "CONSULT").find((e) => e.status === "planned")?.location?.name).toBe("Nairobi");
  });

  it("talks a journey is made for are held where it goes ('flew to Abu Dhabi on Saturday for talks with ...'), face to face", () => {
    const talks = onlyOfType(eventsOf("Kenyan President William Ruto flew to Addis Ababa on Saturday for talks with Ethiopian Prime Minister Abiy Ahmed."), "CONSULT");
    expect([talks.location?.name, talks.mode]).toEqual(["Addis Ababa", "in-person"]);
  });

  it("a capital after a preposition and an article is a place ('detained at a Moscow airport')", () => {
    const event = onlyOfType(eventsOf("Russian police detained American basketball player Brittney Griner at a Moscow airport in February."), "COERCE");
    expect(event.location).toMatchObject({ name: "Moscow", country: "RUS" });
  });

  it("an act told in a time phrase is not placed by the clause around it ('died in a Tehran hospital, three days after she was detained')", () => {
    const events = eventsOf("Kenyan activist Jane Wanjiru died in a Nairobi hospital on Friday, three days after she was detained by Kenyan police.");
    expect(onlyOfType(events, "COERCE").location).toBeNull();
  });

  it("a summit in an 'ahead of' phrase is an act of its own, placed there and still to come; the act before it is not placed there", () => {
    const events = eventsOf("Germany and France agreed to coordinate closely ahead of the NATO summit in Vilnius in July.", "2023-03-14");
    expect(onlyOfType(events, "AGREE").location).toBeNull();
    const summit = onlyOfType(events, "CONSULT");
    expect([summit.source, summit.status, dateRange(summit), summit.location?.name]).toEqual([["NATO"], "planned", "2023-07-01..2023-07-31", "Vilnius"]);
  });

  it("an act referred back to keeps its own place, not where it is spoken of ('In Lima, X said the agreement ...')", () => {
    const events = eventsOf("Chile and Peru signed a trade agreement on Monday. In Lima, Peruvian President Dina Boluarte said the agreement would create jobs.");
    expect(onlyOfType(events, "AGREE").location).toBeNull();
  });

  it("a country naming the noun after it is no place ('outlined in the Chile-Peru framework')", () => {
    const events = eventsOf("Chile and Peru agreed on Monday to advance the priorities outlined in the Chile-Peru Defense Framework.");
    expect(onlyOfType(events, "AGREE").location).toBeNull();
  });

  it("a place the sentence states wins over the dateline", () => {
    const event = onlyOfType(eventsOf("NAIROBI, May 4 — Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday."), "CONSULT");
    expect(event.location).toMatchObject({ name: "Addis Ababa", country: "ETH" });
  });

  it("the dateline does not place a meeting still to come, nor a call", () => {
    const planned = onlyOfType(eventsOf("NAIROBI, May 4 — Kenyan President William Ruto will meet Ethiopian Prime Minister Abiy Ahmed next week."), "CONSULT");
    expect(planned.location).toBeNull();
    const call = onlyOfType(eventsOf("NAIROBI, May 4 — Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed on Tuesday."), "CONSULT");
    expect(call.location).toBeNull();
  });

  it("the dateline does not place a strike on another country's ground", () => {
    const event = onlyOfType(eventsOf("WASHINGTON, Jan 12 — American and British warplanes struck Houthi targets on Thursday."), "ASSAULT");
    expect(event.location).toBeNull();
  });
});

describe("date", () => {
  it("a date after a verb's object noun dates the verb, past a hyphenated modifier ('signed a seven-day ceasefire late on Saturday')", () => {
    const events = eventsOf("Sudan's army and the Rapid Support Forces signed a seven-day ceasefire late on Saturday.");
    expect(dateRange(onlyOfType(events, "AGREE"))).toBe("2024-03-09..2024-03-09");
  });

  it("'later in the day' dates a meeting still to come on the publication day", () => {
    const meeting = onlyOfType(eventsOf("Later in the day, Kenyan President William Ruto is scheduled to meet Ethiopian Prime Minister Abiy Ahmed."), "CONSULT");
    expect([meeting.status, dateRange(meeting)]).toEqual(["planned", "2024-03-13..2024-03-13"]);
  });

  it("an event noun that is its clause's subject takes the date of the clause's verb ('Protesters clashed ... on Sunday')", () => {
    const event = onlyOfType(eventsOf("Protesters clashed with police in Tbilisi on Sunday."), "PROTEST");
    expect(dateRange(event)).toBe("2024-03-10..2024-03-10");
  });

  it("an undated act told with 'then' takes the date of the sentence before; 'since then' does not", () => {
    const [then, since] = ["then met", "has since then met"].map((verb) =>
      onlyOfType(eventsOf(`Kenyan President William Ruto arrived in Addis Ababa on Monday. Ruto ${verb} Ethiopian Prime Minister Abiy Ahmed.`), "CONSULT"),
    );
    expect([then && dateRange(then), since && dateRange(since)]).toEqual(["2024-03-11..2024-03-11", null]);
  });

  it("a call that is the setting of a verb's talk dates the talk ('spoke with Xi in a video call on Tuesday')", () => {
    const call = onlyOfType(eventsOf("U.S. President Joe Biden spoke with Chinese President Xi Jinping in a video call on Tuesday."), "CONSULT");
    expect(dateRange(call)).toBe("2024-03-12..2024-03-12");
  });

  it("a closed bracket between the act and its date is no aside around the date", () => {
    const event = onlyOfType(eventsOf("Kenyan Defence Secretary Soipan Tuya spoke with Republic of Korea (ROK) Defense Minister Shin Won-sik on Monday."), "CONSULT");
    expect(dateRange(event)).toBe("2024-03-11..2024-03-11");
  });

  it("a date inside a 'since ...' phrase dates no act ('his second since taking office in 2021')", () => {
    const event = onlyOfType(eventsOf("Chancellor Olaf Scholz's visit to Nigeria was his second since taking office in 2021."), "CONSULT");
    expect(event.date?.text ?? null).not.toBe("2021");
  });

  it("a date after a verb's object noun dates the verb ('criticized the deal on Monday')", () => {
    const event = onlyOfType(eventsOf("Kenya and Uganda signed a border pact last week. Somalia criticized the deal on Monday."), "ACCUSE");
    expect(dateRange(event)).toBe("2024-03-11..2024-03-11");
  });

  it("'next week' is the whole next week, Monday to Sunday", () => {
    const event = onlyOfType(eventsOf("Mexican President Andres Manuel Lopez Obrador will visit Canada next week."), "CONSULT");
    expect(event.date).toMatchObject({ text: "next week", start: "2024-03-18", end: "2024-03-24" });
  });

  it("'last week' is the whole previous week", () => {
    const event = onlyOfType(eventsOf("India and France held joint naval exercises in the Arabian Sea last week."), "COOPERATE");
    expect(dateRange(event)).toBe("2024-03-04..2024-03-10");
  });

  it("'on Tuesday' in the past tense is the last Tuesday before publication", () => {
    const event = onlyOfType(eventsOf("Azerbaijan launched an attack on Armenia on Tuesday."), "ASSAULT");
    expect(event.date).toMatchObject({ text: "Tuesday", start: "2024-03-12", end: "2024-03-12" });
  });

  it("a past weekday named after publication's weekday goes back to the previous week", () => {
    // Published on a Wednesday: a past Thursday is eight days earlier, not tomorrow.
    const event = onlyOfType(eventsOf("German Chancellor Olaf Scholz met virtually with Japanese Prime Minister Fumio Kishida on Thursday."), "CONSULT");
    expect(dateRange(event)).toBe("2024-03-07..2024-03-07");
  });

  it("'on Friday' in the future tense is the next Friday", () => {
    const event = onlyOfType(eventsOf("Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte in Lima on Friday."), "CONSULT");
    expect(dateRange(event)).toBe("2024-03-15..2024-03-15");
  });

  it("the same weekday name resolves by tense: past goes back, future goes forward", () => {
    const past = onlyOfType(eventsOf("Ghana and Togo held talks in Accra on Friday."), "CONSULT");
    const future = onlyOfType(eventsOf("Ghana and Togo will hold talks in Accra on Friday."), "CONSULT");
    expect(dateRange(past)).toBe("2024-03-08..2024-03-08");
    expect(dateRange(future)).toBe("2024-03-15..2024-03-15");
  });

  it("'yesterday' and 'tomorrow' are the days around publication", () => {
    const yesterday = onlyOfType(eventsOf("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima yesterday."), "CONSULT");
    const tomorrow = onlyOfType(eventsOf("Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte in Lima tomorrow."), "CONSULT");
    expect(dateRange(yesterday)).toBe("2024-03-12..2024-03-12");
    expect(dateRange(tomorrow)).toBe("2024-03-14..2024-03-14");
  });

  it("a month covers the whole month, 'last month' the previous one", () => {
    const june = onlyOfType(eventsOf("Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte in Lima in June."), "CONSULT");
    const lastMonth = onlyOfType(eventsOf("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima last month."), "CONSULT");
    expect(dateRange(june)).toBe("2024-06-01..2024-06-30");
    expect(dateRange(lastMonth)).toBe("2024-02-01..2024-02-29");
  });

  it("a statement with no date is dated its publication day", () => {
    const event = onlyOfType(eventsOf("Morocco's foreign ministry criticised Algeria in a statement."), "ACCUSE");
    expect(event.date).toMatchObject({ start: PUBLISHED, end: PUBLISHED });
  });

  it("an undated meeting in the lead paragraph is the day's news, dated its publication day; further down it is background", () => {
    const events = eventsOf(
      "Kenya and Ethiopia talk trade\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.\n\nRuto met Sudan's army chief in Nairobi.",
    );
    const meetings = ofType(events, "CONSULT");
    expect(meetings.map((m) => [m.target, m.date?.start ?? null])).toEqual([
      [["ETH"], PUBLISHED],
      [["SDN"], null],
    ]);
  });

  it("a different publication day moves the same sentence's dates", () => {
    const event = onlyOfType(eventsOf("Azerbaijan launched an attack on Armenia on Tuesday.", "2023-09-21"), "ASSAULT");
    expect(dateRange(event)).toBe("2023-09-19..2023-09-19");
  });
});

describe("participants", () => {
  it("'they agreed to meet' takes the people of the meeting 'they' refers to", () => {
    const events = eventsOf(
      "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. They agreed to meet again in Addis Ababa next month.",
    );
    const planned = ofType(events, "CONSULT").find((e) => e.status === "planned");
    expect(planned?.participants).toEqual(["William Ruto", "Abiy Ahmed"]);
  });

  it("an official announcing an act of his own side's takes part in it ('X said that Kenya would ...')", () => {
    const events = eventsOf("Kenyan President William Ruto said on Tuesday that Kenya would expel two Ugandan diplomats.");
    expect(onlyOfType(events, "SANCTION").participants).toEqual(["William Ruto"]);
  });

  it("whom the announcing official tells, of the other side, takes part too ('X assured Y that Kenyan support ...')", () => {
    const events = eventsOf("Kenyan President William Ruto assured Somali President Hassan Sheikh Mohamud that Kenyan support for Somalia is unwavering.");
    expect(onlyOfType(events, "SUPPORT").participants).toEqual(["William Ruto", "Hassan Sheikh Mohamud"]);
  });

  it("a speaker whose verb reports another clause first announces nothing of a later one", () => {
    const events = eventsOf("Kenyan President William Ruto said the talks had gone well and Kenya expelled two Ugandan diplomats on Tuesday.");
    expect(onlyOfType(events, "SANCTION").participants).toEqual([]);
  });

  it("who speaks of an act already reported took no part in it ('Biden later called the invasion unprovoked')", () => {
    const events = eventsOf("Russia invaded Ukraine on Thursday. U.S. President Joe Biden later called the invasion unprovoked and unjustified.");
    expect(onlyOfType(events, "ASSAULT").participants).not.toContain("Joe Biden");
  });

  it("'the leaders of X and Y met' takes the two countries' heads of state or government the article names elsewhere", () => {
    const events = eventsOf(
      "The leaders of Kenya and Ethiopia met in Nairobi on Tuesday. Kenyan President William Ruto said Ethiopian Prime Minister Abiy Ahmed had accepted an invitation to return.",
    );
    const meeting = ofType(events, "CONSULT").find((e) => e.location?.name === "Nairobi");
    expect(meeting?.participants).toEqual(["William Ruto", "Abiy Ahmed"]);
  });

  it("the leaders of a meeting still to come are not guessed", () => {
    const events = eventsOf("The leaders of Kenya and Ethiopia will meet in Nairobi next week. Kenyan President William Ruto announced the summit on Tuesday.");
    expect(ofType(events, "CONSULT").find((e) => e.status === "planned")?.participants).toEqual([]);
  });

  it("both people named at a meeting take part", () => {
    const event = onlyOfType(eventsOf("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday."), "CONSULT");
    expect(event.participants).toEqual(["William Ruto", "Abiy Ahmed"]);
  });

  it("a person named in another sentence does not take part", () => {
    const event = onlyOfType(
      eventsOf(
        "Former Japanese Prime Minister Shinzo Abe had long pushed for closer ties. " +
          "Japanese Foreign Minister Yoko Kamikawa met Philippine Foreign Secretary Enrique Manalo in Manila on Tuesday.",
      ),
      "CONSULT",
    );
    expect(event.participants).toEqual(["Yoko Kamikawa", "Enrique Manalo"]);
  });

  it("the named target of a detention takes part", () => {
    const event = onlyOfType(eventsOf("Pakistani police detained opposition leader Imran Khan in Islamabad on Tuesday."), "COERCE");
    expect(event.participants).toEqual(["Imran Khan"]);
  });

  it("the official who signs a statement takes part in the acts of their government it announces", () => {
    const events = eventsOf(
      "Imposing Sanctions on Eritrean Officials\n\nMelanie Joly, Minister of Foreign Affairs\n\n" +
        "Canada today imposed sanctions on Eritrea over its role in the Tigray war. Ethiopia condemned Eritrea on Monday.",
    );
    expect(onlyOfType(events, "SANCTION").participants).toEqual(["Melanie Joly"]);
    expect(onlyOfType(events, "ACCUSE").participants).toEqual([]);
  });

  it("a name and title in a paragraph of its own in the middle of an article is no signature", () => {
    const events = eventsOf(
      "Canada imposes sanctions\n\nCanada today imposed sanctions on Eritrea.\n\nThe measures target four officials.\n\nThey take effect at once.\n\n" +
        "Melanie Joly, Minister of Foreign Affairs\n\nOttawa has long criticized Asmara.",
    );
    expect(onlyOfType(events, "SANCTION").participants).toEqual([]);
  });

  it("a short name in brackets does not cut the counterpart off ('Republic of Korea (ROK) Minister ... X')", () => {
    const event = onlyOfType(eventsOf("Kenyan Defence Secretary Soipan Tuya spoke with Republic of Korea (ROK) Defense Minister Shin Won-sik on Monday."), "CONSULT");
    expect(event.participants).toEqual(["Soipan Tuya", "Shin Won-sik"]);
  });

  it("an unnamed counterpart adds no participant", () => {
    const event = onlyOfType(eventsOf("Brazil's foreign minister Mauro Vieira held talks with his Argentine counterpart in Brasilia on Monday."), "CONSULT");
    expect(event.participants).toEqual(["Mauro Vieira"]);
  });
});

describe("trips", () => {
  it("a trip to two countries is two CONSULT events, one per country, each with the trip's date", () => {
    const visits = ofType(eventsOf("Australian Foreign Minister Penny Wong will travel to Japan and South Korea next week."), "CONSULT");
    expect(visits.map((e) => e.target)).toEqual([["JPN"], ["KOR"]]);
    for (const visit of visits) {
      expect(visit).toMatchObject({ source: ["AUS"], status: "planned", participants: ["Penny Wong"] });
      expect(dateRange(visit)).toBe("2024-03-18..2024-03-24");
    }
    expect(visits.map((e) => e.location?.country)).toEqual(["JPN", "KOR"]);
  });

  it("a visit with no destination of its own is to the country of the place it is made in ('arrived in Beijing for a visit')", () => {
    const visit = onlyOfType(eventsOf("German Foreign Minister Annalena Baerbock arrived in Beijing on Thursday for a two-day visit."), "CONSULT");
    expect([visit.source, visit.target, visit.location?.name]).toEqual([["DEU"], ["CHN"], "Beijing"]);
  });

  it("a past tour of two countries by a UN official is two visits from the UN", () => {
    const visits = ofType(eventsOf("UN Secretary-General Antonio Guterres visited Kenya and Somalia last week."), "CONSULT");
    expect(visits.map((e) => [e.source, e.target])).toEqual([
      [["UN"], ["KEN"]],
      [["UN"], ["SOM"]],
    ]);
    expect(visits.every((e) => e.status === "occurred")).toBe(true);
  });
});
