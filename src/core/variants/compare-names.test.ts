import { describe, expect, it } from 'vitest';
import { compareNames } from './compare-names';

const yes = (a: string, b: string): void => expect(compareNames(a, b).match, `${a} = ${b}`).toBe(true);
const no = (a: string, b: string): void => expect(compareNames(a, b).match, `${a} ≠ ${b}`).toBe(false);

describe('compareNames', () => {
  it('matches spellings word by word', () => {
    yes('Sergei Lavrov', 'Sergey Lavrov');
    yes('Volodymyr Zelenskyy', 'Wolodymyr Selenskyj');
    yes('Muammar Gaddafi', 'Moammar Qaddafi');
  });
  it('reads "SURNAME, Given" and ignores particles and legal forms', () => {
    yes('LAVROV, Sergey', 'Sergei Lavrov');
    yes('Usama bin Ladin', 'Osama bin Laden');
    yes('Siemens Aktiengesellschaft', 'Siemens AG');
  });
  it('accepts initials and missing spaces', () => {
    yes('Hans J Friedrich', 'Hans Joachim Friedrich');
    no('Hans O Friedrich', 'Hans Joachim Friedrich');
    yes('SergeiLavrov', 'Sergei Lavrov');
  });
  it('accepts a typo only when another word matches', () => {
    yes('Olaf Scholze', 'Olaf Scholz');
    no('Olaf Scholze', 'Octavian Scholz');
    no('Angelo Mercaz', 'Angela Merkel');
  });
  it('keeps different people apart', () => {
    no('Olga Barynova', 'Oleg BARANOV');
    no('Sergey Ivanov', 'Sergey Viktorovich LAVROV');
    no('WALIJAN', 'WALIJAN ABDUL GHAFOOR HAQQANI');
    no('Bashar al-Assad', 'Hafez al-Assad');
  });
});
