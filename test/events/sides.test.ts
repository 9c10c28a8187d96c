import { beforeAll, describe, expect, it } from "vitest";
import { dateRange, eventsOf, loadExtractor, ofType, onlyOfType, parties } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

describe("sides of a verb", () => {
  it("the subject acts on the object", () => {
    const event = onlyOfType(eventsOf("Morocco condemned Algeria on Monday for what it called a hostile campaign."), "ACCUSE");
    expect(event.source).toEqual(["MAR"]);
    expect(event.target).toEqual(["DZA"]);
  });

  it("a possessor opens its official's phrase: 'X and the Taliban's chief, Y, signed' joins both", () => {
    const event = onlyOfType(
      eventsOf("U.S. envoy Zalmay Khalilzad and the Taliban's political chief, Mullah Abdul Ghani Baradar, signed the peace agreement on Saturday."),
      "AGREE",
    );
    expect(parties(event).sort()).toEqual(["AFG", "USA"]);
    expect(event.participants).toEqual(expect.arrayContaining(["Zalmay Khalilzad", "Abdul Ghani Baradar"]));
  });

  it("a relative pronoun's antecedent is the subject of its clause, even behind a preposition", () => {
    const event = onlyOfType(
      eventsOf("The decision followed weeks of appeals by Ukrainian President Volodymyr Zelensky, who had urged the European Union to cut Russia off."),
      "REQUEST",
    );
    expect([event.source, event.target]).toEqual([["UKR"], ["EU"]]);
  });

  it("an object pronoun stands for the target of the act before it in the sentence ('and called on it to ...')", () => {
    const events = eventsOf("U.S. Treasury Secretary Janet Yellen condemned the Iranian government's treatment of women and called on it to end the violence.");
    const request = onlyOfType(events, "REQUEST");
    expect([request.source, request.target]).toEqual([["USA"], ["IRN"]]);
  });

  it("a response in kind with no target answers the act the article leads with, not a later one", () => {
    const events = eventsOf(
      "Finland formally joined NATO on Tuesday. Turkey's president has accused Sweden of harbouring militants. The Kremlin said Russia would be forced to take counter-measures.",
    );
    const threat = onlyOfType(events, "THREATEN");
    expect([threat.source, threat.target]).toEqual([["RUS"], ["FIN"]]);
  });

  it("a retreat is from the country of the place it leaves, whatever the clause names after it", () => {
    const event = onlyOfType(
      eventsOf("Russian forces pulled back from the city of Kherson on Friday, one of Moscow's biggest setbacks of the war."),
      "RETREAT",
    );
    expect([event.source, event.target]).toEqual([["RUS"], ["UKR"]]);
  });

  it("a call that is the setting of a warning is between those who warned and were warned, however long its modifiers", () => {
    const events = eventsOf(
      "U.S. President Joe Biden warned Russian President Vladimir Putin on Tuesday of strong economic measures if Russia invaded Ukraine, during a two-hour video call.",
    );
    const call = onlyOfType(events, "CONSULT");
    expect(parties(call).sort()).toEqual(["RUS", "USA"]);
    expect(call.participants).toEqual(["Joe Biden", "Vladimir Putin"]);
  });

  it("a call that opens the sentence is between the speaker and whom they told ('In a phone call, X told Y that ...')", () => {
    const call = onlyOfType(
      eventsOf("In a phone call on Tuesday, Turkish President Recep Tayyip Erdogan told Russian President Vladimir Putin that Ankara could host talks."),
      "CONSULT",
    );
    expect([call.source, call.target, call.mode]).toEqual([["TUR"], ["RUS"], "phone"]);
    expect(call.participants).toEqual(["Recep Tayyip Erdogan", "Vladimir Putin"]);
  });

  it("'the two leaders' are the two sides of the latest meeting between two, not of a later call with more", () => {
    const events = eventsOf(
      "U.S. President Joe Biden held a video call with Russian President Vladimir Putin on Monday. " +
        "Biden spoke by phone on Tuesday with President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany. " +
        "The two leaders last met in person in Geneva in June.",
    );
    const geneva = ofType(events, "CONSULT").find((e) => e.location?.name === "Geneva");
    expect(geneva && parties(geneva).sort()).toEqual(["RUS", "USA"]);
  });

  it.each([
    ["together with", "Finland applied to join NATO in May together with neighbouring Sweden.", "REQUEST", ["FIN", "SWE"], ["NATO"]],
    ["alongside", "Britain imposed sanctions on Iran alongside the United States.", "SANCTION", ["GBR", "USA"], ["IRN"]],
  ] as const)("a side named '%s' acts with the subject, not on the object", (_label, text, type, source, target) => {
    const event = onlyOfType(eventsOf(text), type);
    expect([event.source, event.target]).toEqual([source, target]);
  });

  describe("a demand in reported speech ('X said Y must ...')", () => {
    it("is a request from the speaker to the subject of the modal, not to the names in what it must do", () => {
      const demand = onlyOfType(eventsOf("Chinese Foreign Minister Wang Yi told Antony Blinken that Washington must stop arming Taiwan."), "REQUEST");
      expect([demand.source, demand.target, demand.participants]).toEqual([["CHN"], ["USA"], ["Wang Yi"]]);
    });

    it("takes the speaker of a quote, and makes the act demanded hypothetical", () => {
      const events = eventsOf("“Russia must withdraw its troops from Ukraine,” U.S. President Joe Biden said on Tuesday.");
      expect(onlyOfType(events, "REQUEST")).toMatchObject({ source: ["USA"], target: ["RUS"] });
      expect(onlyOfType(events, "RETREAT").status).toBe("hypothetical");
    });

    it.each([
      ["with no speaker", "The talks should take place in Geneva next week."],
      ["when the speaker's own side must act", "Blinken said the United States must keep supporting Ukraine."],
      ["when the modal's subject is not a side", "Xi told Biden that Taiwan was a red line that must not be crossed."],
    ])("is none %s", (_label, sentence) => {
      expect(ofType(eventsOf(sentence), "REQUEST")).toEqual([]);
    });
  });

  it.each([
    ["a possessed office after 'after' is the subject of its clause", "Beijing protested after Taiwan's president met the speaker of the U.S. House in California."],
    ["'its' before an office stands for the side named last", "China staged drills around Taiwan on Monday after its president met the speaker of the U.S. House in California."],
  ])("%s", (_label, sentence) => {
    const meeting = onlyOfType(eventsOf(sentence), "CONSULT");
    expect([meeting.source, meeting.target]).toEqual([["TWN"], ["USA"]]);
  });

  it("two parties agreeing to do something agree with each other, not with the names in what they will do", () => {
    const deal = onlyOfType(eventsOf("Sudan's army and the Rapid Support Forces agreed on Friday to send envoys to Saudi Arabia."), "AGREE");
    expect([deal.source, deal.target]).toEqual([["SDN"], ["SDN"]]);
  });

  it("drills one side stages toward another are a show of force, whatever partner words another clause holds", () => {
    const events = eventsOf("Japan and Australia opened joint naval exercises on Monday, a day after China wrapped up three days of drills around Taiwan.");
    expect(onlyOfType(events, "MOBILIZE")).toMatchObject({ source: ["CHN"], target: ["TWN"] });
    expect(parties(onlyOfType(events, "COOPERATE")).sort()).toEqual(["AUS", "JPN"]);
  });

  it("sides whose verb stands right before an event noun do the act together ('Japan and Australia launched joint exercises')", () => {
    const event = onlyOfType(eventsOf("Japan and Australia launched joint naval exercises on Tuesday."), "COOPERATE");
    expect(parties(event).sort()).toEqual(["AUS", "JPN"]);
  });

  it("backing given together is for a third party, not for each other ('Canada and the Netherlands provided support for the operation')", () => {
    expect(ofType(eventsOf("Canada, Denmark and the Netherlands provided support for the operation."), "SUPPORT")).toEqual([]);
  });

  it("condemning drills coded as a show of force is aimed at whoever staged them", () => {
    const events = eventsOf("China staged military drills around Taiwan on Monday. Taiwan's defence ministry condemned the drills as a threat to peace.");
    expect(onlyOfType(events, "ACCUSE")).toMatchObject({ source: ["TWN"], target: ["CHN"] });
  });

  it("welcoming a directed act already reported is aimed at whoever did it, not at its target ('welcomed the sanctions')", () => {
    const events = eventsOf("The European Union imposed sanctions on Belarus on Tuesday. Polish Prime Minister Donald Tusk welcomed the sanctions.");
    expect(onlyOfType(events, "SUPPORT")).toMatchObject({ source: ["POL"], target: ["EU"] });
  });

  it("a judgement of a side's 'actions against' another is aimed at the side that acts, not at its victims", () => {
    const events = eventsOf("Japan condemned China's dangerous and escalatory actions against Philippine vessels near Second Thomas Shoal.");
    expect(onlyOfType(events, "ACCUSE")).toMatchObject({ source: ["JPN"], target: ["CHN"] });
  });

  it("rejecting 'the demand' is aimed at whoever made the latest act of another side", () => {
    const events = eventsOf("Mali's junta ordered the French ambassador to leave the country on Friday. France rejected the demand.");
    expect(onlyOfType(events, "REJECT")).toMatchObject({ source: ["FRA"], target: ["MLI"] });
  });

  it("a reaction to 'such drills' is aimed at the parties of the latest drills ('denounced such drills as rehearsals for invasion')", () => {
    const events = eventsOf("Japan and Australia held joint air drills on Monday. China has denounced such drills as provocations.");
    expect(parties(onlyOfType(events, "ACCUSE")).sort()).toEqual(["AUS", "CHN", "JPN"]);
    expect(onlyOfType(events, "ACCUSE").source).toEqual(["CHN"]);
  });

  it("hailing a decision backs whoever made it", () => {
    const events = eventsOf("The European Union agreed on Thursday to open membership talks with Moldova. Moldovan President Maia Sandu hailed the decision.");
    expect(onlyOfType(events, "SUPPORT")).toMatchObject({ source: ["MDA"], target: ["EU"] });
  });

  it("'the bloc' stands for the organisation named before it in its own sentence ('ECOWAS suspended Guinea from the bloc')", () => {
    const events = eventsOf("The African Union met in Addis Ababa on Monday. ECOWAS suspended Guinea from the bloc on Tuesday.");
    expect(onlyOfType(events, "SANCTION")).toMatchObject({ source: ["ECOWAS"], target: ["GIN"] });
  });

  it("suspending a country's membership is a sanction ('suspended Niger's membership')", () => {
    expect(onlyOfType(eventsOf("The African Union suspended Niger's membership on Tuesday."), "SANCTION")).toMatchObject({ source: ["AU"], target: ["NER"] });
  });

  it("a reaction to 'the launch' is aimed at whoever fired, though the launch was aimed at no one", () => {
    const events = eventsOf(
      "Japan and the United States held joint drills on Monday. North Korea fired a ballistic missile into the sea on Tuesday. South Korea condemned the launch.",
    );
    expect(onlyOfType(events, "ACCUSE")).toMatchObject({ source: ["KOR"], target: ["PRK"] });
  });

  it("a reaction to 'the decision' is aimed at whoever did the latest act of another side", () => {
    const events = eventsOf("The European Union imposed sanctions on Belarus on Tuesday. Belarusian Foreign Minister Maxim Ryzhenkov condemned the decision.");
    expect(onlyOfType(events, "ACCUSE")).toMatchObject({ source: ["BLR"], target: ["EU"] });
  });

  it("a judgement passed on 'the remark' is aimed at whoever did the latest act of another side", () => {
    const events = eventsOf("Polish President Andrzej Duda criticized Belarus on Tuesday. Belarusian Foreign Minister Maxim Ryzhenkov called the remark unacceptable.");
    expect(ofType(events, "ACCUSE").map((e) => [e.source, e.target])).toEqual([
      [["POL"], ["BLR"]],
      [["BLR"], ["POL"]],
    ]);
  });

  it("where the story was filed is no ground of a crackdown or a crowd", () => {
    const events = eventsOf("Sanctions on Belarus\n\nBRUSSELS, March 12 — The European Union imposed sanctions on Belarusian officials over the crackdown on protesters.");
    expect(events.filter((e) => e.source.includes("BEL") || e.target.includes("BEL"))).toEqual([]);
  });

  it("'its' past ', but' opening a new clause is the first clause's subject, not the last side named", () => {
    const events = eventsOf("Sweden applied to join NATO in May 2022, but its bid was held up by Turkey.");
    expect(ofType(events, "REJECT").map((e) => [e.source, e.target])).toEqual([[["TUR"], ["SWE"]]]);
  });

  it("a circumstance opened by 'in' and a possessive after the object names no more parties ('in its dispute with China')", () => {
    const support = onlyOfType(eventsOf("Germany pledged its full support for Lithuania in its dispute with China."), "SUPPORT");
    expect([support.source, support.target]).toEqual([["DEU"], ["LTU"]]);
  });

  it("an event noun in a time phrase after a noun hangs from the verb, so the clause subject holds it ('signed a deal after talks in Tokyo')", () => {
    const events = eventsOf("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol signed a deal after talks in Tokyo.");
    expect(parties(onlyOfType(events, "CONSULT"))).toEqual(["JPN", "KOR"]);
  });

  it("a time phrase after the object has parties of its own ('agreed ... after Turkish-mediated talks in Ankara')", () => {
    const deal = onlyOfType(eventsOf("Ethiopia and Somalia agreed to end their dispute after Turkish-mediated talks in Ankara."), "AGREE");
    expect(parties(deal)).toEqual(["ETH", "SOM"]);
  });

  it("an amount of money before 'in' measures the act, so the clause subject gives it ('2.5 billion pounds in military aid')", () => {
    const aid = onlyOfType(eventsOf("Britain announced 2.5 billion pounds in military aid for Ukraine on Friday."), "AID");
    expect([aid.source, aid.target]).toEqual([["GBR"], ["UKR"]]);
  });

  it("'the two men' with no meeting reported before are the last two people of two sides named before", () => {
    const talk = onlyOfType(
      eventsOf("President Joe Biden crossed the border on Sunday, walking with North Korean leader Kim Jong Un. The two men then talked for an hour."),
      "CONSULT",
    );
    expect([parties(talk), talk.participants, dateRange(talk)]).toEqual([["PRK", "USA"], ["Joe Biden", "Kim Jong Un"], "2024-03-10..2024-03-10"]);
  });

  it("a meeting 'of the leaders of' several countries is among those countries", () => {
    const meeting = onlyOfType(eventsOf("A meeting of the foreign ministers of Brazil, Argentina and Chile took place in Santiago on Monday."), "CONSULT");
    expect([meeting.source, meeting.target]).toEqual([["BRA"], ["ARG", "CHL"]]);
  });

  it("a group of office holders whose members are listed beside it is among the members ('the Quad — Australia, India, ... —')", () => {
    const meeting = onlyOfType(
      eventsOf("A summit of the leaders of the Quad — Australia, India, Japan and the United States — took place in Tokyo on Monday."),
      "CONSULT",
    );
    expect(parties(meeting)).toEqual(["AUS", "IND", "JPN", "USA"]);
  });

  it("an organisation naming a summit's format gives way to the member countries the clause names ('held their first Quad summit')", () => {
    const events = eventsOf("The leaders of Brazil, Russia, India and China held their first BRICS summit on Tuesday. The leaders also agreed to meet again next year.");
    const meetings = ofType(events, "CONSULT");
    expect(meetings.map(parties)).toEqual([
      ["BRA", "CHN", "IND", "RUS"],
      ["BRA", "CHN", "IND", "RUS"],
    ]);
    expect(meetings.map((m) => m.status)).toEqual(["occurred", "planned"]);
  });

  it("a verb in a time phrase takes its subject from inside the phrase, never the main clause's ('days after the military seized power')", () => {
    const events = eventsOf("The United States imposed sanctions on three Myanmar generals on Thursday, days after the military seized power in a coup.");
    expect(ofType(events, "COERCE").filter((e) => e.source.includes("USA"))).toEqual([]);
  });

  it("an aside opened by an -ing word the tagger calls a noun holds no subject, and a country after an unknown place names where it is ('..., meeting in Capri, Italy, called on')", () => {
    const events = eventsOf(
      "Israel struck an air base in Iran on Friday. The Group of Seven foreign ministers, meeting in Capri, Italy, called on both sides to avoid escalation.",
    );
    const request = onlyOfType(events, "REQUEST");
    expect([request.source, [...request.target].sort()]).toEqual([["G7"], ["IRN", "ISR"]]);
  });

  it("the subject of a time phrase's own clause is named inside it ('hours after South Korean and Japanese officials met'), but a gerund's is the clause's ('after meeting Kim')", () => {
    const inside = eventsOf("North Korea fired a missile into the sea on Friday, hours after South Korean and Japanese defence officials met in Seoul.");
    expect(parties(onlyOfType(inside, "CONSULT"))).toEqual(["JPN", "KOR"]);
    const gerund = eventsOf("U.S. President Donald Trump spoke to reporters on Friday after meeting North Korean envoy Kim Yong Chol.");
    expect(parties(onlyOfType(gerund, "CONSULT"))).toEqual(["PRK", "USA"]);
  });

  it("once a judging verb has its object, 'for' opens the reason, whose names are no parties ('criticized X for its treatment of Y')", () => {
    const events = eventsOf("Kenya criticized Ethiopia's leaders for their treatment of Eritrea.");
    expect(onlyOfType(events, "ACCUSE").target).toEqual(["ETH"]);
  });

  it("the country a meeting is held in is no party to it ('met Hayashi in Bali, Indonesia'), though it hosts an unplaced counterpart or talks with no one named", () => {
    const meetings = [
      "U.S. Secretary of State Antony Blinken met Japanese Foreign Minister Hayashi Yoshimasa in Indonesia on Friday.",
      "U.S. Secretary of State Antony Blinken met Japanese Foreign Minister Hayashi Yoshimasa in Bali, Indonesia, on Friday.",
      "U.S. Secretary of State Antony Blinken met President Joko Widodo in Indonesia on Friday.",
      "U.S. Secretary of State Antony Blinken held talks in Indonesia on Friday.",
    ].map((text) => onlyOfType(eventsOf(text), "CONSULT"));
    expect(meetings.map(parties)).toEqual([
      ["JPN", "USA"],
      ["JPN", "USA"],
      ["IDN", "USA"],
      ["IDN", "USA"],
    ]);
  });

  it("mediators named after talks ('talks mediated by Saudi Arabia and the United States') join the talks of the clause's subject", () => {
    const events = eventsOf("Ethiopia and Eritrea signed a truce on Saturday after two weeks of talks mediated by Saudi Arabia and the United States.");
    expect(parties(onlyOfType(events, "CONSULT"))).toEqual(["ERI", "ETH", "SAU", "USA"]);
  });

  it("the host an event noun names (', hosted by X') is its other party, and the hosting is no meeting of its own", () => {
    const events = eventsOf("This year's U.S. Army Pacific-sponsored exercise, hosted by the Indonesian armed forces, is the largest since 2007.");
    expect(events.map((e) => `${e.type} ${e.source.join(",")}>${e.target.join(",")}`)).toEqual(["COOPERATE USA>IDN"]);
  });

  it("a possessor before a hyphenated modifier is the agent of the event noun ('Russia's full-scale invasion')", () => {
    const event = onlyOfType(eventsOf("Finland abandoned its neutrality after Russia's full-scale invasion of Ukraine."), "ASSAULT");
    expect([event.source, event.target]).toEqual([["RUS"], ["UKR"]]);
  });

  it("the other half of a swap is no object of the release ('in exchange for')", () => {
    const event = onlyOfType(eventsOf("Venezuela's government released 10 Americans in exchange for a close ally of President Nicolas Maduro."), "RETREAT");
    expect([event.source, event.target]).toEqual([["VEN"], ["USA"]]);
  });

  it("a closing attribution names no side of the act (', South Korea's military said')", () => {
    expect(eventsOf("North Korea fired two ballistic missiles into the sea off its east coast, South Korea's military said.")).toEqual([]);
    const drills = eventsOf("North Korea fired two missiles into the sea on Tuesday, South Korea's military said, as the United States and South Korea began joint drills.");
    expect(ofType(drills, "ASSAULT")).toEqual([]);
    const shelling = onlyOfType(eventsOf("Russian forces shelled Kharkiv on Monday, Ukrainian officials said."), "ASSAULT");
    expect([shelling.source, shelling.target]).toEqual([["RUS"], ["UKR"]]);
  });

  it("a joint subject of a mutual act holds both parties, whatever place the sentence names", () => {
    const event = onlyOfType(eventsOf("Armenia and Azerbaijan signed a peace treaty in Washington on Friday."), "AGREE");
    expect([event.source, event.target]).toEqual([["ARM"], ["AZE"]]);
  });

  it("a crowd with no name protests in the country whose land the sentence names ('across France')", () => {
    const event = onlyOfType(eventsOf("Thousands of farmers blocked roads across France on Monday to protest against falling incomes."), "PROTEST");
    expect([event.source, event.target, event.location?.country]).toEqual([["FRA"], ["FRA"], "FRA"]);
  });

  it("'your' in a quote from a meeting is the other side of the meeting", () => {
    const events = eventsOf(
      "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. " +
        "\"We are monitoring closely recent Somali military movements on your border,\" Ruto said.",
    );
    const build = onlyOfType(events, "MOBILIZE");
    expect([build.source, build.target]).toEqual([["SOM"], ["ETH"]]);
  });

  it("'they' right before a verb is its subject, which no name further back in the sentence takes ('the point he made when they spoke')", () => {
    const events = eventsOf(
      "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. " +
        "Ruto repeated the point he made when they spoke by phone in May.",
    );
    const call = ofType(events, "CONSULT").find((e) => e.mode === "phone");
    expect(call && parties(call).sort()).toEqual(["ETH", "KEN"]);
    expect(call?.participants).toEqual(["William Ruto", "Abiy Ahmed"]);
  });

  it("'in the face of ...' gives a circumstance, not a party of the act", () => {
    const event = onlyOfType(eventsOf("Japan stands in solidarity with Ukraine in the face of Russia's aggression."), "SUPPORT");
    expect([event.source, event.target]).toEqual([["JPN"], ["UKR"]]);
    const support = ofType(eventsOf("Japan stands in solidarity with the people and government of Ukraine in the face of the Kremlin's aggression."), "SUPPORT");
    expect(support.flatMap((e) => e.target)).not.toContain("RUS");
  });

  it("a reaction to an act not reported before targets the parties its own phrase names ('welcomed the agreement between X and Y')", () => {
    const support = onlyOfType(eventsOf("Germany welcomed the agreement between Serbia and Kosovo on Friday."), "SUPPORT");
    expect([support.source, [...support.target].sort()]).toEqual([["DEU"], ["SRB", "UNK"]]);
  });

  it("the act a reaction is about is not done by whoever reacts ('France condemned the attack on Israel')", () => {
    expect(ofType(eventsOf("France condemned the attack on Israel."), "ASSAULT")).toEqual([]);
  });

  it("an international official's body before the title is the side, not a country in the title's tail", () => {
    const events = eventsOf("Sudan's army and the Rapid Support Forces signed a ceasefire agreement on Saturday. The United Nations envoy for Sudan, Volker Perthes, welcomed the agreement and urged both parties to respect it.");
    expect(onlyOfType(events, "REQUEST").source).toEqual(["UN"]);
  });

  it("where an agreement is signed names no party to it", () => {
    const events = eventsOf("Sudan's army signed a ceasefire agreement in the Saudi city of Jeddah on Saturday.");
    expect(ofType(events, "AGREE").flatMap((e) => e.target)).not.toContain("SAU");
  });

  it("a capital stands for its government on both sides", () => {
    const event = onlyOfType(eventsOf("Tokyo imposed sanctions on Pyongyang on Tuesday."), "SANCTION");
    expect(event.source).toEqual(["JPN"]);
    expect(event.target).toEqual(["PRK"]);
  });

  it("a nationality adjective on the subject gives its country", () => {
    const event = onlyOfType(eventsOf("Israeli warplanes bombed targets in Syria on Sunday."), "ASSAULT");
    expect(event.source).toEqual(["ISR"]);
    expect(event.target).toEqual(["SYR"]);
  });

  it("passive: the agent after 'by' is the source, the subject the target", () => {
    const event = onlyOfType(eventsOf("Sanctions were imposed on Russia by the EU on Friday."), "SANCTION");
    expect(event.source).toEqual(["EU"]);
    expect(event.target).toEqual(["RUS"]);
  });

  it("passive after 'remains', and with an irregular participle ('was held up ... by')", () => {
    const remains = onlyOfType(eventsOf("Sweden's bid remains blocked by Turkey and Hungary."), "REJECT");
    expect([remains.source, remains.target]).toEqual([["TUR", "HUN"], ["SWE"]]);
    const held = onlyOfType(eventsOf("Sweden applied to join the alliance in May 2022, but its bid was held up for months by Turkey."), "REJECT");
    expect([held.source, held.target]).toEqual([["TUR"], ["SWE"]]);
  });

  it("an adjective with 'by' is the subject's own reaction, not a passive ('is alarmed by')", () => {
    const event = onlyOfType(eventsOf("Germany is alarmed by Russia's troop build-up on the border."), "ACCUSE");
    expect([event.source, event.target]).toEqual([["DEU"], ["RUS"]]);
  });

  it("passive with the affected country first and a long agent name", () => {
    const event = onlyOfType(eventsOf("Sanctions were imposed on Belarus by the European Union on Wednesday."), "SANCTION");
    expect(event.source).toEqual(["EU"]);
    expect(event.target).toEqual(["BLR"]);
  });

  it("passive with an adverb before the participle: the 'by' agent far along the clause is still the source", () => {
    const event = onlyOfType(eventsOf("New sanctions were formally imposed on Belarus by the European Union on Wednesday."), "SANCTION");
    expect(event.source).toEqual(["EU"]);
    expect(event.target).toEqual(["BLR"]);
  });

  it("countries a gathering is held in are not its parties when no one else is named ('personnel from 27 nations gathered in Morocco, Tunisia and Ghana')", () => {
    expect(eventsOf("More than 8,100 military personnel from 27 nations gathered in Morocco, Tunisia and Ghana on Monday.")).toEqual([]);
  });

  it("a participle describing a modified noun in a list is no act of the clause's subject ('met leaders and U.S. troops deployed to the region')", () => {
    const events = eventsOf("The general met with Kenyan officers and U.S. troops deployed to the region on Monday.");
    expect(ofType(events, "MOBILIZE")).toEqual([]);
  });

  it("a participle describing 'those' is not done by the clause's subject ('to release all those unjustly detained')", () => {
    const events = eventsOf("The United States imposed sanctions on Iran on Tuesday.\n\nWe call on Iran to release all those unjustly detained.");
    expect(ofType(events, "COERCE").map((e) => e.source)).not.toContainEqual(["USA"]);
  });

  it("a participle describing the noun before it is done to that noun, not by the clause's subject ('Americans wrongfully detained abroad')", () => {
    const events = eventsOf("Statement by the President\n\nWe will never stop working to bring home Americans wrongfully detained abroad.");
    expect(ofType(events, "COERCE")).toEqual([]);
    const held = onlyOfType(eventsOf("Ukraine demanded the return of Ukrainians detained by Russia in Crimea."), "COERCE");
    expect([held.source, held.target]).toEqual([["RUS"], ["UKR"]]);
  });

  it("passive with the noun's own complement before it: 'sanctions against Iran were announced by the EU'", () => {
    const event = onlyOfType(eventsOf("New sanctions against Iran were announced by the European Union on Monday."), "SANCTION");
    expect([event.source, event.target]).toEqual([["EU"], ["IRN"]]);
  });

  it("a verb passive with an adverb: 'was swiftly condemned by'", () => {
    const event = onlyOfType(eventsOf("Iran was swiftly condemned by Canada on Monday."), "ACCUSE");
    expect(event.source).toEqual(["CAN"]);
    expect(event.target).toEqual(["IRN"]);
  });

  it.each([
    ["', as ...'", "Kenya and Uganda signed a border agreement on Monday, as both face pressure from Somalia."],
    ["'that' + verb", "Kenya and Uganda signed a border agreement on Monday that lets Somalia's traders cross freely."],
  ])("a country in a clause of its own after the object (%s) is no party", (_clause, sentence) => {
    const event = onlyOfType(eventsOf(sentence), "AGREE");
    expect([...event.source, ...event.target].sort()).toEqual(["KEN", "UGA"]);
  });

  it.each([
    ["ACCUSE", "Somalia criticized the deal on Monday."],
    ["SUPPORT", "Somalia praised the agreement on Monday."],
  ] as const)("a %s aimed at an act reported before is aimed at that act's parties", (type, reaction) => {
    const event = onlyOfType(eventsOf(`Kenya and Uganda signed a border pact last week. ${reaction}`), type);
    expect(event.source).toEqual(["SOM"]);
    expect([...event.target].sort()).toEqual(["KEN", "UGA"]);
  });

  it("a reaction to an act of a type not reported before has no target", () => {
    expect(ofType(eventsOf("Kenya and Uganda held talks last week. Somalia criticized the deal on Monday."), "ACCUSE")).toEqual([]);
  });

  it("a verb joined by 'and' shares the sentence subject, not the earlier verb's object", () => {
    const event = onlyOfType(
      eventsOf("Canadian Prime Minister Mark Carney phoned Mexican President Claudia Sheinbaum on Monday to discuss tariffs and invited her to Ottawa."),
      "REQUEST",
    );
    expect(event.source).toEqual(["CAN"]);
    expect(event.target).toEqual(["MEX"]);
  });

  it("a government and an armed group of the same country are two sides, both with its code", () => {
    const event = onlyOfType(eventsOf("Yemen's government accused the Houthis on Monday of shelling a school in Taiz."), "ACCUSE");
    expect(event.source).toEqual(["YEM"]);
    expect(event.target).toEqual(["YEM"]);
  });

  it("a government and an armed group of one country agreeing are the two parties, a bracketed short name no third", () => {
    const event = onlyOfType(eventsOf("Colombia's government and the National Liberation Army (ELN) agreed on Friday to hold new talks."), "AGREE");
    expect(event.source).toEqual(["COL"]);
    expect(event.target).toEqual(["COL"]);
  });

  it("a country acting on itself by name is still no side of its own act", () => {
    expect(ofType(eventsOf("Yemen criticized Yemen's parliament on Monday."), "ACCUSE")).toEqual([]);
  });

  it("a sentence opening with 'their' speaks of the sides of the meeting just told of, not of its people ('Their foreign ministers will meet ...')", () => {
    const events = eventsOf(
      "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. Their foreign ministers will meet in Addis Ababa next month.",
    );
    const planned = ofType(events, "CONSULT").find((e) => e.status === "planned");
    expect([planned && parties(planned), planned?.participants]).toEqual([["ETH", "KEN"], []]);
  });

  it("'all sides' asks the sides of the latest act between parties ('urged restraint from all sides')", () => {
    const events = eventsOf("Armenia accused Azerbaijan on Monday of shelling border villages. China's foreign ministry urged restraint from all sides.");
    expect([...onlyOfType(events, "REQUEST").target].sort()).toEqual(["ARM", "AZE"]);
  });

  it("'both countries' right after the request is its addressee, outranking a name in what it asks ('urged both countries to settle it at the ICJ')", () => {
    const events = eventsOf("Armenia accused Azerbaijan on Monday of shelling border villages. The European Union urged both countries to settle the dispute at the International Court of Justice.");
    expect([...onlyOfType(events, "REQUEST").target].sort()).toEqual(["ARM", "AZE"]);
  });

  it("'urged both sides' asks the two sides of the latest act between two parties", () => {
    const events = eventsOf("Armenia accused Azerbaijan on Monday of shelling border villages. The European Union urged both sides to return to talks.");
    const request = onlyOfType(events, "REQUEST");
    expect(request.source).toEqual(["EU"]);
    expect([...request.target].sort()).toEqual(["ARM", "AZE"]);
  });

  it("an event noun after a measure noun ('a package of aid') keeps the clause subject as its agent", () => {
    const event = onlyOfType(eventsOf("Canada announced a new package of military aid worth 50 million dollars for Ukraine."), "AID");
    expect(event.source).toEqual(["CAN"]);
    expect(event.target).toEqual(["UKR"]);
  });

  it("a that-clause after a warning is its content, auxiliaries and all", () => {
    const event = onlyOfType(eventsOf("Iran warned that it would respond forcefully to any Israeli strike on its soil."), "THREATEN");
    expect(event.source).toEqual(["IRN"]);
    expect(event.target).toEqual(["ISR"]);
  });

  it("a request's addressee before 'to' + verb is its target; the sides of what is asked are not", () => {
    const event = onlyOfType(eventsOf("France urged China to use its influence on Russia."), "REQUEST");
    expect(event.target).toEqual(["CHN"]);
  });

  it("names on either side of a relative 'where' are not one joint subject", () => {
    const event = onlyOfType(eventsOf("The ministers discussed the war in Sudan, where Egypt and Kenya have both urged Chad to close its border."), "REQUEST");
    expect(event.source).toEqual(["EGY", "KEN"]);
  });

  it("a joint request with no addressee is no request of one party to the other", () => {
    expect(ofType(eventsOf("Egypt and Kenya have both called for an end to the fighting."), "REQUEST")).toEqual([]);
  });

  it("the object of 'to' + verb after an event noun is whom the act is for ('commitment to defend X')", () => {
    const event = onlyOfType(eventsOf("Defence Secretary Richard Marles underscored the Australian commitment to defend Papua New Guinea."), "SUPPORT");
    expect(event.source).toEqual(["AUS"]);
    expect(event.target).toEqual(["PNG"]);
  });

  it.each([
    ["a participle", "Kenyan President William Ruto, speaking in Addis Ababa after meeting Ethiopia's prime minister, urged Sudan to accept a truce."],
    ["a preposition", "Kenyan President William Ruto, on a visit to Ethiopia's capital, urged Sudan to accept a truce."],
  ])("an aside opened by %s between subject and verb holds no subject", (_opener, sentence) => {
    const event = onlyOfType(eventsOf(sentence), "REQUEST");
    expect(event.source).toEqual(["KEN"]);
    expect(event.target).toEqual(["SDN"]);
  });

  it("'condemns the attack by X' accuses X, and the attack is not on whoever condemns it", () => {
    const events = eventsOf("Kenya strongly condemns the brutal attack by Hamas on Monday.");
    expect(onlyOfType(events, "ACCUSE").target).toEqual(["PSE"]);
    expect(ofType(events, "ASSAULT").filter((e) => e.target.includes("KEN"))).toEqual([]);
  });

  it("'condemnation of the attacks by X' accuses X", () => {
    const event = onlyOfType(eventsOf("Kenya reiterated its condemnation of the brutal attacks by Hamas on Monday."), "ACCUSE");
    expect(event.target).toEqual(["PSE"]);
  });

  it("the side acting in the event noun that ends an object is no target when another side is named ('solidarity with X in the face of Y's invasion')", () => {
    const event = onlyOfType(eventsOf("Poland stands in solidarity with Ukraine in the face of Russia's invasion."), "SUPPORT");
    expect(event.target).toEqual(["UKR"]);
  });

  it("'with X' names the other party of talks", () => {
    const event = onlyOfType(eventsOf("Brazil's foreign minister Mauro Vieira held talks with his Argentine counterpart in Brasilia on Monday."), "CONSULT");
    expect(event.source).toEqual(["BRA"]);
    expect(event.target).toEqual(["ARG"]);
  });

  it("'with X' names the other party of a signing", () => {
    const event = onlyOfType(eventsOf("Vietnam signed a memorandum of understanding with South Korea on Friday."), "AGREE");
    expect(event.source).toEqual(["VNM"]);
    expect(event.target).toEqual(["KOR"]);
  });

  it("a name setting the scene ('at a White House ceremony') takes no part", () => {
    const event = onlyOfType(eventsOf("Serbia signed a trade accord with Hungary at a White House ceremony on Friday."), "AGREE");
    expect(event).toMatchObject({ source: ["SRB"], target: ["HUN"] });
  });

  it("a participle clause after a comma holds no party of the act before it", () => {
    const event = onlyOfType(
      eventsOf("Israel signed an accord with Morocco on Thursday, making it the fourth Arab state to normalize ties with Israel since Jordan in 1994."),
      "AGREE",
    );
    expect(event).toMatchObject({ source: ["ISR"], target: ["MAR"] });
  });

  it("'received a phone call from X' makes the caller a party", () => {
    const event = onlyOfType(eventsOf("Saudi Crown Prince Mohammed bin Salman received a phone call from Iranian President Ebrahim Raisi."), "CONSULT");
    expect(parties(event)).toEqual(["IRN", "SAU"]);
  });
});

