import { beforeAll, describe, expect, it } from "vitest";
import { eventsOf, loadExtractor, ofType, onlyOfType } from "./helpers.js";

beforeAll(() => {
  loadExtractor();
});

function meetingMode(sentence: string): string | null {
  return onlyOfType(eventsOf(sentence), "CONSULT").mode;
}

describe("the medium of a CONSULT", () => {
  it.each([
    ["met", "Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing on Sunday."],
    ["visited", "Saudi Foreign Minister Faisal bin Farhan visited Tehran on Sunday."],
    ["will visit", "Mexican President Andres Manuel Lopez Obrador will visit Canada next week."],
  ])("in-person: %s", (_cue, sentence) => {
    expect(meetingMode(sentence)).toBe("in-person");
  });

  it.each([
    ["spoke by phone", "Saudi Crown Prince Mohammed bin Salman spoke by phone with Iranian President Ebrahim Raisi on Sunday."],
    ["held a telephone call", "Saudi Crown Prince Mohammed bin Salman and Iranian President Ebrahim Raisi held a telephone call on Sunday."],
    ["talked by telephone", "The Saudi and Iranian foreign ministers talked by telephone on Sunday."],
    ["received a phone call", "Saudi Crown Prince Mohammed bin Salman received a phone call from Iranian President Ebrahim Raisi."],
    ["spoke with, in a readout", "Saudi Foreign Minister Faisal bin Farhan spoke with Iranian Foreign Minister Hossein Amir-Abdollahian on Sunday."],
  ])("phone: %s", (_cue, sentence) => {
    expect(meetingMode(sentence)).toBe("phone");
  });

  it.each([
    ["met virtually", "Saudi Foreign Minister Faisal bin Farhan met virtually with Iranian Foreign Minister Hossein Amir-Abdollahian on Sunday."],
    ["video call", "South African President Cyril Ramaphosa held a video call with Chinese President Xi Jinping on Monday."],
    ["videoconference", "Saudi Foreign Minister Faisal bin Farhan and Iranian Foreign Minister Hossein Amir-Abdollahian held a videoconference on Sunday."],
  ])("virtual: %s", (_cue, sentence) => {
    expect(meetingMode(sentence)).toBe("virtual");
  });

  it.each([
    ["sent a letter", "Nigerian President Bola Tinubu sent a letter to Ghanaian President Nana Akufo-Addo on Tuesday."],
    ["wrote a letter", "Nigerian President Bola Tinubu wrote a letter to Ghanaian President Nana Akufo-Addo on Tuesday."],
  ])("written: %s", (_cue, sentence) => {
    expect(meetingMode(sentence)).toBe("written");
  });

  it("talks with no medium and no place stated have no mode", () => {
    expect(meetingMode("Ghana and Togo held talks on Tuesday.")).toBeNull();
  });

  it("talks held at a place with no medium stated were face to face ('negotiations in the Ghanaian capital')", () => {
    expect(meetingMode("Ghana and Togo held talks in Accra on Tuesday.")).toBe("in-person");
    expect(meetingMode("Ghana and Togo agreed on Tuesday to reopen the border after negotiations in the Ghanaian capital.")).toBe("in-person");
  });

  it("a meeting introduced with 'a' after a call is a new meeting with its own medium, not the call again", () => {
    const events = ofType(
      eventsOf("Kenyan President William Ruto spoke by phone with Tanzanian President Samia Suluhu Hassan on Monday. Leaders of the African Union held a video conference later in the week."),
      "CONSULT",
    );
    expect(events.map((e) => e.mode).sort()).toEqual(["phone", "virtual"]);
  });

  it("a visit mentioned after a call is in person, not part of the call", () => {
    const events = ofType(
      eventsOf("Kenyan President William Ruto spoke by phone with Tanzanian President Samia Suluhu Hassan on Monday. Ruto looked forward to Hassan's visit to Nairobi next month."),
      "CONSULT",
    );
    expect(events.map((e) => `${e.status} ${e.mode}`).sort()).toEqual(["occurred phone", "planned in-person"]);
  });

  it("a summit agreed on during a call is another meeting than the call: its own status, date, medium and place", () => {
    const events = ofType(
      eventsOf("Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed to hold a summit in Lima during a long telephone call last Thursday."),
      "CONSULT",
    );
    const described = events.map((e) => `${e.status} ${e.mode} ${e.date?.start ?? "undated"} ${e.location?.name ?? "nowhere"}`).sort();
    expect(described).toEqual(["occurred phone 2024-03-07 nowhere", "planned in-person undated Lima"]);
  });

  it("a video meeting has no place, even when the sentence names one for another meeting", () => {
    const events = eventsOf("Leaders of the Group of Seven held a video conference in the morning, and NATO ambassadors met in Brussels.");
    const video = ofType(events, "CONSULT").find((e) => e.mode === "virtual");
    expect(video?.location).toBeNull();
  });

  it("a letter has no place, even when the sentence names one", () => {
    const event = onlyOfType(eventsOf("South Korean President Yoon Suk Yeol sent a letter to Japanese Prime Minister Fumio Kishida in Tokyo on Monday."), "CONSULT");
    expect(event.mode).toBe("written");
    expect(event.location).toBeNull();
  });

  it("a visit a request asks for is no visit: 'phoned X and invited him to make a state visit'", () => {
    const events = eventsOf("Australian Prime Minister Anthony Albanese phoned Indian Prime Minister Narendra Modi on Tuesday and invited him to make a state visit to Canberra.");
    expect(ofType(events, "CONSULT").map((e) => e.mode)).toEqual(["phone"]);
    expect(ofType(events, "REQUEST")).toHaveLength(1);
  });

  it("'discussed ... in a telephone call' takes the medium from the noun, however long the topic", () => {
    expect(meetingMode("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan discussed the Lake Victoria fisheries dispute in a telephone call on Monday.")).toBe("phone");
  });

  it("acts other than CONSULT have no mode", () => {
    const event = onlyOfType(eventsOf("Canada imposed sanctions on Myanmar on Monday."), "SANCTION");
    expect(event.mode).toBeNull();
  });
});
