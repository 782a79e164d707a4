import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../node/eval/name-variants-seeds';
import { loadEnglish } from '../../node/index/english-dictionary';
import { buildVariantModel } from './model';
import type { CorpusDoc } from './lexicon';
import type { SpellingInfo, VariantModel } from './types';

/**
 * Each evidence rule and guard on real-looking sentences: a join needs the folder to show it, the
 * reason names what it showed, and English look-alikes stay apart.
 */
const english = loadEnglish();
const build = (docs: CorpusDoc[]): VariantModel => buildVariantModel(docs, undefined, { english });
const doc = (id: string, outlet: string, text: string): CorpusDoc => ({ id, outlet, text });
const groupOf = (m: VariantModel, word: string): string[] => {
  const id = m.groupOfSpelling.get(word.toLowerCase());
  return id ? m.groups.find((g) => g.id === id)!.spellings.map((s) => s.text).sort() : [];
};
const spelling = (m: VariantModel, text: string): SpellingInfo | undefined => m.groups.flatMap((g) => g.spellings).find((s) => s.text === text);
// Filler articles so that a name is not in every document of a small test folder.
const filler = (n: number): CorpusDoc[] =>
  Array.from({ length: n }, (_, i) => doc(`f${i}`, 'Daily Ledger', `The council in Northgate met on Tuesday number ${i}. Councillor Amos Whitcombe asked about parking fees.`));

describe('evidence before a join', () => {
  it('full name: Sergei / Sergey / Sergay all stand before Lavrov in the seeds', () => {
    const m = build(loadSeeds());
    expect(groupOf(m, 'Sergei')).toEqual(['Sergay', 'Sergei', 'Sergey']);
    expect(spelling(m, 'Sergay')).toMatchObject({ confidence: 'high' });
    expect(spelling(m, 'Sergay')!.evidence).toContainEqual({ kind: 'full-name', detail: 'Lavrov' });
    // Nothing else in the seeds joins: Vladimir Putin and Volodymyr Zelenskiy are two men.
    expect(m.groups).toHaveLength(1);
  });

  it('outlets and company: each outlet keeps to its spelling of a Ukrainian city, named with the same people', () => {
    const m = build([
      doc('a1', 'Baltic Wire', 'Russian missiles hit Kharkiv overnight, Governor Oleh Syniehubov said. Power in Kharkiv was cut.'),
      doc('a2', 'Baltic Wire', 'Repair crews in Kharkiv restored heating, Syniehubov said on Telegram.'),
      doc('b1', 'Eastbrook Herald', 'Russian missiles struck Kharkov overnight, Governor Oleh Syniehubov said. Kharkov lost power.'),
      doc('b2', 'Eastbrook Herald', 'In Kharkov, Syniehubov said heating would return by Friday, according to Telegram posts.'),
      ...filler(6),
    ]);
    expect(groupOf(m, 'Kharkiv')).toEqual(['Kharkiv', 'Kharkov']);
    const kharkov = spelling(m, 'Kharkov')!;
    expect(kharkov.confidence).toBe('high');
    expect(kharkov.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['romanisation', 'outlets']));
    expect(kharkov.evidence.find((e) => e.kind === 'outlets')!.detail).toBe('Baltic Wire writes Kharkiv; Eastbrook Herald writes Kharkov');
  });

  it('a name that only ever opens a sentence is still a name, and joins its other spellings', () => {
    const m = build([
      doc('a', 'Baltic Wire', 'Zelenskiy said the grid had held. Zelenskiy thanked Poland and Lithuania for generators.'),
      doc('b', 'Baltic Wire', 'Zelenskiy met Prime Minister Donald Tusk in Warsaw.'),
      doc('c', 'Meridian Post', 'President Volodymyr Zelensky said the grid had held, thanking Poland and Lithuania.'),
      doc('d', 'Meridian Post', 'In Warsaw, Zelensky met Donald Tusk to discuss generators.'),
      ...filler(6),
    ]);
    expect(groupOf(m, 'Zelensky')).toEqual(['Zelenskiy', 'Zelensky']);
    expect(spelling(m, 'Zelenskiy')!.confidence).toBe('high');
  });

  it('a rare slip with two letters swapped, in an article that also spells the name right, is possible', () => {
    const m = build([
      doc('a', 'Eastbrook Herald', 'Kremlin spokesman Dmitry Peskov said talks were possible. Later, Mr Peksov declined to comment on the drones.'),
      doc('b', 'Eastbrook Herald', 'Dmitry Peskov told reporters the Kremlin would wait.'),
      doc('c', 'Eastbrook Herald', 'Peskov repeated that Moscow wanted guarantees.'),
      ...filler(20),
    ]);
    expect(groupOf(m, 'Peskov')).toEqual(['Peksov', 'Peskov']);
    expect(spelling(m, 'Peksov')).toMatchObject({ confidence: 'possible', evidence: [{ kind: 'rare-typo' }] });
  });

  it('accents only: José and Jose are listed as two spellings of one group, sure', () => {
    const m = build([
      doc('a', 'Alpine Review', 'The coach José Ibáñez praised the players.'),
      doc('b', 'Northgate Courier', 'Coach Jose Ibanez said the players had earned it.'),
    ]);
    expect(groupOf(m, 'Jose')).toEqual(['Jose', 'José']);
    expect(spelling(m, 'José')!.confidence).toBe('high');
    expect(m.groups.find((g) => g.label === 'José' || g.label === 'Jose')!.spellings.some((s) => s.evidence.some((e) => e.kind === 'accents'))).toBe(true);
  });

  it('a second pass: once Qassem and Qasim are one name, Mohammed Qassem and Muhammad Qasim share a full name', () => {
    const m = build([
      doc('a', 'Meridian Post', 'Libyan envoy Mohammed Qassem arrived in Tunis. Mohammed Qassem met Arab League officials.'),
      doc('b', 'Baltic Wire', 'Envoy Muhammad Qasim arrived in Tunis to meet Arab League officials. Muhammad Qasim spoke briefly.'),
      doc('c', 'Meridian Post', 'Qassem said the talks in Tunis with the Arab League would resume.'),
      doc('d', 'Baltic Wire', 'Qasim said the Arab League talks in Tunis would resume.'),
      ...filler(6),
    ]);
    expect(groupOf(m, 'Qassem')).toEqual(['Qasim', 'Qassem']);
    expect(groupOf(m, 'Mohammed')).toEqual(['Mohammed', 'Muhammad']);
    expect(spelling(m, 'Muhammad')!.evidence.map((e) => e.kind)).toContain('full-name');
  });
});

