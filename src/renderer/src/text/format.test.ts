import { describe, expect, it } from 'vitest';
import { baseName, formatCount, formatDate, formatDocDate, formatMonth, visiblePath } from './format';

describe('format', () => {
  it('shows months and dates readably, and odd values as they are', () => {
    expect(formatMonth('2022-02')).toBe('Feb 2022');
    expect(formatMonth('unknown')).toBe('No date');
    expect(formatMonth('whenever')).toBe('whenever');
    expect(formatDate('2022-02-10')).toBe('10 Feb 2022');
    expect(formatDate(null)).toBe('No date');
  });

  it('says "No date" for an undated document and marks a date the user set', () => {
    expect(formatDocDate({ date: null, dateSource: 'none' })).toBe('No date');
    expect(formatDocDate({ date: '2022-02-10', dateSource: 'dateline' })).toBe('10 Feb 2022');
    expect(formatDocDate({ date: '2022-02-10', dateSource: 'user' })).toBe('10 Feb 2022 (set by you)');
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
