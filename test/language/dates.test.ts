import { describe, expect, it } from "vitest";
import { annotateDates } from "./helpers.js";

/**
 * Each case is a sentence with its date phrases in [brackets], the publication
 * day, and per bracket the expected inclusive ISO range and rule. The brackets
 * give the expected text and character offsets; the annotator sees the
 * sentence without them.
 */
interface Case {
  published: string | null;
  marked: string;
  expected: [start: string, end: string, rule: string][];
}

function unmark(marked: string): { text: string; spans: { start: number; end: number; text: string }[] } {
  let text = "";
  const spans: { start: number; end: number; text: string }[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === "[") open = text.length;
    else if (ch === "]") {
      spans.push({ start: open, end: text.length, text: text.slice(open) });
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

function check({ published, marked, expected }: Case): void {
  const { text, spans } = unmark(marked);
  const doc = annotateDates(text, published);
  const found = doc.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, range: [d.range.start, d.range.end], rule: d.rule }));
  const wanted = spans.map((span, k) => ({
    ...span,
    range: [expected[k]?.[0], expected[k]?.[1]],
    rule: expected[k]?.[2],
  }));
  expect(found).toEqual(wanted);
  for (const d of doc.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
}

// 2021-03-10 is a Wednesday.
const WED = "2021-03-10";

const WEEKDAYS: [string, Case][] = [
  ["past weekday → the last one before publication", { published: WED, marked: "Davidson warned lawmakers on [Tuesday] about the threat.", expected: [["2021-03-09", "2021-03-09", "dates/weekday-past"]] }],
  ["past weekday, a week back", { published: WED, marked: "The envoy landed in Kabul on [Thursday].", expected: [["2021-03-04", "2021-03-04", "dates/weekday-past"]] }],
  ["a gerund after 'accused X of' keeps the accusing verb's past tense", { published: WED, marked: "Moldova accused Russia of sending drones over its territory on [Sunday].", expected: [["2021-03-07", "2021-03-07", "dates/weekday-past"]] }],
  ["past weekday that is the publication weekday → the publication day", { published: WED, marked: "The State Department announced the talks [Wednesday].", expected: [["2021-03-10", "2021-03-10", "dates/weekday-past"]] }],
  ["future weekday that is the publication weekday → the publication day", { published: WED, marked: "The talks will resume on [Wednesday].", expected: [["2021-03-10", "2021-03-10", "dates/weekday-future"]] }],
  ["future weekday → the next one", { published: WED, marked: "The talks will resume on [Tuesday].", expected: [["2021-03-16", "2021-03-16", "dates/weekday-future"]] }],
  ["two past weekdays joined by 'and' → the stretch ending on the later one", { published: WED, marked: "The envoy spent [Monday and Tuesday] in talks in Geneva.", expected: [["2021-03-08", "2021-03-09", "dates/weekday-pair"]] }],
  ["two future weekdays joined by 'and' → the stretch starting on the first one", { published: WED, marked: "The talks will be held on [Thursday and Friday].", expected: [["2021-03-11", "2021-03-12", "dates/weekday-pair"]] }],
  ["future weekday the day after publication", { published: WED, marked: "Ministers are expected to sign the deal on [Thursday].", expected: [["2021-03-11", "2021-03-11", "dates/weekday-future"]] }],
  ["present weekday → the nearest", { published: WED, marked: "The envoy arrives in Oslo on [Friday].", expected: [["2021-03-12", "2021-03-12", "dates/weekday-present"]] }],
  ["'next Friday' → strictly after publication", { published: WED, marked: "The ministers will meet again [next Friday].", expected: [["2021-03-12", "2021-03-12", "dates/weekday-next"]] }],
  ["'last Wednesday' → strictly before publication", { published: WED, marked: "Rebels attacked the base [last Wednesday].", expected: [["2021-03-03", "2021-03-03", "dates/weekday-last"]] }],
  ["weekday range", { published: WED, marked: "The ministers will meet from [Monday to Wednesday] in Rome.", expected: [["2021-03-15", "2021-03-17", "dates/weekday-future"]] }],
  ["weekday with a date → the date", { published: WED, marked: "Leaders met on [Monday, March 8] in Brussels.", expected: [["2021-03-08", "2021-03-08", "dates/day-past"]] }],
  ["'said X will ...' resolves the weekday in each clause", { published: WED, marked: "Officials said [Tuesday] that the talks will resume on [Friday].", expected: [["2021-03-09", "2021-03-09", "dates/weekday-past"], ["2021-03-12", "2021-03-12", "dates/weekday-future"]] }],
];