describe('guards: what stays apart', () => {
  it('English names one letter apart, with different full names, stay apart (Davis / Davies, Kate / Cate)', () => {
    const m = build([
      doc('a', 'Northgate Courier', 'Opposition leader Tom Davis asked the minister. Tom Davis wants a vote. Kate Lowry agreed.'),
      doc('b', 'Northgate Courier', 'Minister Ann Davies replied to Davis. Cate Blanchett was in the audience with Kate Lowry.'),
    ]);
    expect(groupOf(m, 'Davis')).toEqual([]);
    expect(groupOf(m, 'Kate')).toEqual([]);
  });

  it('a brewery is not a president: Busch and Bush, both names English uses, need a full name to join', () => {
    const m = build([
      doc('a', 'Pennine Ledger', 'The brewer Anheuser-Busch raised prices; Busch beer sales fell.'),
      doc('b', 'Pennine Ledger', 'President George Bush spoke in Texas. Bush said taxes would fall.'),
    ]);
    expect(groupOf(m, 'Bush')).toEqual([]);
  });

  it('a word the folder writes in lower case is a common word: Princes is no spelling of Princess', () => {
    const m = build([
      doc('a', 'Court News', 'Princess Anne opened the hospital. The Princess spoke to nurses.'),
      doc('b', 'Court News', 'Both princes attended. The young princes waved, and Princes William and Harry left.'),
    ]);
    expect(m.base.words.princes).toBeUndefined();
    expect(groupOf(m, 'Princess')).toEqual([]);
  });

  it('a rare spelling with a full name of its own is another person (Ayaan Hirsi Ali is no slip of Asian)', () => {
    const m = build([
      ...Array.from({ length: 6 }, (_, i) => doc(`a${i}`, 'Desk', `Asian markets rose on day ${i}. Asian shares led the gains.`)),
      doc('b', 'Desk', 'Asian markets rose as the author Ayaan Hirsi Ali spoke in Amsterdam.'),
      ...filler(60),
    ]);
    expect(groupOf(m, 'Asian')).toEqual([]);
  });

  it('two well-used given names that never share a full name stay apart (Elena Dementieva, Jelena Jankovic)', () => {
    const m = build([
      doc('a', 'Sport Desk', 'Elena Dementieva beat Jelena Jankovic in Moscow. Dementieva said Elena was her grandmother too.'),
      doc('b', 'Sport Desk', 'Jelena Jankovic and Elena Dementieva meet again; Jelena leads, Elena trails.'),
      doc('c', 'Sport Desk', 'Jelena Dokic returned. Elena Likhovtseva lost.'),
    ]);
    expect(groupOf(m, 'Elena')).toEqual([]);
  });

  it('Ivanov and Ivanova are two people; a word and its plural are grammar', () => {
    const m = build([doc('a', 'Desk', 'Minister Sergei Ivanov met Anna Ivanova, and Sergei Ivanov left. The Knights met a Knight.'), doc('b', 'Desk', 'Anna Ivanova said no.')]);
    expect(groupOf(m, 'Ivanov')).toEqual([]);
    expect(groupOf(m, 'Knight')).toEqual([]);
  });
});
