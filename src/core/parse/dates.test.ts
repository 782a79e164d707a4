import { describe, expect, it } from 'vitest';
import { dateFromMtime, findDateInText, parseDateString } from './dates';

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

describe('findDateInText', () => {
  it('takes the first date near the top, however it is written', () => {
    expect(findDateInText('Headline\n\nLONDON, 3 October 2024 – Talks began. On Feb. 10, 2022 they had failed.')).toBe('2024-10-03');
    expect(findDateInText('Headline\n\n(photo) Thursday, Feb. 10, 2022. More.')).toBe('2022-02-10');
  });

  it('ignores month-only dates and dates far down the article', () => {
    expect(findDateInText('Boris Johnson went to Moscow in December 2017.')).toBeNull();
    expect(findDateInText(`${'word '.repeat(600)}\n\nMarch 3, 2022`)).toBeNull();
  });
});

describe('dateFromMtime', () => {
  it('gives the UTC day, or null for missing and absurd times', () => {
    expect(dateFromMtime(Date.UTC(2024, 0, 15, 23, 59))).toBe('2024-01-15');
    expect(dateFromMtime(0)).toBeNull();
    expect(dateFromMtime(Number.NaN)).toBeNull();
    expect(dateFromMtime(1e300)).toBeNull();
  });
});
