import { describe, expect, it } from 'vitest';
import { dateFromUrl, findOwnDate, parseDateString } from './dates';

describe('parseDateString', () => {
  it.each([
    ['2022-02-10', '2022-02-10'],
    ['2022-02-10T23:30:00-05:00', '2022-02-10'],
    ['2022/02/10', '2022-02-10'],
    ['20220210T0900', '2022-02-10'],
    ['Thu, 10 Feb 2022 09:00:00 GMT', '2022-02-10'],
    ['February 11, 2022', '2022-02-11'],
    ['Feb. 10, 2022', '2022-02-10'],
    ['3 October 2024', '2024-10-03'],
    ['Sept. 4th, 2019', '2019-09-04'],
  ])('%s → %s', (input, expected) => {
    expect(parseDateString(input)).toBe(expected);
  });

  it.each(['2022-02-30', '2022-13-01', '1850-01-01', 'yesterday', '', '10/02/2022'])('rejects %j', (input) => {
    expect(parseDateString(input)).toBeNull();
  });
});

// Real headers and real opening paragraphs: The Moscow Times, the Guardian, the bundled
// sample's wire copy, and BBC and Sky stories whose first paragraphs mention other days.
describe('findOwnDate: where an article states its own date', () => {
  it('a line under the headline that is only the date', () => {
    const mt = "Britain's Top Diplomat 'Mocked' Over Russia Trip Gaffes\n\nFebruary 11, 2022\n\nBritish Foreign Secretary Liz Truss and Russia's Foreign Minister Sergei Lavrov held short talks in Moscow on Thursday over the Ukraine standoff.";
    expect(findOwnDate(mt)).toBe('2022-02-11');
  });

  it('a published line wins over an updated line above it', () => {
    const guardian = 'Truss will meet Lavrov in Moscow within next two weeks, says Russia\n\nLast modified on Mon 31 Jan 2022 17.51 GMT\n\nMon 31 Jan 2022 14.45 GMT\n\nThe UK foreign secretary, Liz Truss, is to travel to Russia in the next two weeks.';
    expect(findOwnDate(guardian)).toBe('2022-01-31');
    expect(findOwnDate('Headline\n\nUpdated 12 February 2022\n\nText.')).toBe('2022-02-12');
  });

  it('a byline line with a date', () => {
    expect(findOwnDate('Truss and Lavrov talks end in acrimony\n\nBy Andrew Roth in Moscow | Thu 10 Feb 2022 14.56 GMT\n\nThe talks ended.')).toBe('2022-02-10');
    expect(findOwnDate('Dockers walk out\n\nBy Sergey Ivanenko, 3 October 2024\n\nThe strike began.')).toBe('2024-10-03');
  });

  it('a dateline opening the story', () => {
    const wire = "Foreign minister pledges port aid on Kyiv visit\n\nKYIV, 8 October 2024 (Capital Wire) – Foreign Minister Elena Varga arrived in Kyiv on Tuesday for talks with President Volodymyr Zelenskiy, bringing an offer of engineers and equipment to help repair Ukraine's damaged Black Sea ports.";
    expect(findOwnDate(wire)).toBe('2024-10-08');
    expect(findOwnDate('Headline\n\nWASHINGTON, D.C., Feb. 10, 2022 — The Senate voted.')).toBe('2022-02-10');
  });

  it.each([
    // BBC business/004: a reporting period in the first paragraph.
    ['BA profits', 'Reporting its results for the three months to 31 December 2004, the airline made a pre-tax profit of £75m ($141m) compared with £125m a year earlier.'],
    // BBC entertainment/043: a death reported in the lead.
    ['Ossie Davis', 'Veteran star Ossie Davis, a well-known civil rights activist, died in Miami at the age of 87 on 4 February 2005.'],
    // BBC entertainment/244: an anniversary piece.
    ['Richey Edwards', 'Richey Edwards, guitarist and lyricist for The Manic Street Preachers, vanished 10 years ago, on 1 February 1995. His disappearance remains one of the most tragic mysteries in rock music.'],
    // BBC politics/279: a date inside a quotation of a speech.
    ['Irene Khan', 'In a lecture at the London School of Economics, Irene Khan said human rights had been flouted in the name of security since 11 September, 2001.'],
    // BBC tech/387: "By" starting a sentence, not a byline.
    ['domain names', 'By early 2005 the net could have two new domain names.'],
    // The bundled Radio Meridian piece: the event's day in the lead sentence.
    ['Alder floods', 'Hundreds of people have been moved from their homes in Lunebridge after the River Alder burst its banks on Saturday, 2 November 2024, following two days of heavy rain.'],
  ])('not a date the story mentions (%s)', (title, lead) => {
    expect(findOwnDate(`${title}\n\n${lead}\n\nMore of the story.`)).toBeNull();
  });

  it('not a photo caption in the story (Sky News, AP caption)', () => {
    const sky = "Russia-Ukraine crisis: Ministers get new powers to sanction Russia\n\nForeign Secretary Liz Truss is involved in testy exchanges with her Russian counterpart Sergei Lavrov as they meet in Moscow. He characterises the meeting as a \"conversation between a dumb and a deaf person\".\n\nThe Foreign Office has signed off tougher sanctions on Russia just hours ahead of a self-imposed deadline - and after Foreign Secretary Liz Truss held stormy talks with her counterpart in Moscow, in a week of talks that changed little.\n\nIn this handout photo released by Russian Foreign Ministry Press Service, British Foreign Secretary Liz Truss speaks during a joint news conference with Russian Foreign Minister Sergey Lavrov following their talks in Moscow, Russia, Thursday, Feb. 10, 2022.";
    expect(findOwnDate(sky)).toBeNull();
  });

  it('not a lone date line below the start of the story', () => {
    expect(findOwnDate(`Headline\n\n${'The talks went on into the night, and nobody would say what had been agreed. '.repeat(4)}\n\nFebruary 11, 2022`)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['http://www.foxnews.com/politics/2016/09/29/congress-rejects-obama-veto-911-bill-in-first-override-presidency.html', '2016-09-29'],
    ['https://www.nytimes.com/2018/10/30/us/politics/trump-birthright-citizenship.html', '2018-10-30'],
    ['https://www.itv.com/news/2022-02-10/talks-fail-as-icy-sergei-lavrov-accuses-deaf-liz-truss', '2022-02-10'],
    ['https://www.themoscowtimes.com/2022/02/11/britains-top-diplomat-mocked-over-russia-trip-gaffes-a-76337', '2022-02-11'],
  ])('%s → %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it('finds none in links without a day, or with one only in the query', () => {
    expect(dateFromUrl('https://www.huffpost.com/entry/michael-steeles-afghanist_n_633943')).toBeNull();
    expect(dateFromUrl('https://www.bbc.co.uk/news/uk-60330442')).toBeNull();
    expect(dateFromUrl('https://example.org/search?from=/2020/01/01/')).toBeNull();
    expect(dateFromUrl('https://example.org/2022/02/30/x')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});
