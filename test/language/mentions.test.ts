import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, Doc, Mention, MentionKind } from "../../src/model/doc.js";
import type { Pipeline } from "../../src/language/pipeline.js";
import { languagePipeline } from "./helpers.js";

let run: Pipeline;

beforeAll(() => {
  run = languagePipeline();
});

/** Runs the language layer and checks that every mention's offsets point at its text. */
function analyze(text: string, published = "2021-03-10"): Doc {
  const doc = run(text, published);
  for (const mention of doc.mentions) expect(doc.text.slice(mention.start, mention.end)).toBe(mention.text);
  return doc;
}

function mentioned(doc: Doc, text: string, kind?: MentionKind): Mention | undefined {
  return doc.mentions.find((m) => m.text === text && (kind === undefined || m.kind === kind));
}

function codesOf(text: string, kinds: readonly MentionKind[] = ["country", "organization"]): Record<string, string | null> {
  const doc = analyze(text);
  return Object.fromEntries(doc.mentions.filter((m) => kinds.includes(m.kind)).map((m) => [m.text, m.code]));
}

function actorNamed(doc: Doc, name: string): Actor | undefined {
  return doc.actors.find((a) => a.name === name);
}

describe("countries", () => {
  it("a group whose name starts with a lower-case particle is found whole ('al-Shabaab')", () => {
    expect(mentioned(analyze("Kenyan troops fought al-Shabaab near the border."), "al-Shabaab")?.code).toBe("SOM");
  });

  it("by name and alias, to alpha-3", () => {
    expect(codesOf("Britain, the United States and South Korea signed the accord with the U.S. Treasury watching.")).toMatchObject({
      Britain: "GBR",
      "United States": "USA",
      "South Korea": "KOR",
    });
  });

  it("by demonym", () => {
    expect(codesOf("Chinese and Russian warships sailed past Japanese islands.")).toEqual({ Chinese: "CHN", Russian: "RUS", Japanese: "JPN" });
  });

  it("by the seat of power standing for its government", () => {
    expect(codesOf("Beijing said on Tuesday that it opposed the sanctions. The Kremlin rejected the claim. Moscow protested.")).toEqual({
      Beijing: "CHN",
      Kremlin: "RUS",
      Moscow: "RUS",
    });
  });

  it("a capital after a locative preposition is a place, not its government", () => {
    const doc = analyze("The envoys met in Beijing on Tuesday.");
    expect(mentioned(doc, "Beijing", "place")?.code).toBe("CHN");
    expect(mentioned(doc, "Beijing", "country")).toBeUndefined();
  });
});

describe("international organisations", () => {
  it("resolve to their short codes and are marked international", () => {
    const doc = analyze(
      "NATO and the European Union backed the plan at the United Nations, while the African Union and ASEAN stayed silent. The IAEA sent inspectors.",
    );
    const organisations = doc.mentions.filter((m) => m.kind === "organization");
    expect(Object.fromEntries(organisations.map((m) => [m.text, m.code]))).toEqual({
      NATO: "NATO",
      "European Union": "EU",
      "United Nations": "UN",
      "African Union": "AU",
      ASEAN: "ASEAN",
      IAEA: "IAEA",
    });
    expect(organisations.every((m) => m.international === true)).toBe(true);
  });
});

describe("government bodies", () => {
  it("stand for their country", () => {
    const doc = analyze(
      "The State Department and the Pentagon briefed reporters. China's Foreign Ministry and the Russian Defense Ministry responded. The Bundestag voted.",
    );
    const bodies = doc.mentions.filter((m) => m.kind === "organization");
    expect(Object.fromEntries(bodies.map((m) => [m.text, m.code]))).toEqual({
      "State Department": "USA",
      Pentagon: "USA",
      "China's Foreign Ministry": "CHN",
      "Russian Defense Ministry": "RUS",
      Bundestag: "DEU",
    });
    expect(bodies.every((m) => m.international === false)).toBe(true);
  });

  it("a short name defined in brackets after the full name stands for it later in the article ('... Philippines (AFP) ... the AFP')", () => {
    const doc = analyze("Members of the Armed Forces of the Philippines (AFP) gathered today. Soldiers from the AFP trained with U.S. Marines.");
    const later = doc.mentions.filter((m) => m.text === "AFP");
    expect(later.map((m) => [m.code, m.kind, m.organization, m.rule])).toEqual([["PHL", "organization", "Armed Forces of the Philippines", "mentions/short-name"]]);
    expect(later[0]?.sentence).toBe(1);
  });
});

