import { describe, expect, it } from 'vitest';
import { inlineToText, looksLikeMarkdown, markdownToText } from './markdown-to-text';

describe('markdownToText', () => {
  it('keeps words and paragraphs, drops syntax', () => {
    const md = [
      '# Britain\'s Top Diplomat \'Mocked\' ##',
      '',
      'Truss [replied](#) that **the U.K.** will _never_ recognise',
      'Russian sovereignty, see <https://example.org/a>.',
      '',
      '![Truss in Moscow](https://img.example/1.jpg)',
      '',
      '> A quoted',
      '> paragraph.',
      '',
      '- first item',
      '- second item',
      '',
      '---',
      '',
      'Setext heading',
      '==============',
      '',
      '[ref]: https://example.org',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        "Britain's Top Diplomat 'Mocked'",
        'Truss replied that the U.K. will never recognise Russian sovereignty, see https://example.org/a.',
        'A quoted paragraph.',
        'first item',
        'second item',
        'Setext heading',
      ].join('\n\n'),
    );
  });

  it('keeps code as text and escaped characters as themselves', () => {
    expect(markdownToText('Use `a*b*c` and 2\\*3\\*4.\n\n```\nconst x = 1;\n```')).toBe('Use a*b*c and 2*3*4.\n\nconst x = 1;');
  });

  it('flattens tables to their cells', () => {
    expect(markdownToText('| Outlet | Words |\n|---|---:|\n| Sky | 917 |')).toBe('Outlet Words\n\nSky 917');
  });

  it('does not mistake snake_case, #hashtags or lone asterisks for syntax', () => {
    expect(markdownToText('#Ukraine file_name_here costs 5 * 3 * 2')).toBe('#Ukraine file_name_here costs 5 * 3 * 2');
  });
});

describe('inlineToText', () => {
  it('unwraps wiki links, reference links, footnotes, entities and linked images', () => {
    expect(inlineToText('[[Jane Doe]] and [[Page|John]] [text][1][^2] &amp; &#8217; [![logo](a.png)](b)')).toBe('Jane Doe and John text & ’');
  });
});

describe('looksLikeMarkdown', () => {
  it('spots Markdown exported as .txt but not plain prose', () => {
    expect(looksLikeMarkdown('\n\n# Headline\n\nText')).toBe(true);
    expect(looksLikeMarkdown('See [a](x) and [b](y).')).toBe(true);
    expect(looksLikeMarkdown('Plain text with a #hashtag and (brackets) [note].')).toBe(false);
  });
});