describe("two parties named together", () => {
  it("'between X and Y' names both sides of talks", () => {
    const event = onlyOfType(eventsOf("Talks between Ghana and Togo took place in Accra on Tuesday."), "CONSULT");
    expect(parties(event)).toEqual(["GHA", "TGO"]);
  });

  it("a coordinated subject splits into source and target", () => {
    const event = onlyOfType(eventsOf("The United States and Armenia signed a nuclear cooperation agreement on Monday."), "AGREE");
    expect(event.source).toEqual(["USA"]);
    expect(event.target).toEqual(["ARM"]);
  });

  it("two leaders as a coordinated subject of 'met' are both parties", () => {
    const event = onlyOfType(
      eventsOf("Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet met in Bangkok on Monday, the Thai government said."),
      "CONSULT",
    );
    expect(parties(event)).toEqual(["KHM", "THA"]);
  });

  it("'their Tanzanian counterparts' is the other side of a coordinated subject", () => {
    const event = onlyOfType(eventsOf("Kenyan and Ugandan officials met their Tanzanian counterparts in Arusha on Friday."), "CONSULT");
    expect(event.source).toEqual(["KEN", "UGA"]);
    expect(event.target).toEqual(["TZA"]);
  });

  it("'their Chinese counterparts' after a single nationality", () => {
    const event = onlyOfType(eventsOf("The Indian foreign minister met their Chinese counterparts in Moscow on Friday."), "CONSULT");
    expect(event.source).toEqual(["IND"]);
    expect(event.target).toEqual(["CHN"]);
  });

  it("joint drills 'with U.S. forces' put every named army on the sides", () => {
    const event = onlyOfType(eventsOf("South Korean and Japanese troops will take part in joint drills with U.S. forces next week."), "COOPERATE");
    expect(parties(event)).toEqual(["JPN", "KOR", "USA"]);
  });
});