describe("people", () => {
  it("Kenya's service titles are titles, not parts of names ('Defence Cabinet Secretary', 'Chief of Defence Forces')", () => {
    const doc = analyze("Langley met Kenyan Defence Cabinet Secretary Aden Duale and Chief of Defence Forces Gen. Charles Kahariri in Nairobi.");
    expect(actorNamed(doc, "Aden Duale")?.role).toBe("Defence Cabinet Secretary");
    expect(actorNamed(doc, "Charles Kahariri")?.role).toBe("Chief of Defence Forces");
    expect(doc.actors.map((a) => a.name)).not.toContain("Forces");
  });

  it("'Chief Cabinet Secretary' is a title, not part of the name, and Japan's office", () => {
    const doc = analyze("Chief Cabinet Secretary Hirokazu Matsuno told reporters on Friday that Tokyo had protested.");
    const actor = actorNamed(doc, "Hirokazu Matsuno");
    expect([actor?.role, actor?.country]).toEqual(["Chief Cabinet Secretary", "JPN"]);
  });

  it("through a title, with the country the title's nationality gives", () => {
    const doc = analyze("U.S. Secretary of State Jane Roe arrived in Manila on Monday.");
    expect(mentioned(doc, "Jane Roe", "person")?.code).toBe("USA");
    expect(actorNamed(doc, "Jane Roe")).toMatchObject({ role: "Secretary of State", country: "USA" });
  });

  it("the role drops a leading nationality word and keeps it as the country", () => {
    const doc = analyze("Mexican Foreign Secretary Marcelo Ebrard met Chinese Foreign Minister Li Wen in Geneva.");
    expect(actorNamed(doc, "Marcelo Ebrard")).toMatchObject({ role: "Foreign Secretary", country: "MEX" });
    expect(actorNamed(doc, "Li Wen")).toMatchObject({ role: "Foreign Minister", country: "CHN" });
  });

  it("through an apposition, with the organisation it names", () => {
    const doc = analyze("John Doe, director of the Office of Regional Affairs, joined the talks.");
    expect(actorNamed(doc, "John Doe")).toMatchObject({
      role: "director of the Office of Regional Affairs",
      organization: "Office of Regional Affairs",
    });
  });

  it("through an apposition naming an occupation ('a reporter for ...')", () => {
    const doc = analyze("Police detained Jane Roe, a reporter for The Daily Ledger, in Minsk on Monday.");
    expect(actorNamed(doc, "Jane Roe")?.role).toMatch(/^reporter\b/);
  });

  it("through a description between a nationality and the name", () => {
    const doc = analyze("Kenyan marathon champion Mary Wanjiru was detained by police in Doha on Monday.");
    expect(actorNamed(doc, "Mary Wanjiru")).toMatchObject({ role: "marathon champion", country: "KEN" });
  });

  it("a plural title names each person of the group, and an apposition after the name says more", () => {
    const group = analyze("Police in Minsk detained Belarusian journalists Olga Petrova and Anna Sidorova on Monday.");
    expect(actorNamed(group, "Olga Petrova")).toMatchObject({ role: "journalist", country: "BLR" });
    expect(actorNamed(group, "Anna Sidorova")).toMatchObject({ role: "journalist", country: "BLR" });
    const apposed = analyze("Kenyan officials Mary Wanjiru, director of the Office of Regional Affairs, and John Kamau met in Doha.");
    expect(actorNamed(apposed, "Mary Wanjiru")?.role).toBe("director of the Office of Regional Affairs");
  });

  it("through an apposition with modifiers before the nationality ('a senior North Korean official')", () => {
    const doc = analyze("Ri Son Gwon, a senior North Korean official, met envoys in Beijing on Monday.");
    expect(actorNamed(doc, "Ri Son Gwon")).toMatchObject({ role: "official", country: "PRK" });
  });

  it("an apposition's role keeps the describing nouns before its title and drops an age", () => {
    const doc = analyze("Police detained Ivan Orlov, a 31-year-old opposition journalist, at the airport on Monday.");
    expect(actorNamed(doc, "Ivan Orlov")?.role).toBe("opposition journalist");
  });

  it("an apposition's role runs on through a prepositional phrase to its closing comma", () => {
    const doc = analyze("Moscow named Pavel Sokolov, the commander of Russian forces in Syria, on Monday.");
    expect(actorNamed(doc, "Pavel Sokolov")).toMatchObject({ role: "commander of Russian forces in Syria", organization: null });
  });

  it("a comma closes an apposition: the next person named is not part of its organisation", () => {
    const doc = analyze("The sanctions name Reza Karimi, the head of the Border Guard, and Haj Ahmad Rahimi, the head of its western division.");
    expect(actorNamed(doc, "Reza Karimi")).toMatchObject({ role: "head of the Border Guard", organization: "Border Guard" });
    expect(actorNamed(doc, "Haj Ahmad Rahimi")?.role).toBe("head of its western division");
  });

  it("a title word joined by a hyphen to the next word is part of the name ('Amir-Abdollahian'), which links to its full form", () => {
    const doc = analyze("Iran's foreign minister Hossein Amir-Abdollahian met envoys in Tehran. \"This is a historic step,\" Amir-Abdollahian told reporters.");
    expect(doc.actors.map((a) => a.name)).toEqual(["Hossein Amir-Abdollahian"]);
  });

  it("a counterpart with no title of its own holds the office of the person before it", () => {
    const doc = analyze("Kenyan President William Ruto met his Tanzanian counterpart Samia Suluhu Hassan in Nairobi.");
    expect(actorNamed(doc, "Samia Suluhu Hassan")).toMatchObject({ role: "President", country: "TZA" });
  });

  it("the body before a title set off by commas is the person's ('The United Nations envoy for Sudan, Volker Perthes,')", () => {
    const doc = analyze("The United Nations envoy for Sudan, Volker Perthes, welcomed the agreement.");
    expect(actorNamed(doc, "Volker Perthes")).toMatchObject({ role: "envoy for Sudan", organization: "United Nations", country: null });
  });

  it("a particle joined by a hyphen stays inside the name ('al-Jubeir')", () => {
    const doc = analyze("Saudi Foreign Minister Adel al-Jubeir met envoys in Riyadh on Monday.");
    expect(doc.actors.map((a) => a.name)).toEqual(["Adel al-Jubeir"]);
  });

  it("a plural title names each of the coordinated people after it ('journalists A and B')", () => {
    const doc = analyze("A court in Minsk sentenced journalists Ana Petrova and Olga Sidorova to two years in prison.");
    expect(doc.actors.map((a) => [a.name, a.role])).toEqual([
      ["Ana Petrova", "journalist"],
      ["Olga Sidorova", "journalist"],
    ]);
  });

  it("a service's name before an office title is part of the office ('Russian Navy Commander-in-Chief Admiral Nikolai Yevmenov')", () => {
    const doc = analyze("Li met Russian Navy Commander-in-Chief Admiral Nikolai Yevmenov in Beijing.");
    expect(actorNamed(doc, "Nikolai Yevmenov")).toMatchObject({ role: "Navy Commander-in-Chief", country: "RUS" });
  });

  it("a name whose words the tagger read as verbs is still a name after a title ('Deputy Foreign Minister Do Hung Viet')", () => {
    const doc = analyze("Anna Berg met Vietnamese Deputy Foreign Minister Do Hung Viet in Hanoi on Monday.");
    expect(actorNamed(doc, "Do Hung Viet")).toMatchObject({ role: "Deputy Foreign Minister", country: "VNM" });
  });

  it("a name particle after a preposition starts a place, not a given name ('traveled to La Paloma')", () => {
    expect(analyze("The general traveled to La Paloma in eastern Uruguay on Tuesday.").actors).toEqual([]);
  });

  it("names of exercises, bodies and land features are no people ('concluded Exercise Hanuman Guardian', 'the Ministry of National Defense said', 'at Manda Bay')", () => {
    for (const text of [
      "Soldiers concluded Exercise Cobra Gold on March 31.",
      "China's Ministry of National Defense said the drills began.",
      "The general visited troops training at Manda Bay.",
    ]) {
      expect(analyze(text).actors).toEqual([]);
    }
  });

  it("a person with no country of their own takes the one nationality their sentence names", () => {
    const doc = analyze("The sanctions also hit the Russian Direct Investment Fund and its chief, Kirill Dmitriev.");
    expect(actorNamed(doc, "Kirill Dmitriev")?.country).toBe("RUS");
  });

  it("a sentence naming two nationalities gives no country to a person with none", () => {
    const doc = analyze("Russian and Chinese envoys met mediator Kirill Dmitriev in Geneva on Monday.");
    expect(actorNamed(doc, "Kirill Dmitriev")?.country ?? null).toBeNull();
  });

  it("a nationality opening a later person's title is his, not that of the person before ('Hicks hosted Estonian Minister ...')", () => {
    const doc = analyze("Deputy Secretary of Defense Anna Berg hosted Estonian Minister of Defence Hanno Pevkur on Thursday.");
    expect(actorNamed(doc, "Anna Berg")?.country ?? null).toBeNull();
    expect(actorNamed(doc, "Hanno Pevkur")?.country).toBe("EST");
  });

  it("a nationality opening a title reaches the people coordinated after it", () => {
    const doc = analyze("Philippine Foreign Secretary Enrique Manalo and Defense Secretary Carlito Galvez will meet Anna Berg.");
    expect(actorNamed(doc, "Carlito Galvez")?.country).toBe("PHL");
  });

  it("an official of an international body takes no nationality from the sentence", () => {
    const doc = analyze("NATO Secretary General Anna Berg met Estonian troops in Tapa.");
    expect(actorNamed(doc, "Anna Berg")?.country ?? null).toBeNull();
  });

  it("a mission's sender, not its host, is its officials' country ('U.S. Embassy in the Philippines')", () => {
    const doc = analyze("U.S. Embassy in the Philippines Chargé d’Affaires Anna Berg spoke on Monday.");
    expect(actorNamed(doc, "Anna Berg")?.country).toBe("USA");
  });

  it("a possessive country before a title's modifiers is the person's country ('Colombia's top peace negotiator, ...')", () => {
    const doc = analyze("Colombia's top peace negotiator, Vera Grabe, said the talks would resume.");
    expect(actorNamed(doc, "Vera Grabe")).toMatchObject({ role: "negotiator", country: "COL" });
  });

  it("'CEO' is a title", () => {
    const doc = analyze("The sanctions also hit the bank and CEO Andrei Kostin.");
    expect(doc.actors.map((a) => [a.name, a.role])).toEqual([["Andrei Kostin", "CEO"]]);
  });

  it("two particles in a row stay inside the name ('van der Bellen')", () => {
    const doc = analyze("Austrian President Alexander van der Bellen met envoys in Vienna on Monday.");
    expect(doc.actors.map((a) => a.name)).toEqual(["Alexander van der Bellen"]);
  });

  it("the name a person goes by, inside a long full name, is that person ('Lula' for 'Luiz Inacio Lula da Silva')", () => {
    const doc = analyze("Brazilian President Luiz Inacio Lula da Silva met Xi Jinping on Friday. Lula called for a peace club of nations.");
    expect(doc.actors.map((a) => a.name)).toEqual(["Luiz Inacio Lula da Silva", "Xi Jinping"]);
  });

  it("a surname written with its particles is the person named in full before ('Le Drian')", () => {
    const doc = analyze("French Foreign Minister Jean-Yves Le Drian spoke on Monday. Le Drian told radio listeners the deal was a betrayal.");
    expect(doc.actors.map((a) => a.name)).toEqual(["Jean-Yves Le Drian"]);
  });

  it("a surname with particles does not join a person with another surname", () => {
    const doc = analyze("Foreign Minister Jean-Yves Le Drian spoke on Monday. Later, De Gaulle was quoted.");
    expect(doc.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Jean-Yves Le Drian", "De Gaulle"]));
  });

  it.each([
    ["a plural noun for a group of people", "Residents said the shelling had continued overnight."],
    ["a plural noun for a group of people", "Organizers said nearly a million people took part."],
    ["a site named after a person", "Jomo Kenyatta International Airport said on Monday that flights had resumed."],
    ["a company named after its country", "Flights to Nairobi resumed on Monday, Kenya Airways said."],
    ["a place after 'the city of'", "Shelling hit a hospital in the city of El Geneina, killing Ahmed's neighbours."],
  ])("%s opening a clause is no person: %s", (_kind, sentence) => {
    expect(analyze(sentence).actors).toEqual([]);
  });

  it("a name after 'the' before a speech verb is a body, not a person", () => {
    const doc = analyze("The Ledger said its reporter had done nothing wrong.");
    expect(doc.actors).toEqual([]);
  });

  it("through a speech verb, for a surname nothing else marks", () => {
    const doc = analyze("Okonkwo said the vote had been fair.");
    expect(mentioned(doc, "Okonkwo", "person")).toBeDefined();
    expect(doc.actors.map((a) => a.name)).toEqual(["Okonkwo"]);
  });

  it("an officeholder who changed office in the article's year takes the later office's country and organisation", () => {
    const doc = analyze("Pompeo met envoys in Geneva on Monday.", "2018-06-01");
    expect(actorNamed(doc, "Pompeo")).toMatchObject({ country: "USA", organization: "State Department" });
  });

  it("known officeholders take country and organisation from the officeholders list, but no role the text does not state", () => {
    const doc = analyze("Blinken and Lavrov spoke by phone on Monday.");
    expect(actorNamed(doc, "Blinken")).toMatchObject({ role: null, country: "USA", organization: "State Department" });
    expect(actorNamed(doc, "Lavrov")).toMatchObject({ role: null, country: "RUS" });
  });

  it("the text's own title wins over the officeholders list", () => {
    const doc = analyze("Defense Secretary Lloyd Austin will travel to India.");
    expect(actorNamed(doc, "Lloyd Austin")).toMatchObject({ role: "Defense Secretary", country: "USA" });
  });

  it("the Trump administration makes Trump an actor", () => {
    const doc = analyze("The Trump administration imposed tariffs on steel.");
    expect(actorNamed(doc, "Trump")).toBeDefined();
    expect(mentioned(doc, "Trump", "person")).toBeDefined();
  });

  it("one actor per person, under the fullest name written", () => {
    const doc = analyze("Fatima Haddad said the ceasefire was holding. Haddad added that aid was flowing.");
    expect(doc.actors.map((a) => a.name)).toEqual(["Fatima Haddad"]);
    expect(doc.mentions.filter((m) => m.kind === "person").map((m) => [m.text, m.actor])).toEqual([
      ["Fatima Haddad", 0],
      ["Haddad", 0],
    ]);
  });
});

describe("what is not an actor", () => {
  it("a photo credit glued to its caption is not a person", () => {
    const doc = analyze("Leaders gathered in Brussels on Thursday.Jane Doe / Pool via AP\n\nThe summit opened.");
    expect(doc.actors).toEqual([]);
    expect(doc.mentions.filter((m) => m.kind === "person")).toEqual([]);
  });

  it("a credit line after 'Photo:' is not a person", () => {
    const doc = analyze("Ministers met in Rome.\n\nPhoto: John Smith / Reuters");
    expect(doc.actors).toEqual([]);
  });

  it("a byline is not an actor", () => {
    const doc = analyze("By Jane Doe\n\nThe delegations met in Seoul on Monday.");
    expect(doc.actors).toEqual([]);
  });

  it("'Austin' is the defense secretary, not Austin, Texas, when the article names him", () => {
    const doc = analyze("Defense Secretary Lloyd Austin met his Indian counterpart. Later, Austin arrived in New Delhi for talks.");
    const austin = doc.mentions.filter((m) => m.text === "Austin");
    expect(austin.map((m) => m.kind)).toEqual(["person"]);
    expect(austin[0]?.actor).toBe(doc.actors.findIndex((a) => a.name === "Lloyd Austin"));
  });

  it("Austin with no person of that name is the Texas city", () => {
    const doc = analyze("The mayor of Austin opened a new park.");
    expect(mentioned(doc, "Austin", "place")?.code).toBe("USA");
    expect(doc.actors).toEqual([]);
  });

  it("Turkey the country, not turkey the bird", () => {
    const doc = analyze("Turkey hosted the talks in Ankara. The president pardoned a turkey on Tuesday.");
    expect(doc.mentions.filter((m) => m.text.toLowerCase() === "turkey").map((m) => [m.text, m.code])).toEqual([["Turkey", "TUR"]]);
  });

  it("Georgia is the country when the article points to the Caucasus", () => {
    const doc = analyze("Georgia's government recalled its ambassador from Moscow after talks in Tbilisi stalled.");
    expect(mentioned(doc, "Georgia", "country")?.code).toBe("GEO");
  });

  it("St. Petersburg is Russia's city unless the article points to Florida, however 'St' is written", () => {
    for (const spelling of ["St. Petersburg", "St Petersburg"]) {
      const doc = analyze(`Police detained hundreds of protesters in Moscow and ${spelling} on Monday.`);
      expect(mentioned(doc, spelling, "place")?.code).toBe("RUS");
    }
    const florida = analyze("The mayor of St. Petersburg, Florida, met Tampa officials on Monday.");
    expect(mentioned(florida, "St. Petersburg", "place")?.code).toBe("USA");
  });

  it.each(["Red Sea", "Gulf of Aden"])("the %s is a sea, not a region of a country that shares its name", (sea) => {
    const doc = analyze(`Rebels fired missiles at a cargo ship in the ${sea} on Monday.`);
    expect(doc.mentions.filter((m) => m.kind === "place")).toEqual([]);
  });

  it("Georgia is not the country when the article points to the U.S. state", () => {
    const doc = analyze("The governor of Georgia signed the bill in Atlanta.");
    expect(doc.mentions.filter((m) => m.text === "Georgia" && m.code === "GEO")).toEqual([]);
  });
});

describe("offsets", () => {
  it("every mention's text is the document text at its offsets", () => {
    const doc = analyze(
      [
        "Blinken, Austin head to Tokyo",
        "WASHINGTON — U.S. Secretary of State Antony J. Blinken and Defense Secretary Lloyd Austin will visit Japan's Foreign Ministry, NATO said.",
        "“We’re ready,” Austin told the U.N. Security Council’s members in New York.",
      ].join("\n\n"),
    );
    expect(doc.mentions.length).toBeGreaterThan(5);
    for (const mention of doc.mentions) {
      expect(mention.end).toBeGreaterThan(mention.start);
      expect(doc.tokens[mention.tokenStart]?.start).toBe(mention.start);
      expect(doc.tokens[mention.tokenEnd - 1]?.end).toBe(mention.end);
    }
  });
});
