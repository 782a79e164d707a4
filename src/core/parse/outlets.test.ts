import { describe, expect, it } from 'vitest';
import { outletFromText } from './outlet-from-text';
import { hostOf, normaliseOutletName, outletFromUrl } from './outlet-from-url';

describe('outletFromUrl', () => {
  it.each([
    ['https://www.nytimes.com/2010/05/18/nyregion/18blumenthal.html', 'The New York Times'],
    ['https://thecaucus.blogs.nytimes.com/2010/02/20/beck/', 'The New York Times'],
    ['http://latino.foxnews.com/latino/politics/x', 'Fox News'],
    ['https://www.huffingtonpost.com/2010/02/20/x.html', 'HuffPost'],
    ['https://www.huffpost.com/entry/x', 'HuffPost'],
    ['https://www.themoscowtimes.com/2022/02/11/x-a76337', 'The Moscow Times'],
    ['https://www.bbc.co.uk/news/uk-60330442', 'BBC News'],
    ['https://www.theguardian.com/politics/2022/jan/28/x', 'The Guardian'],
    ['https://www.itv.com/news/2022-02-10/x', 'ITV News'],
    ['https://news.sky.com/story/x', 'Sky News'],
    ['https://www.reuters.com/world/x', 'Reuters'],
    ['https://apnews.com/article/x', 'AP News'],
    ['https://blog.example.org:8080/post?id=1', 'blog.example.org'],
    ['https://www.example.org/', 'example.org'],
  ])('%s → %s', (url, outlet) => {
    expect(outletFromUrl(url)).toBe(outlet);
  });

  it('returns null for anything that is not a web address', () => {
    expect(outletFromUrl('#')).toBeNull();
    expect(outletFromUrl('mailto:a@b.org')).toBeNull();
    expect(outletFromUrl('file:///etc/passwd')).toBeNull();
    expect(outletFromUrl(null)).toBeNull();
    expect(hostOf('https://localhost/')).toBeNull();
  });

  it('reads an outlet given as a domain in metadata', () => {
    expect(normaliseOutletName('nytimes.com')).toBe('The New York Times');
    expect(normaliseOutletName('www.example.org')).toBe('example.org');
    expect(normaliseOutletName('  The Harbour   Post ')).toBe('The Harbour Post');
  });
});

describe('outletFromText: only where the article names itself as its source', () => {
  it('reads a wire dateline and a closing copyright line', () => {
    expect(outletFromText('Headline\n\nARDEN, 3 October 2024 (Capital Wire) – Dockers walked out.')).toBe('Capital Wire');
    expect(outletFromText('Headline\n\nLONDON (Reuters) - Shares fell.')).toBe('Reuters');
    expect(outletFromText('KYIV (AP) — The minister arrived.')).toBe('AP News');
    expect(outletFromText('Headline\n\nBody.\n\n© 2024 Radio Meridian')).toBe('Radio Meridian');
  });

  it('reads a signature block standing on its own line (Sky News, ITV News)', () => {
    expect(outletFromText("Russia-Ukraine crisis\n\nRussia: Facts 'bounce off' Liz Truss\n\nWhy you can trust Sky News\n\nThe Foreign Office has signed off tougher sanctions, Reuters said.")).toBe('Sky News');
    expect(outletFromText("Talks fail\n\nIt didn't go well.\n\n'Can you stop Vladimir Putin invading Ukraine?' Liz Truss refuses to answer questions from ITV News\n\nThe talks ended.")).toBe('ITV News');
    expect(outletFromText('Headline\n\nBody.\n\nDownload the Sky News app')).toBe('Sky News');
  });

  // Each of these labelled a BBC article with the outlet it reports on.
  it.each([
    ['Weak dollar hits Reuters', 'Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of the dollar, the group said.'],
    ['Mutant book wins Guardian prize', 'A book about the evolution of mutants and the science of abnormality has won the Guardian First Book Award 2004.'],
    ["Galloway targets 'New Labour' MP", 'The Telegraph was sued for libel by Mr Galloway after the newspaper claimed he received money from Saddam Hussein\'s regime in Iraq.'],
    ['Algeria hit by further gas riots', 'Riots also flared up in the Maghnia region close to the border with Morocco in the west, AFP said.'],
    ['Sky wins Oscars rights', 'The BBC denied it had lost a bidding war, saying it had "decided to pass the mantle" to Sky.'],
    ['Talks fail', 'ITV News understands that bilateral relations were discussed in the lunch.'],
  ])('not an outlet the story mentions: %s', (title, sentence) => {
    expect(outletFromText(`${title}\n\n${sentence}\n\nMore of the story.`)).toBeNull();
  });

  it('not a headline, a photo credit or a cited source', () => {
    expect(outletFromText('Tory donor speaks to the BBC\n\nText.')).toBeNull();
    // Generated text: two sentences run together, the second a BBC headline naming the BBC.
    expect(outletFromText('Headline\n\nHe scores goals in the league, in cup competitions and also in the Champions League. Mandelson warning to BBC\n\nText.')).toBeNull();
    expect(outletFromText('Headline\n\nText.\n\nPhotograph taken by a freelance for Reuters')).toBeNull();
    expect(outletFromText('According to Reuters, the deal is off.')).toBeNull();
    expect(outletFromText('A photo credit: © Getty Images')).toBeNull();
  });
});
