import { describe, expect, it } from 'vitest';
import { baseName, formatCount, formatDate, formatMonth, visiblePath } from './format';

describe('format', () => {
  it('shows months and dates readably, and odd values as they are', () => {
    expect(formatMonth('2022-02')).toBe('Feb 2022');
    expect(formatMonth('unknown')).toBe('No date');
    expect(formatMonth('whenever')).toBe('whenever');
    expect(formatDate('2022-02-10')).toBe('10 Feb 2022');
    expect(formatDate(null)).toBe('No date');
  });

  it('counts and names', () => {
    expect(formatCount(1, 'document')).toBe('1 document');
    expect(formatCount(2225, 'document')).toBe('2,225 documents');
    expect(baseName('/work/shared/corpus/seeds/')).toBe('seeds');
    expect(baseName('C:\\news\\2022')).toBe('2022');
  });
});

describe('visiblePath', () => {
  it('shows control and bidi characters as codes', () => {
    expect(visiblePath('a\nb\u202etxt.exe')).toBe('a\\u{000a}b\\u{202e}txt.exe');
    expect(visiblePath('Москва/東京 #?%.txt')).toBe('Москва/東京 #?%.txt');
  });
});