describe("sides of an event noun", () => {
  it("'Russia's war against Ukraine': the possessor wages it against the object", () => {
    const event = onlyOfType(eventsOf("Russia's war against Ukraine has displaced millions."), "ASSAULT");
    expect(event.source).toEqual(["RUS"]);
    expect(event.target).toEqual(["UKR"]);
    expect(event.status).toBe("ongoing");
  });

  it("'an attack on Israel by Iran': 'by' gives the attacker, 'on' the attacked", () => {
    const event = onlyOfType(eventsOf("Israel said it intercepted an attack on Israel by Iran."), "ASSAULT");
    expect(event.source).toEqual(["IRN"]);
    expect(event.target).toEqual(["ISR"]);
  });

  it("'U.S. support for Taiwan': the premodifier gives, 'for' receives", () => {
    const event = onlyOfType(eventsOf("Washington reaffirmed U.S. support for Taiwan on Monday."), "SUPPORT");
    expect(event.source).toEqual(["USA"]);
    expect(event.target).toEqual(["TWN"]);
  });

  it("a side after 'of' whose noun hangs from the receiving preposition receives ('support for the sovereignty and territorial integrity of Georgia')", () => {
    const support = onlyOfType(eventsOf("The minister reaffirmed Japanese support for the sovereignty and territorial integrity of Georgia."), "SUPPORT");
    expect([support.source, support.target]).toEqual([["JPN"], ["GEO"]]);
    const commitment = onlyOfType(eventsOf("Hicks reaffirmed the U.S. commitment to the security of Lithuania on Tuesday."), "SUPPORT");
    expect([commitment.source, commitment.target]).toEqual([["USA"], ["LTU"]]);
  });

  it("the force after 'of a' is a deployment's agent too ('welcomed the deployment of a U.S. Army battalion to Rzeszow')", () => {
    const event = onlyOfType(eventsOf("The minister welcomed the upcoming deployment of a German brigade to Lithuania."), "MOBILIZE");
    expect([event.source, event.target]).toEqual([["DEU"], ["LTU"]]);
  });

  it("a gerund after 'to' is the act of the sentence's subject, not of the last name before it ('commitment to supporting Ukraine')", () => {
    const events = eventsOf(
      "Finnish President Alexander Stubb met Estonian Prime Minister Kristen Michal in Tallinn on Monday. The leaders discussed Russia's war against Ukraine and reaffirmed their commitment to supporting Ukraine.",
    );
    const support = onlyOfType(events, "SUPPORT");
    expect([[...support.source].sort(), support.target]).toEqual([["EST", "FIN"], ["UKR"]]);
  });

  it("the force a deployment's 'of' names is its agent ('the deployment of Kenyan police to Haiti')", () => {
    const event = onlyOfType(eventsOf("The ministers discussed the upcoming deployment of Rwandan police to Mozambique."), "MOBILIZE");
    expect([event.source, event.target, event.status]).toEqual([["RWA"], ["MOZ"], "planned"]);
  });

  it("a giver's 'of' right after the noun still gives ('the assistance of the American people')", () => {
    const aid = onlyOfType(eventsOf("The shipment is the latest assistance of the United States to Ukraine."), "AID");
    expect([aid.source, aid.target]).toEqual([["USA"], ["UKR"]]);
  });

  it("an act discussed is no act of those discussing it ('spoke with X to discuss the deployment of a mission to Haiti')", () => {
    const events = eventsOf("Canadian Foreign Minister Melanie Joly spoke with Kenyan President William Ruto on Monday to discuss the deployment of a security mission to Haiti.");
    expect(ofType(events, "MOBILIZE")).toEqual([]);
    expect(parties(onlyOfType(events, "CONSULT")).sort()).toEqual(["CAN", "KEN"]);
  });

  it("an act discussed keeps the agent its own words name ('discussed the Russian invasion of Ukraine')", () => {
    const events = eventsOf("Canadian Foreign Minister Melanie Joly and Polish Foreign Minister Radoslaw Sikorski discussed the Russian invasion of Ukraine.");
    expect([onlyOfType(events, "ASSAULT").source, onlyOfType(events, "ASSAULT").target]).toEqual([["RUS"], ["UKR"]]);
  });

  it("a participle after the people a count names is their verb, not a description ('Thousands of Iranian troops deployed to the border')", () => {
    expect(onlyOfType(eventsOf("Thousands of Iranian troops deployed to the border with Iraq on Monday."), "MOBILIZE").source).toEqual(["IRN"]);
  });

  it("the countries of a count are the subject ('Thousands of U.S. and Philippine troops began joint exercises')", () => {
    const event = onlyOfType(eventsOf("Thousands of Japanese and Australian troops began joint military exercises on Tuesday."), "COOPERATE");
    expect(parties(event).sort()).toEqual(["AUS", "JPN"]);
  });

  it("a verb after 'and' starts a predicate of its own, whose objects are not the act's ('support and briefed him on Israel's operations against Hamas')", () => {
    const events = eventsOf("Gallant thanked Austin for the United States' steadfast support and briefed him on Israel's operations against Hamas and Hezbollah.");
    for (const e of ofType(events, "SUPPORT")) expect(e.target).not.toContain("LBN");
  });

  it("a participle modifying a noun after 'and' is no predicate ('all American and allied troops')", () => {
    const events = eventsOf("Russia demanded the withdrawal of all American and allied troops from Syria.");
    expect(onlyOfType(events, "REQUEST").target).toContain("USA");
  });

  it("a verb's subject stands between the parties it names ('are mediating between Israel and Hamas')", () => {
    const event = onlyOfType(eventsOf("Egypt, Qatar and the United States are mediating between Israel and Hamas."), "CONSULT");
    expect([[...event.source].sort(), [...event.target].sort()]).toEqual([["EGY", "QAT", "USA"], ["ISR", "PSE"]]);
  });

  it("a government building a meeting is hosted at names the host ('hosted Estonian Minister ... at the Pentagon')", () => {
    const event = onlyOfType(eventsOf("Deputy Secretary of Defense Kathleen Hicks hosted Estonian Minister of Defence Hanno Pevkur at the Pentagon on Thursday."), "CONSULT");
    expect(parties(event).sort()).toEqual(["EST", "USA"]);
  });

  it("a court a case is filed at takes no part in it ('filed a genocide case against Israel at the International Court of Justice')", () => {
    const event = onlyOfType(eventsOf("South Africa filed a genocide case against Israel at the International Court of Justice."), "ACCUSE");
    expect([event.source, event.target]).toEqual([["ZAF"], ["ISR"]]);
  });

  it("a relative clause with a subject of its own ends the act's object ('components for the drones that Russia has used against Ukraine')", () => {
    const events = eventsOf(
      "The U.S. Treasury sanctioned 16 individuals and entities in Iran and China involved in procuring components for the drones that Russia has used against Ukraine.",
    );
    expect(onlyOfType(events, "SANCTION").target).not.toContain("RUS");
  });

  it("'Kazakhstan expressed support for Russia': the clause subject gives", () => {
    const event = onlyOfType(eventsOf("Kazakhstan expressed support for Russia on Monday."), "SUPPORT");
    expect(event.source).toEqual(["KAZ"]);
    expect(event.target).toEqual(["RUS"]);
  });

  it("a foreign national detained takes their country as target", () => {
    const event = onlyOfType(eventsOf("Chinese authorities detained a Canadian businessman in Beijing last month."), "COERCE");
    expect(event.source).toEqual(["CHN"]);
    expect(event.target).toEqual(["CAN"]);
  });
});

