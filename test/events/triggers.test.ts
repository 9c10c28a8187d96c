import { beforeAll, describe, expect, it } from "vitest";
import type { PloverType } from "../../src/model/plover.js";
import { eventsOf, loadExtractor, ofType, onlyOfType, parties } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

describe("a word with several readings", () => {
  it("'welcomed X's decision' is support, not a welcome of visitors", () => {
    const events = eventsOf("Kenya welcomed Ethiopia's decision to reopen the border crossing.");
    expect(events.map((e) => e.type)).toEqual(["SUPPORT"]);
  });

  it("'welcomed X's role' is support", () => {
    const event = onlyOfType(eventsOf("Kenyan President William Ruto welcomed Qatar's role in the peace talks."), "SUPPORT");
    expect(event.target).toEqual(["QAT"]);
  });

  it("'welcomed' a visiting leader is a meeting", () => {
    const events = eventsOf("Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed to Nairobi on Tuesday.");
    expect(events.map((e) => e.type)).toEqual(["CONSULT"]);
  });
});

describe("a trigger word codes its PLOVER type, with the sides around it", () => {
  it.each<[PloverType, string, string[], string[]]>([
    ["AGREE", "Indonesia and Malaysia signed a memorandum of understanding on border security on Friday.", ["IDN"], ["MYS"]],
    ["CONSULT", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.", ["KEN"], ["ETH"]],
    ["SUPPORT", "Germany praised Poland for its handling of the refugee crisis.", ["DEU"], ["POL"]],
    ["CONSULT", "NATO foreign ministers will gather in Brussels next week.", ["NATO"], []],
    ["MOBILIZE", "China staged military drills around Taiwan on Monday.", ["CHN"], ["TWN"]],
    ["THREATEN", "Iranian Supreme Leader Ali Khamenei vowed revenge against Israel on Wednesday.", ["IRN"], ["ISR"]],
    ["ACCUSE", "The European Commission opened an investigation into Chinese electric vehicle subsidies.", ["EU"], ["CHN"]],
    ["COOPERATE", "Japan held exercises with the United States near Okinawa.", ["JPN"], ["USA"]],
    ["CONSULT", "European Union leaders convened in Brussels on Thursday.", ["EU"], []],
    ["REJECT", "Brazilian President Luiz Inacio Lula da Silva declined an invitation to attend the summit in Kyiv.", ["BRA"], ["UKR"]],
    ["SANCTION", "Finland closed its border with Russia on Thursday.", ["FIN"], ["RUS"]],
    ["CONSULT", "French President Emmanuel Macron and German Chancellor Olaf Scholz held a working lunch in Paris on Monday.", ["FRA"], ["DEU"]],
    ["AGREE", "Japan and the Philippines held a signing ceremony for the defence pact in Manila on Monday.", ["JPN"], ["PHL"]],
    ["CONCEDE", "Hungary lifted sanctions on Belarus.", ["HUN"], ["BLR"]],
    ["COOPERATE", "India and France held joint naval exercises in the Arabian Sea last week.", ["IND"], ["FRA"]],
    ["AID", "Japan pledged $500 million in humanitarian aid to Ukraine.", ["JPN"], ["UKR"]],
    ["RETREAT", "Russia withdrew its troops from Kherson.", ["RUS"], ["UKR"]],
    ["REQUEST", "Brazil asked the United States to extradite the former minister.", ["BRA"], ["USA"]],
    ["ACCUSE", "Turkey condemned Sweden over the burning of a Koran.", ["TUR"], ["SWE"]],
    ["REJECT", "China rejected a proposal from the Philippines.", ["CHN"], ["PHL"]],
    ["THREATEN", "North Korea threatened to strike South Korea.", ["PRK"], ["KOR"]],
    ["THREATEN", "The European Union threatened to impose tariffs on China.", ["EU"], ["CHN"]],
    ["PROTEST", "Georgian protesters rallied against the ruling party in Tbilisi on Sunday.", ["GEO"], ["GEO"]],
    ["SANCTION", "Canada imposed sanctions on Myanmar on Monday.", ["CAN"], ["MMR"]],
    ["MOBILIZE", "Ethiopia deployed troops to its border with Eritrea on Friday.", ["ETH"], ["ERI"]],
    ["COERCE", "Pakistani police detained opposition leader Imran Khan in Islamabad on Tuesday.", ["PAK"], ["PAK"]],
    ["ASSAULT", "Azerbaijan launched an attack on Armenia on Tuesday.", ["AZE"], ["ARM"]],
    ["ASSAULT", "Azerbaijani artillery hit Armenian border villages on Tuesday.", ["AZE"], ["ARM"]],
    ["SANCTION", "The African Union suspended Mali from all its activities on Tuesday.", ["AU"], ["MLI"]],
    ["AGREE", "Vietnam stands ready to work with Laos to deepen their partnership.", ["VNM"], ["LAO"]],
    ["COERCE", "Venezuelan security forces cracked down on protesters in Caracas.", ["VEN"], ["VEN"]],
    ["COERCE", "Iranian authorities executed a protester on Monday.", ["IRN"], ["IRN"]],
    ["COERCE", "Police in Nairobi fired tear gas at demonstrators.", ["KEN"], ["KEN"]],
    ["ASSAULT", "Russian forces besieged the Ukrainian city of Mariupol.", ["RUS"], ["UKR"]],
    ["AID", "Germany will send additional Patriot air defense systems to Ukraine.", ["DEU"], ["UKR"]],
    ["AID", "Japan delivered medical supplies to Turkey on Monday.", ["JPN"], ["TUR"]],
    ["CONCEDE", "Hungary lifted its veto on Ukraine's EU membership talks.", ["HUN"], ["UKR", "EU"]],
    ["SANCTION", "Pakistan closed its airspace to Indian airlines.", ["PAK"], ["IND"]],
    ["ACCUSE", "Kenya voiced concern over Sudan's escalating war.", ["KEN"], ["SDN"]],
    ["ACCUSE", "Canadian Foreign Minister Melanie Joly expressed concern about China's support for Russia.", ["CAN"], ["CHN"]],
    ["AGREE", "Laos is willing to strengthen cooperation with Vietnam in trade and energy.", ["LAO"], ["VNM"]],
    ["PROTEST", "Thousands of Serbians took to the streets of Novi Sad on Saturday.", ["SRB"], ["SRB"]],
    ["CONCEDE", "The United States removed Cuba from its list of state sponsors of terrorism on Tuesday.", ["USA"], ["CUB"]],
    ["AID", "Germany will provide Ukraine with an additional air defence system.", ["DEU"], ["UKR"]],
    ["AID", "Kenya will send 1,000 police officers to Haiti.", ["KEN"], ["HTI"]],
    ["ACCUSE", "Poland summoned Russia's ambassador after a missile entered its airspace.", ["POL"], ["RUS"]],
    ["ACCUSE", "Beijing has lodged a formal protest with Washington over the sale of arms to Taiwan.", ["CHN"], ["USA"]],
    ["ACCUSE", "Tokyo protested over China's detention of a Japanese national.", ["JPN"], ["CHN"]],
    ["AGREE", "Ethiopia and Eritrea restored diplomatic ties on Monday after two decades of hostility.", ["ETH"], ["ERI"]],
    ["ASSAULT", "Indian troops clashed with Chinese soldiers along the disputed Himalayan border.", ["IND"], ["CHN"]],
    ["SANCTION", "The Pentagon withdrew its invitation to China over Beijing's military build-up.", ["USA"], ["CHN"]],
  ])("%s: %s", (type, sentence, source, target) => {
    const event = onlyOfType(eventsOf(sentence), type);
    expect(event.source).toEqual(source);
    expect(event.target).toEqual(target);
  });
});

describe("multiword triggers", () => {
  it("'impose sanctions' with words between verb and noun is one SANCTION", () => {
    const events = eventsOf("Japan imposed fresh sanctions on North Korea on Tuesday.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "SANCTION", source: ["JPN"], target: ["PRK"] });
  });

  it("'imposed' without sanctions is no SANCTION ('imposed a state of emergency')", () => {
    expect(ofType(eventsOf("Ecuador imposed a state of emergency on Monday."), "SANCTION")).toEqual([]);
  });

  it("'phone call' is a CONSULT by phone, not a REQUEST", () => {
    const events = eventsOf("Turkish President Recep Tayyip Erdogan held a phone call with Russian President Vladimir Putin on Monday.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "CONSULT", mode: "phone", source: ["TUR"], target: ["RUS"] });
  });

  it("'called on' is a REQUEST, not a call", () => {
    const events = eventsOf("Kenya called on Ethiopia to withdraw its troops from the border.");
    expect(events.map((e) => e.type)).toEqual(["REQUEST"]);
    expect(events[0]).toMatchObject({ source: ["KEN"], target: ["ETH"] });
  });

  it("'memorandum of understanding' signed with a partner is one AGREE", () => {
    const events = eventsOf("Vietnam signed a memorandum of understanding with South Korea on Friday.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "AGREE", source: ["VNM"], target: ["KOR"] });
  });
});

describe("negation: an act said not to have happened is no event", () => {
  it.each([
    "Macron did not meet Scholz on Friday.",
    "Vietnamese President Vo Van Thuong has never visited Cambodia.",
    "Cambodia did not sign an agreement with Vietnam on Friday.",
    "Vietnam has not signed the treaty with Cambodia.",
    "Russia stopped short of withdrawing its troops from Belarus.",
    "Japan refrained from imposing sanctions on China.",
    "Germany had been reluctant to back sanctions on Russia.",
  ])("%s", (sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });

  it("the same sentence without 'did not' is an event", () => {
    expect(ofType(eventsOf("Macron met Scholz on Friday."), "CONSULT")).toHaveLength(1);
  });
});

describe("words that look like triggers but report no event", () => {
  it("an event noun that describes the noun after it names no act ('the truce village'), unless that noun is its papers or a date", () => {
    const crossing =
      "Trump in North Korea\n\nPANMUNJOM, Korea — U.S. President Donald Trump on Sunday became the first sitting president to enter North Korea, " +
      "crossing the line that runs through the truce village of Panmunjom with Kim Jong Un.";
    expect(ofType(eventsOf(crossing), "RETREAT")).toEqual([]);
    expect(ofType(eventsOf("Sweden handed its accession documents to the United States on Thursday."), "AGREE")).toHaveLength(1);
    expect(ofType(eventsOf("The United States is taking further measures today against Russia."), "SANCTION")).toHaveLength(1);
  });

  it.each([
    "Thailand met the deadline set by the IMF.",
    "The Thai government met its deadline for submitting the budget.",
    "A reporter for the paper met the deadline on Friday.",
    "The Thai finance ministry said it would meet its targets.",
  ])("meeting a deadline or target is no CONSULT: %s", (sentence) => {
    expect(ofType(eventsOf(sentence), "CONSULT")).toEqual([]);
  });

  it("the act a request asks for is no act, even with the request's date between them", () => {
    expect(eventsOf("The European Union urged Israel on Tuesday to halt its offensive in Rafah.").map((e) => e.type)).toEqual(["REQUEST"]);
  });

  it("a government's 'to protest' after its own act is the act's intent, not a protest", () => {
    const events = eventsOf("Iran's foreign ministry summoned the British ambassador on Sunday to protest the seizure of a tanker.");
    expect(events.map((e) => e.type)).toEqual(["ACCUSE"]);
  });

  it("a speech-act noun that modifies another noun names no act ('missile warning data')", () => {
    expect(ofType(eventsOf("South Korea and Japan agreed on Monday to share real-time missile warning data with the United States."), "ACCUSE")).toEqual([]);
  });

  it("an act an effort aims at is no act: 'efforts to secure the release of', 'the importance of increasing assistance'", () => {
    expect(ofType(eventsOf("Blinken discussed efforts to secure the release of hostages held by Hamas."), "RETREAT")).toEqual([]);
    expect(ofType(eventsOf("The Secretary underscored the importance of increasing U.S. humanitarian assistance to Gaza."), "AID")).toEqual([]);
  });

  it("an accepted invitation is the visit it asks for, still to come, and no request of its own ('accepted an invitation to visit Brazil next year')", () => {
    const events = eventsOf("Chinese President Xi Jinping accepted an invitation to visit Brazil next year.");
    expect(events.map((e) => `${e.type} ${e.source.join(",")}>${e.target.join(",")} ${e.status}`)).toEqual(["CONSULT CHN>BRA planned"]);
  });

  it("a response in kind told as the motive of the act before it is no threat ('launched a strike ..., retaliating for Iran's attack')", () => {
    const events = eventsOf("Israel launched a strike on an air base near Isfahan on Friday, retaliating for Iran's drone attack last weekend.");
    expect(ofType(events, "THREATEN")).toEqual([]);
    expect(ofType(events, "ASSAULT").map((e) => e.source)).toContainEqual(["ISR"]);
  });

  it("a reciprocal attack by a plural subject is each side's on the other ('clashed', 'traded fire', 'exchanged fire')", () => {
    for (const text of ["Indian and Pakistani troops clashed along the border on Monday.", "India and Pakistan traded fire along the Line of Control.", "Israel and Lebanon exchanged fire on Sunday."]) {
      const event = onlyOfType(eventsOf(text), "ASSAULT");
      expect(event.source.length + event.target.length).toBe(2);
    }
  });

  it("welcoming new members into a body's own family is no meeting with anyone", () => {
    const events = eventsOf("The envoy will visit Brussels, Belgium, on March 19. During the Ministerial, the IEA will welcome new association countries into the IEA family.");
    expect(ofType(events, "CONSULT").filter((e) => e.source.includes("IEA") || e.target.includes("IEA"))).toEqual([]);
  });

  it.each([
    ["severing ties is a sanction", "Colombia severed diplomatic ties with Israel on Wednesday.", "SANCTION", ["COL"], ["ISR"]],
    ["downgrading relations is a sanction", "Ecuador downgraded relations with Mexico on Friday.", "SANCTION", ["ECU"], ["MEX"]],
    ["recognizing a state backs it", "Spain recognized a Palestinian state on Tuesday.", "SUPPORT", ["ESP"], ["PSE"]],
    ["deporting a country's nationals coerces it", "Kuwait deported 20 Egyptian workers on Monday.", "COERCE", ["KWT"], ["EGY"]],
    ["shooting down a country's drone attacks it", "Houthi rebels shot down a U.S. drone over Yemen.", "ASSAULT", ["YEM"], ["USA"]],
    ["raiding a place attacks its side", "Israeli forces raided the West Bank city of Jenin on Monday.", "ASSAULT", ["ISR"], ["PSE"]],
    ["abducting officials coerces their side", "Russian forces abducted two Ukrainian officials in Kherson.", "COERCE", ["RUS"], ["UKR"]],
    ["pledging money to a country is aid", "The European Union pledged 50 million euros to Sudan on Monday.", "AID", ["EU"], ["SDN"]],
  ])("%s", (_label, text, type, source, target) => {
    expect(onlyOfType(eventsOf(text), type as PloverType)).toMatchObject({ source, target });
  });

  it("disengaging troops is a retreat, and cutting a budget no act", () => {
    expect(parties(onlyOfType(eventsOf("India and China disengaged troops along the border on Monday."), "RETREAT")).sort()).toEqual(["CHN", "IND"]);
    expect(eventsOf("Officials cut the budget.")).toEqual([]);
  });

  it("imposing a ban, an embargo or restrictions on a side is a sanction ('imposed a ban on Georgian wine')", () => {
    expect(onlyOfType(eventsOf("Russia imposed a ban on Georgian wine on Tuesday."), "SANCTION")).toMatchObject({ source: ["RUS"], target: ["GEO"] });
  });

  it("lifting or easing curbs, controls or an embargo on a side is a concession to it", () => {
    expect(onlyOfType(eventsOf("Japan lifted export curbs on South Korea on Thursday."), "CONCEDE")).toMatchObject({ source: ["JPN"], target: ["KOR"] });
    expect(onlyOfType(eventsOf("The United States eased restrictions on Venezuelan oil."), "CONCEDE")).toMatchObject({ source: ["USA"], target: ["VEN"] });
    expect(eventsOf("Rescuers lifted the rubble.")).toEqual([]);
  });

  it("putting forces on high alert is a show of force by their side; police on high alert are no side", () => {
    expect(onlyOfType(eventsOf("Serbian President Aleksandar Vucic put the army on high alert on Friday."), "MOBILIZE").source).toEqual(["SRB"]);
    expect(eventsOf("Police were on high alert before the match.")).toEqual([]);
  });

  it("paying a courtesy call on a leader is a meeting, no request ('call on')", () => {
    const events = eventsOf("Japanese Prime Minister Fumio Kishida paid a courtesy call on Indian Prime Minister Narendra Modi in New Delhi on Monday.");
    expect(events.map((e) => [e.type, e.mode])).toEqual([["CONSULT", "in-person"]]);
  });

  it("firing water cannon at a vessel is an attack on its country; exchanging prisoners is a retreat of both sides", () => {
    const cannon = onlyOfType(eventsOf("Chinese coast guard ships fired water cannon at a Philippine supply vessel on Saturday."), "ASSAULT");
    expect([cannon.source, cannon.target]).toEqual([["CHN"], ["PHL"]]);
    const swap = onlyOfType(eventsOf("Russia and Ukraine exchanged 200 prisoners of war on Friday."), "RETREAT");
    expect(parties(swap).sort()).toEqual(["RUS", "UKR"]);
  });

  it("where prisoners are swapped names no party to the swap ('exchanged 24 prisoners at Ankara airport')", () => {
    expect(ofType(eventsOf("Russia and Western countries exchanged 24 prisoners at Ankara airport on Thursday."), "RETREAT").flatMap((e) => e.target)).not.toContain("TUR");
  });

  it("an exercise named 'Exercise X' is still an exercise ('concluded Exercise Hanuman Guardian')", () => {
    const event = onlyOfType(eventsOf("Soldiers from the U.S. Army and the Royal Thai Army concluded Exercise Hanuman Guardian on Friday."), "COOPERATE");
    expect(parties(event).sort()).toEqual(["THA", "USA"]);
  });

  it("'in retaliation for' tells the motive of the act before it, no threat ('launched missiles at Israel in retaliation for the strike')", () => {
    const events = eventsOf("Israel struck Syria on Monday. Iran launched missiles at Israel on Saturday in retaliation for the strike on its consulate in Damascus.");
    expect(ofType(events, "THREATEN")).toEqual([]);
    expect(ofType(events, "ASSAULT").map((e) => [e.source, e.target])).toContainEqual([["IRN"], ["ISR"]]);
  });

  it("the act answered 'in response to' is not the answering side's, and lends it neither date nor place", () => {
    const events = eventsOf(
      "Hezbollah said it had fired rockets at an Israeli army base in response to the killing of a senior commander in Beirut last week.",
    );
    const assaults = ofType(events, "ASSAULT");
    expect(assaults.map((e) => [e.source, e.target])).toEqual([[["LBN"], ["ISR"]]]);
    expect(assaults[0]?.location).toBeNull();
    expect(assaults[0]?.date?.text ?? null).not.toBe("last week");
  });

  it("an act deterred, prevented or averted is no act ('deterring further Russian aggression against Ukraine')", () => {
    expect(ofType(eventsOf("Britain and Poland stressed the importance of deterring further Russian aggression against Ukraine."), "ASSAULT")).toEqual([]);
    expect(ofType(eventsOf("Kenyan mediators worked to avert an attack by Ethiopia on Eritrea."), "ASSAULT")).toEqual([]);
  });

  it("force used to disperse a crowd is coercion at home, and the crowd protests where the sentence places it", () => {
    const events = eventsOf(
      "Georgian police used water cannon and tear gas on Thursday night to disperse thousands of protesters who had gathered outside parliament in Tbilisi.",
    );
    expect(onlyOfType(events, "COERCE")).toMatchObject({ source: ["GEO"], target: ["GEO"] });
    expect(onlyOfType(events, "PROTEST")).toMatchObject({ source: ["GEO"], target: ["GEO"] });
  });

  it("removing something other than a name from a list is no concession", () => {
    expect(ofType(eventsOf("Ukraine removed its troops from the border on Tuesday."), "CONCEDE")).toEqual([]);
  });

  it("a participle between a number and a nationality describes the people ('six detained Americans')", () => {
    const events = eventsOf("Iran released four detained Britons on Monday.");
    expect(events.map((e) => e.type)).toEqual(["RETREAT"]);
  });

  it("denying reports is no rejection of anyone", () => {
    expect(ofType(eventsOf("A Kremlin spokesman denied reports that a summit in Istanbul had been scheduled."), "REJECT")).toEqual([]);
    expect(onlyOfType(eventsOf("Russia denied Ukraine's request for a prisoner exchange."), "REJECT").target).toEqual(["UKR"]);
  });

  it("a crowd acted upon is no protest by whoever acts on it", () => {
    const protest = onlyOfType(eventsOf("Venezuelan security forces cracked down on protesters in Caracas."), "PROTEST");
    expect(protest.location).toMatchObject({ name: "Caracas" });
    expect(protest.source).toEqual(["VEN"]);
  });

  it("an act a request demands is no act, and the request reaches past it to its target ('demanding a ceasefire in Gaza')", () => {
    const events = eventsOf("The UN Security Council adopted a resolution on Monday demanding an immediate ceasefire in Sudan.");
    expect(events.map((e) => `${e.type} ${e.source.join(",")}>${e.target.join(",")}`)).toEqual(["REQUEST UN>SDN"]);
  });

  it("withdrawing from an agreement rejects it; withdrawing troops is a retreat", () => {
    const left = eventsOf("Mali withdrew from the Algiers peace agreement with Algeria on Thursday.");
    expect(left.map((e) => `${e.type} ${e.source.join(",")}>${e.target.join(",")}`)).toEqual(["REJECT MLI>DZA"]);
    expect(onlyOfType(eventsOf("Russia withdrew its troops from Kherson."), "RETREAT").source).toEqual(["RUS"]);
  });

  it("becoming a member of an alliance is joining it ('became NATO's 32nd member')", () => {
    const joined = onlyOfType(eventsOf("Finland became NATO's 31st member on Tuesday."), "AGREE");
    expect([joined.source, joined.target]).toEqual([["FIN"], ["NATO"]]);
  });

  it("the agreement left names whom the withdrawal rejects, after the agreement noun ('withdraw from the 2015 accord with Algeria')", () => {
    const left = onlyOfType(eventsOf("Mali's government said on Thursday that Mali would withdraw from the 2015 peace accord with Algeria."), "REJECT");
    expect([left.source, left.target]).toEqual([["MLI"], ["DZA"]]);
  });

  it("'execute' a plan is no coercion", () => {
    expect(ofType(eventsOf("The Kenyan government will execute the plan next year."), "COERCE")).toEqual([]);
  });

  it.each([
    "Vietnam's exports to China hit a record high in May.",
    "Argentina's economy was hit by drought last year.",
    "Chile's president hit back at critics of the pension plan on Monday.",
  ])("'hit' in a figure of speech is no ASSAULT: %s", (sentence) => {
    expect(ofType(eventsOf(sentence), "ASSAULT")).toEqual([]);
  });

  it("a verb-only trigger written as a noun after an article is no act ('serving a sentence')", () => {
    expect(ofType(eventsOf("Russian dissident Ivan Petrov is serving a harsh sentence in a Russian prison."), "COERCE")).toEqual([]);
    expect(onlyOfType(eventsOf("A Russian court sentenced dissident Ivan Petrov to nine years in prison."), "COERCE").source).toEqual(["RUS"]);
  });

  it("a meeting that was called off is cancelled, not occurred", () => {
    const event = onlyOfType(eventsOf("The meeting between Japan and China was called off."), "CONSULT");
    expect(event.status).toBe("cancelled");
  });

  it.each(["Russia denied attacking Ukraine's energy grid on Tuesday.", "The Kremlin denied attacking Ukraine."])(
    "a denied attack is no occurred ASSAULT: %s",
    (sentence) => {
      const assaults = ofType(eventsOf(sentence), "ASSAULT");
      expect(assaults.filter((e) => e.status === "occurred")).toEqual([]);
    },
  );

  it("a quoted title is no SANCTION", () => {
    expect(eventsOf('The documentary "Sanctions on Russia" premiered in Berlin.')).toEqual([]);
  });

  it.each([
    "Canada and India are locked in a dispute over sanctions.",
    "Officials in Britain and France argued over sanctions policy.",
  ])("'sanctions' as the topic of another noun is no SANCTION: %s", (sentence) => {
    expect(ofType(eventsOf(sentence), "SANCTION")).toEqual([]);
  });

  it("a statement with no other actor as target is no event", () => {
    expect(eventsOf("The government imposed a curfew in the capital.")).toEqual([]);
  });
});
