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

describe('outletFromText', () => {
  it('reads a wire dateline and a closing copyright line', () => {
    expect(outletFromText('Headline\n\nARDEN, 3 October 2024 (Capital Wire) – Dockers walked out.')).toBe('Capital Wire');
    expect(outletFromText('Headline\n\nLONDON (Reuters) - Shares fell.')).toBe('Reuters');
    expect(outletFromText('KYIV (AP) — The minister arrived.')).toBe('AP News');
    expect(outletFromText('Headline\n\nBody.\n\n© 2024 Radio Meridian')).toBe('Radio Meridian');
  });

  it('recognises an outlet speaking of itself', () => {
    expect(outletFromText('Headline\n\nWhy you can trust Sky News\n\nBody, Reuters said.')).toBe('Sky News');
    expect(outletFromText('ITV News understands that talks continued. Lavrov told Reuters nothing.')).toBe('ITV News');
  });

  it('does not take an outlet that is only cited', () => {
    expect(outletFromText('According to Reuters, the deal is off.')).toBeNull();
    expect(outletFromText('"We will fight," he told the Daily Mail.')).toBeNull();
    expect(outletFromText('The Financial Times has reported that Fiat may sell.')).toBeNull();
    expect(outletFromText('A photo credit: © Getty Images')).toBeNull();
  });

  it('gives up on a tie between two outlets each mentioned once', () => {
    expect(outletFromText('Pictures from CNN and from Sky News were shown.')).toBeNull();
  });
});
