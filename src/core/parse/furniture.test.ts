import { describe, expect, it } from 'vitest';
import { isFurniture, removeFurniture } from './furniture';

describe('isFurniture', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Play video',
    'Please use Chrome browser for a more accessible video player',
    'Listen to our latest podcast - Shamima Begun: The Blame Game',
    'Why you can trust Sky News',
    'PIC:AP',
    'Photograph: Alexander Zemlianichenko/AP',
    'AP Photo/Evan Vucci',
    'Getty Images',
    'Image: Foreign Secretary Liz Truss was involved in testy exchanges in Moscow',
    'More on Liz Truss',
    'Related article: Russia Says Ultimatums, Threats on Ukraine Are Road to Nowhere',
    'Embed:',
    'diana magnay headshot',
    '@DiMagnaySky',
    '— max seddon (@maxseddon) February 10, 2022',
    'Copyright 2024 The Harbour Post. All rights reserved.',
    'Share this article',
    'Listen again to the full interview on the Morning Tide programme.',
    '2024-10-10',
    'February 11, 2022',
    'Published 3 October 2024, 10:02 BST',
    'Updated: Thu, Feb. 10, 2022 at 9:30 a.m.',
  ])('removes %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'The advertisement ran in Florida for two weeks.',
    'AP reports that the minister resigned on Tuesday.',
    'More on that later, the minister said.',
    'Reuters beat profit forecasts, posting a 52% rise.',
    'Copyright law was not the issue, the judge said.',
    "Russia: Facts 'bounce off' Liz Truss",
    'On February 11, 2022 the minister resigned.',
    'ARDEN, 3 October 2024 (Capital Wire) – Dockers walked out.',
  ])('keeps prose %j', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe('removeFurniture', () => {
  it('drops whole furniture paragraphs and keeps the rest in order', () => {
    expect(removeFurniture('Advertisement\n\nHeadline\n\nPlay video\n\nBody.')).toBe('Headline\n\nBody.');
  });
});