describe("a statement in its issuer's voice", () => {
  it("'I' is the issuer its headline names", () => {
    const events = eventsOf(
      "Statement from President Joe Biden on the Release of Hostages\n\nToday, I spoke with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, to thank him for his partnership.",
      "2023-10-20",
    );
    const call = onlyOfType(events, "CONSULT");
    expect(call.source).toEqual(["USA"]);
    expect(call.target).toEqual(["QAT"]);
  });
});

describe("judgements", () => {
  it("'called X unprovoked' accuses the agent of the act X names", () => {
    const events = eventsOf("Russia invaded Ukraine on Thursday. U.S. President Joe Biden later called the invasion unprovoked and unjustified.");
    const accusation = onlyOfType(events, "ACCUSE");
    expect([accusation.source, accusation.target]).toEqual([["USA"], ["RUS"]]);
  });

  it("'said X was illegal' accuses the side the judged phrase names, as agent too", () => {
    const accusation = onlyOfType(eventsOf("Moscow said the sanctions imposed by the European Union were illegal."), "ACCUSE");
    expect([accusation.source, accusation.target]).toEqual([["RUS"], ["EU"]]);
  });

  it("a judgement after 'that' and a copula: 'told radio that Australia's decision was a stab in the back'", () => {
    const accusation = onlyOfType(
      eventsOf("French Foreign Minister Jean-Yves Le Drian told a radio station on Thursday that Australia's decision was a stab in the back."),
      "ACCUSE",
    );
    expect([accusation.source, accusation.target]).toEqual([["FRA"], ["AUS"]]);
  });

  it("the judged act is the latest one by another side than the judge's", () => {
    const events = eventsOf("Russian security forces detained an American reporter on Wednesday. The White House said the detention was unacceptable.");
    const accusation = onlyOfType(events, "ACCUSE");
    expect([accusation.source, accusation.target]).toEqual([["USA"], ["RUS"]]);
  });

  it("a judging word that is no speaker's predicate is no accusation", () => {
    expect(ofType(eventsOf("Belarusian police launched a brutal crackdown on protesters in Minsk."), "ACCUSE")).toEqual([]);
    expect(ofType(eventsOf("Japan said the weather was unacceptable for flights on Monday."), "ACCUSE")).toEqual([]);
  });
});
