import { describe, expect, it } from 'vitest';
import { pickField, readFrontMatter } from './front-matter';

describe('readFrontMatter', () => {
  it('reads a web-clipper header: quoted strings, dates, lists', () => {
    const md = [
      '---',
      'title: "Glenn Beck Rips \\"Progressivism\\" at CPAC"',
      "site: 'Fox News'",
      'source: "http://www.foxnews.com/politics/2010/02/20/beck"',
      'published: 2010-02-20',
      'author:',
      '  - "[[Jane Doe]]"',
      '  - John Roe',
      'tags: [clippings, "us politics"]',
      'description: >',
      '  Folded over',
      '  two lines',
      '---',
      '',
      'Body text.',
    ].join('\n');
    const { fields, body } = readFrontMatter(md);
    expect(fields).toEqual({
      title: 'Glenn Beck Rips "Progressivism" at CPAC',
      site: 'Fox News',
      source: 'http://www.foxnews.com/politics/2010/02/20/beck',
      published: '2010-02-20',
      author: ['[[Jane Doe]]', 'John Roe'],
      tags: ['clippings', 'us politics'],
      description: 'Folded over two lines',
    });
    expect(body.trim()).toBe('Body text.');
  });

  it('keeps colons, hashes and apostrophes inside values', () => {
    const { fields } = readFrontMatter("---\ntitle: Reid: Mosque Should Be Built # elsewhere\nnote: 'It''s fine: #1'\nurl: https://x.org/a#b\n---\n");
    expect(fields).toEqual({ title: 'Reid: Mosque Should Be Built', note: "It's fine: #1", url: 'https://x.org/a#b' });
  });

  it('reads a quoted value that continues on the next line', () => {
    const { fields } = readFrontMatter('---\ntitle: "A long headline\n  that wraps"\ndate: 2022-02-10\n---\nx');
    expect(fields).toEqual({ title: 'A long headline that wraps', date: '2022-02-10' });
  });

  it('reads TOML front matter (Hugo) too', () => {
    const { fields, body } = readFrontMatter('+++\ntitle = "Port strike"\ndate = 2024-10-03\n+++\nText');
    expect(fields).toEqual({ title: 'Port strike', date: '2024-10-03' });
    expect(body).toBe('Text');
  });

  it('returns no fields, and the whole text, when there is no front matter', () => {
    const text = '# Heading\n\nA paragraph with: a colon.';
    expect(readFrontMatter(text)).toEqual({ fields: null, body: text });
  });

  it('survives an unclosed header by keeping its leading key lines only', () => {
    const { fields, body } = readFrontMatter('---\ntitle: Broken\ndate: 2020-01-01\n\nThe article starts here.\nSecond line.');
    expect(fields).toEqual({ title: 'Broken', date: '2020-01-01' });
    expect(body).toContain('The article starts here.');
  });

  it('treats a horizontal rule followed by prose as body, not metadata', () => {
    const text = '---\n\nJust prose after a rule.';
    expect(readFrontMatter(text)).toEqual({ fields: null, body: text });
  });

  it('ignores empty, null and unterminated values without throwing', () => {
    const { fields } = readFrontMatter('---\ntitle:\nauthor: ~\nsite: null\nquote: "never closed\n---\nx');
    expect(fields).toEqual({ quote: 'never closed' });
  });

  it('picks the first present key and joins lists', () => {
    const { fields } = readFrontMatter('---\nauthors: [A, B]\n---\n');
    expect(pickField(fields, ['author', 'authors'])).toBe('A, B');
    expect(pickField(fields, ['site'])).toBeNull();
    expect(pickField(null, ['site'])).toBeNull();
  });
});