const DAY_WORDS: [string, Case][] = [
  ["today", { published: WED, marked: "The foreign ministers spoke by phone [today].", expected: [["2021-03-10", "2021-03-10", "dates/today"]] }],
  ["this morning", { published: WED, marked: "The president addressed the nation [this morning].", expected: [["2021-03-10", "2021-03-10", "dates/today"]] }],
  ["tonight", { published: WED, marked: "The council will vote [tonight].", expected: [["2021-03-10", "2021-03-10", "dates/today"]] }],
  ["yesterday", { published: WED, marked: "The minister met his counterpart [yesterday].", expected: [["2021-03-09", "2021-03-09", "dates/yesterday"]] }],
  ["last night → the day before publication", { published: WED, marked: "Air raid sirens sounded in the capital [last night].", expected: [["2021-03-09", "2021-03-09", "dates/yesterday"]] }],
  ["overnight → the night ending on the publication day", { published: WED, marked: "Drones struck a fuel depot near the border [overnight].", expected: [["2021-03-09", "2021-03-10", "dates/overnight"]] }],
  ["tomorrow", { published: WED, marked: "The envoy will fly to Doha [tomorrow].", expected: [["2021-03-11", "2021-03-11", "dates/tomorrow"]] }],
  ["a day word in a title-case headline", { published: WED, marked: "Talks Resume In Vienna [Today]", expected: [["2021-03-10", "2021-03-10", "dates/today"]] }],
  ["later in the day, with no date before → the publication day", { published: WED, marked: "[Later in the day], the envoy will meet rebel leaders.", expected: [["2021-03-10", "2021-03-10", "dates/same-day"]] }],
  [
    "the same day → the day of the date before it",
    {
      published: WED,
      marked: "The envoy landed in Doha on [Monday]. Rebels attacked a convoy [the same day].",
      expected: [
        ["2021-03-08", "2021-03-08", "dates/weekday-past"],
        ["2021-03-08", "2021-03-08", "dates/same-day-as-before"],
      ],
    },
  ],
];

const WEEKS: [string, Case][] = [
  ["next week → Monday to Sunday", { published: WED, marked: "The delegations will meet in Alaska [next week].", expected: [["2021-03-15", "2021-03-21", "dates/next-week"]] }],
  ["last week", { published: WED, marked: "The envoy visited Cairo [last week].", expected: [["2021-03-01", "2021-03-07", "dates/last-week"]] }],
  ["this week across a month boundary", { published: "2021-04-01", marked: "Inspectors arrived at the plant [this week].", expected: [["2021-03-29", "2021-04-04", "dates/this-week"]] }],
  ["next week across a year boundary", { published: "2021-12-29", marked: "Talks will resume [next week].", expected: [["2022-01-03", "2022-01-09", "dates/next-week"]] }],
  ["this week published on a Sunday", { published: "2021-01-03", marked: "Talks continued [this week].", expected: [["2020-12-28", "2021-01-03", "dates/this-week"]] }],
  ["earlier this week → up to the day before publication", { published: WED, marked: "The two sides spoke [earlier this week].", expected: [["2021-03-08", "2021-03-09", "dates/earlier-this-week"]] }],
  ["earlier in the week on its first day → the whole week", { published: "2021-03-08", marked: "The two sides spoke [earlier in the week].", expected: [["2021-03-08", "2021-03-14", "dates/this-week"]] }],
  ["this weekend → Saturday and Sunday", { published: WED, marked: "Protests are planned for [this weekend].", expected: [["2021-03-13", "2021-03-14", "dates/weekend-this"]] }],
  ["last weekend", { published: WED, marked: "The envoy met rebel leaders [last weekend].", expected: [["2021-03-06", "2021-03-07", "dates/weekend-last"]] }],
  ["the weekend in a past clause", { published: WED, marked: "Fighting flared over [the weekend].", expected: [["2021-03-06", "2021-03-07", "dates/weekend-past"]] }],
  ["the weekend in a future clause", { published: WED, marked: "Leaders will gather over [the weekend].", expected: [["2021-03-13", "2021-03-14", "dates/weekend-future"]] }],
];

const MONTHS: [string, Case][] = [
  ["later this month → from the day after publication", { published: WED, marked: "Austin will travel to India [later this month].", expected: [["2021-03-11", "2021-03-31", "dates/later-this-month"]] }],
  ["earlier this month", { published: WED, marked: "Inflation slowed [earlier this month].", expected: [["2021-03-01", "2021-03-09", "dates/earlier-this-month"]] }],
  ["last month", { published: WED, marked: "Trade talks collapsed [last month].", expected: [["2021-02-01", "2021-02-28", "dates/last-month"]] }],
  ["next month across a year boundary", { published: "2021-12-15", marked: "The pact takes effect [next month].", expected: [["2022-01-01", "2022-01-31", "dates/next-month"]] }],
  ["month without year, past → not after publication", { published: WED, marked: "The ministers met in [June].", expected: [["2020-06-01", "2020-06-30", "dates/month-past"]] }],
  ["month without year, future → not before publication", { published: WED, marked: "The summit will be held in [June].", expected: [["2021-06-01", "2021-06-30", "dates/month-future"]] }],
  ["earlier month, past", { published: WED, marked: "The ministers met in [February].", expected: [["2021-02-01", "2021-02-28", "dates/month-past"]] }],
  ["earlier month, future → next year", { published: WED, marked: "The leaders will meet again in [February].", expected: [["2022-02-01", "2022-02-28", "dates/month-future"]] }],
  ["publication month, future", { published: WED, marked: "The ministers will meet in [March].", expected: [["2021-03-01", "2021-03-31", "dates/month-future"]] }],
  ["month without year, present → publication year", { published: WED, marked: "Parliament sits again in [December].", expected: [["2021-12-01", "2021-12-31", "dates/month-present"]] }],
  ["month with a year", { published: WED, marked: "The accord was signed in [June 2020].", expected: [["2020-06-01", "2020-06-30", "dates/month"]] }],
  ["mid-month", { published: WED, marked: "Troops withdrew in [mid-June].", expected: [["2020-06-11", "2020-06-20", "dates/month-part-past"]] }],
  ["the end of a month", { published: WED, marked: "The framework was signed at [the end of August].", expected: [["2020-08-21", "2020-08-31", "dates/month-part-past"]] }],
  ["'May' after 'by' is the month", { published: WED, marked: "Talks may resume by [May].", expected: [["2021-05-01", "2021-05-31", "dates/month-present"]] }],
];

const YEARS: [string, Case][] = [
  ["last year", { published: WED, marked: "Elections were held [last year].", expected: [["2020-01-01", "2020-12-31", "dates/last-year"]] }],
  ["next year", { published: WED, marked: "The treaty expires [next year].", expected: [["2022-01-01", "2022-12-31", "dates/next-year"]] }],
  ["later this year", { published: WED, marked: "The two leaders will meet [later this year].", expected: [["2021-03-11", "2021-12-31", "dates/later-this-year"]] }],
  ["by 2050 → the year 2050", { published: WED, marked: "Beijing aims to lead the world by [2050].", expected: [["2050-01-01", "2050-12-31", "dates/year"]] }],
  ["in a year", { published: WED, marked: "The treaty was ratified in [2022].", expected: [["2022-01-01", "2022-12-31", "dates/year"]] }],
  ["since a year", { published: WED, marked: "The two countries have been at odds since [2019].", expected: [["2019-01-01", "2019-12-31", "dates/year"]] }],
  ["from one year to another", { published: WED, marked: "Sanctions stayed in force from [2014 to 2016].", expected: [["2014-01-01", "2016-12-31", "dates/year-range"]] }],
  ["early in a year", { published: WED, marked: "Talks are expected to conclude in [early 2022].", expected: [["2022-01-01", "2022-05-01", "dates/year-part"]] }],
];

const PERIODS: [string, Case][] = [
  ["the past week ends on publication", { published: WED, marked: "Shelling intensified over [the past week].", expected: [["2021-03-03", "2021-03-10", "dates/past-period"]] }],
  ["the last two weeks", { published: WED, marked: "Over [the last two weeks], talks made progress.", expected: [["2021-02-24", "2021-03-10", "dates/past-period"]] }],
  ["recent weeks", { published: WED, marked: "Tensions have risen in [recent weeks].", expected: [["2021-02-10", "2021-03-10", "dates/recent-period"]] }],
  ["the coming days start after publication", { published: WED, marked: "Officials will decide in [the coming days].", expected: [["2021-03-11", "2021-03-17", "dates/coming-period"]] }],
  ["days ago", { published: WED, marked: "The ceasefire collapsed [three days ago].", expected: [["2021-03-07", "2021-03-07", "dates/ago"]] }],
  ["a period in capitals", { published: WED, marked: "Shelling intensified over [THE PAST WEEK].", expected: [["2021-03-03", "2021-03-10", "dates/past-period"]] }],
];

const EXPLICIT: [string, Case][] = [
  ["day range with an en dash", { published: WED, marked: "The envoy will visit Paris [March 23–25].", expected: [["2021-03-23", "2021-03-25", "dates/day-range-future"]] }],
  ["day range with 'to'", { published: WED, marked: "The conference runs [March 23 to 25] in Geneva.", expected: [["2021-03-23", "2021-03-25", "dates/day-range-present"]] }],
  ["from one day to another", { published: WED, marked: "Inspections will take place from [March 23 to March 25].", expected: [["2021-03-23", "2021-03-25", "dates/day-range-future"]] }],
  ["a date after 'planned' is a future one in a past clause", { published: WED, marked: "The president cancelled his planned [March 23] summit with the emir.", expected: [["2021-03-23", "2021-03-23", "dates/day-future"]] }],
  ["a date in a phrase opened by 'ahead of' is a future one in a past clause", { published: WED, marked: "The ministers met in Oslo ahead of the Arctic summit in Reykjavik in [July].", expected: [["2021-07-01", "2021-07-31", "dates/month-future"]] }],
  ["a date past a verb after 'ahead of' takes its own clause's tense", { published: WED, marked: "Ahead of the talks, the ministers met in [July].", expected: [["2020-07-01", "2020-07-31", "dates/month-past"]] }],
  ["a month-day in a past clause is the last one before publication", { published: WED, marked: "The president cancelled a summit held on [March 23].", expected: [["2020-03-23", "2020-03-23", "dates/day-past"]] }],
  ["a day and a second day of its month", { published: WED, marked: "Ministers will meet in Rio on [March 23 and 24] to discuss trade.", expected: [["2021-03-23", "2021-03-24", "dates/day-range-future"]] }],
  ["a day and a number that counts something else", { published: WED, marked: "Ministers will meet on [March 23] and 24 delegations will attend.", expected: [["2021-03-23", "2021-03-23", "dates/day-future"]] }],
  ["between one day and another", { published: WED, marked: "Talks ran between [May 1 and May 3] in Cairo.", expected: [["2020-05-01", "2020-05-03", "dates/day-range-past"]] }],
  ["abbreviated month, past", { published: WED, marked: "The framework was signed on [Aug. 31].", expected: [["2020-08-31", "2020-08-31", "dates/day-past"]] }],
  ["abbreviated month, future", { published: WED, marked: "The vote is set for [Sept. 12].", expected: [["2021-09-12", "2021-09-12", "dates/day-future"]] }],
  ["month-day, past, earlier in the publication month", { published: WED, marked: "The ministers met on [March 3].", expected: [["2021-03-03", "2021-03-03", "dates/day-past"]] }],
  ["month-day, future, already passed this year → next year", { published: WED, marked: "The ministers will meet on [March 3].", expected: [["2022-03-03", "2022-03-03", "dates/day-future"]] }],
  ["a full date", { published: WED, marked: "The deal was signed on [March 3, 2020], in Geneva.", expected: [["2020-03-03", "2020-03-03", "dates/day"]] }],
  ["an ISO date", { published: WED, marked: "The filing is dated [2021-03-01].", expected: [["2021-03-01", "2021-03-01", "dates/day"]] }],
  ["an ISO date written with en dashes", { published: WED, marked: "The filing is dated [2021–03–01].", expected: [["2021-03-01", "2021-03-01", "dates/day"]] }],
  ["a weekday with an ISO date → the date", { published: WED, marked: "Leaders met on [Monday, 2021-03-08] in Brussels.", expected: [["2021-03-08", "2021-03-08", "dates/day"]] }],
];

describe("datesAnnotator", () => {
  const table = [...WEEKDAYS, ...DAY_WORDS, ...WEEKS, ...MONTHS, ...YEARS, ...PERIODS, ...EXPLICIT];

  it("covers at least forty phrases", () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)("%s", (_name, c) => check(c));

  it.each([
    "The 2+2 dialogue brought together 43 officials.",
    "The aircraft, PP 8015, flew past No. 10 before G20 leaders arrived.",
    "Officials may meet again soon.",
    "A second round of talks opened.",
    "The talks lasted for two hours.",
    "The ceasefire held for three years.",
    "The meeting began at 10 a.m. local time.",
    "The 45-year-old minister resigned.",
    "Protesters march on the capital.",
    "Theresa May met the French president.",
    "The Sun reported that he sat down with rebels.",
    "Troops now hold the town.",
    "Protests take place every Sunday.",
    "The 1990s saw a thaw between the two countries.",
  ])("finds no date in: %s", (text) => {
    expect(annotateDates(text, WED).dates).toEqual([]);
  });

  it("without a publication day keeps only the dates that name their year", () => {
    check({
      published: null,
      marked: "Talks resumed on Tuesday and last week, after the deal of [March 3, 2020] and the vote in [2019].",
      expected: [["2020-03-03", "2020-03-03", "dates/day"], ["2019-01-01", "2019-12-31", "dates/year"]],
    });
  });

  it("gives offsets into the whole text and the index of the sentence", () => {
    const text = "Envoys gather in Vienna\n\nThe talks opened on Monday. They will close on Friday.";
    const doc = annotateDates(text, WED);
    expect(doc.dates.map((d) => [d.text, d.start, d.sentence, d.range.start, d.tense])).toEqual([
      ["Monday", text.indexOf("Monday"), 1, "2021-03-08", "past"],
      ["Friday", text.indexOf("Friday"), 2, "2021-03-12", "future"],
    ]);
  });

  it("skips photo captions and credits", () => {
    const text = "Leaders met in Rome on Monday.\n\nThe two leaders in Rome on March 3. Photo: Getty Images";
    const doc = annotateDates(text, WED);
    expect(doc.dates.map((d) => d.text)).toEqual(["Monday"]);
  });
});
