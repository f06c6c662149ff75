import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import type { RawCell } from '../../../src/core/ports/workbookPort';
import {
  entryIdentity,
  entryIdentityHash,
  entryOutputKeyHash,
  outputKey,
  outputKeyHash,
  unitOwnChannels,
  type KeyedEntry,
} from '../../../src/core/consolidate/outputKey';
import { tidyText } from '../../../src/core/text/fold';
import { createContext } from '../../../src/core/validation/validateWorkbook';
import { duplicateOutput } from '../../../src/core/validation/rules/duplicateOutput';
import { d, found, only, rawSheet, templateSheets, TODAY, validate } from './support';

/** 116 with III.1.a made "Mỗi đơn vị": its channel is then each unit's own, as hamlets' loudspeakers are in a 2026 commune plan. */
const perUnit: Plan = { ...GO_DAU_116, targets: GO_DAU_116.targets.map((t) => (t.id === 'III.1.a' ? { ...t, scope: 'per-unit' } : t)) };

const out = (iso: string, channel: string, title: string) => [d(iso), channel, 'Tin', title, null, null, null];

/**
 * Where a row's title cell holds its record's title (every row but a TCVN3/VNI one), the duplicate rule's identity
 * (entryIdentity) is outputKey's very string: the rule and the merge across files agree; `count` such rows are met.
 */
function expectIdentitiesAreKeys(outputs: readonly KeyedEntry[], ownChannels: ReadonlySet<string>, count: number): void {
  const same = outputs.filter((entry) => {
    const { channel, date, title } = entry.record;
    return channel !== null && date !== null && title !== '' && entry.text.title === title;
  });
  expect(same).toHaveLength(count);
  for (const entry of same) expect(entryIdentity(entry, ownChannels)).toBe(outputKey(entry.record, ownChannels));
}

describe('the same output entered twice', () => {
  it('happy path: same title on another day or channel is not a duplicate', () => {
    const report = validate(
      templateSheets({
        outputs: [
          out('2018-03-05', 'Báo Tây Ninh', 'Hội nghị CCHC'),
          out('2018-03-06', 'Báo Tây Ninh', 'Hội nghị CCHC'),
          out('2018-03-05', 'Trang TTĐT huyện', 'Hội nghị CCHC'),
        ],
      }),
    );
    expect(found(report, 'validation.duplicate')).toEqual([]);
  });

  it('given case, spacing, channel spelling and NFD differences, reports the later rows pointing at the first', () => {
    const report = validate(
      templateSheets({
        outputs: [
          out('2018-03-05', 'Báo Tây Ninh', 'Hội nghị CCHC năm 2018'),
          out('2018-03-05', 'Báo TN', '  HỘI NGHỊ   cchc năm 2018 '),
          out('2018-03-05', 'báo tây ninh', 'Hội nghị CCHC năm 2018'.normalize('NFD')),
        ],
      }),
    );
    expect(found(report, 'validation.duplicate')).toEqual([
      ['validation.duplicate.output', 'D5'],
      ['validation.duplicate.output', 'D6'],
    ]);
    expect(report.issues.find((i) => i.where.cell === 'D6')?.params).toMatchObject({ first: 'D4', firstRow: 4, date: '05/03/2018' });
  });

  it('given a duplicate on another sheet of a tracker, points at that sheet', () => {
    const header = ['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề', 'Đơn vị'];
    const report = validate([
      rawSheet('T3', [header, ['05/3/2018', 'Báo TN', 'Tin', 'Một tin', 'Thạnh Đức']]),
      rawSheet('T3 (2)', [header, ['05/03/2018', 'Báo Tây Ninh', 'tin', 'một tin', 'Thạnh Đức']]),
    ]);
    expect(only(report, 'validation.duplicate.output')).toMatchObject({ where: { sheet: 'T3 (2)', cell: 'D2' }, params: { first: "'T3'!D2" } });
  });

  it('given 20,000 distinct rows and one duplicate, finds just that one (a Map, not pairs)', () => {
    const outputs = Array.from({ length: 20000 }, (_, i) => out('2018-03-05', 'Báo Tây Ninh', `Tin số ${i}`));
    outputs.push(out('2018-03-05', 'Báo Tây Ninh', 'Tin số 7'));
    expect(found(validate(templateSheets({ outputs })), 'validation.duplicate')).toEqual([['validation.duplicate.output', 'D20004']]);
  });

  it("given a channel a per-unit target counts (each unit's own), two units' rows of one bulletin are both kept, one unit's row twice is not", () => {
    const header = ['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề', 'Đơn vị'];
    const row = (unit: string, channel = 'Báo Tây Ninh'): RawCell[] => ['05/03/2018', channel, 'Tin', 'Bản tin CCHC tháng 3', unit];
    const sheets = [
      rawSheet('Tin bài', [
        header,
        row('Thạnh Đức'),
        row('Cẩm Giang'),
        row('Thạnh Đức'),
        row('Thạnh Đức', 'Trang TTĐT huyện'),
        row('Cẩm Giang', 'Trang TTĐT huyện'),
      ]),
    ];
    expect(found(validate(sheets, {}, perUnit), 'validation.duplicate')).toEqual([
      ['validation.duplicate.output', 'D4'],
      ['validation.duplicate.output', 'D6'],
    ]);
    // Under 116 as written, Báo Tây Ninh is shared: the second unit's row is the same article.
    expect(found(validate(sheets), 'validation.duplicate')).toEqual([
      ['validation.duplicate.output', 'D3'],
      ['validation.duplicate.output', 'D4'],
      ['validation.duplicate.output', 'D6'],
    ]);
  });

  it("given the identities checkReading built once, finds what it finds computing its own, and they are consolidation's keys (issue 11)", () => {
    const header = ['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề', 'Đơn vị'];
    const sheets = [
      rawSheet('Tin bài', [
        header,
        ['05/03/2018', 'Báo Tây Ninh', 'Tin', 'Bản tin CCHC tháng 3', 'Thạnh Đức'],
        ['05/03/2018', 'Báo Tây Ninh', 'Tin', '  BẢN TIN cchc   tháng 3 ', 'Thạnh Đức'],
        ['05/03/2018', 'Báo Tây Ninh', 'Tin', 'Bản tin CCHC tháng 3', 'Cẩm Giang'],
        ['05/03/2018', 'Kênh lạ', 'Tin', 'Bản tin CCHC tháng 3', 'Cẩm Giang'],
        ['05/03/2018', 'kênh  lạ', 'Tin', 'Bản tin CCHC tháng 3', 'Cẩm Giang'],
        ['', 'Báo Tây Ninh', 'Tin', 'Bản tin CCHC tháng 3', 'Cẩm Giang'],
        ['05/03/2018', 'Báo Tây Ninh', 'Tin', '', 'Cẩm Giang'],
      ]),
    ];
    const report = validate(sheets, {}, perUnit);
    const entries = report.reading.entries;
    const context = createContext(perUnit, sheets, { today: TODAY });
    const workbook = { sheets, tables: report.tables, stamp: null };
    const own = duplicateOutput.run(workbook, entries, context).map((i) => [i.code, i.where.cell]);
    expect(own).toEqual(found(report, 'validation.duplicate'));
    expect(own).toEqual([
      ['validation.duplicate.output', 'D3'],
      ['validation.duplicate.output', 'D6'],
    ]);
    const ownChannels = unitOwnChannels(perUnit);
    // The three Báo Tây Ninh rows with a date and a title; the other four have no key (their hashes, null, below).
    expectIdentitiesAreKeys(report.reading.outputs, ownChannels, 3);
    // A title the record does not share with its cell's text is keyed from the record.
    const [first] = report.reading.outputs;
    if (first === undefined) throw new Error('no output read');
    const retitled = { ...first, record: { ...first.record, title: 'Tin khác' } };
    // The hash the merge keeps is the key's, whichever way it is reached.
    for (const entry of [...report.reading.outputs, retitled])
      expect(entryOutputKeyHash(entry, ownChannels)).toBe(outputKeyHash(outputKey(entry.record, ownChannels)));
    // The rule's own hash is its identity's, unknown channels ("?" and the folded text) and rows without a key included.
    for (const entry of [...report.reading.outputs, retitled])
      for (const channels of [ownChannels, new Set<string>()]) expect(entryIdentityHash(entry, channels)).toBe(outputKeyHash(entryIdentity(entry, channels)));
  });

  it('given two different titles whose identities share a hash, reports neither as a duplicate, and the true duplicate of each still', () => {
    // "Tin số 6304" and "Tin số 511308" on one day in Báo Tây Ninh (BTN): FNV-1a's 31 bits collide (found by trying the numbers in turn).
    const [a, b] = ['Tin số 6304', 'Tin số 511308'];
    const report = validate(
      templateSheets({
        outputs: [
          out('2018-03-05', 'Báo Tây Ninh', a),
          out('2018-03-05', 'Báo Tây Ninh', b),
          out('2018-03-05', 'Báo Tây Ninh', 'Tin số 1'),
          out('2018-03-05', 'Báo Tây Ninh', b.toUpperCase()),
          out('2018-03-05', 'Báo Tây Ninh', a),
        ],
      }),
    );
    const [first, second] = report.reading.outputs;
    if (first === undefined || second === undefined) throw new Error('rows not read');
    expect(entryIdentity(first)).not.toBe(entryIdentity(second));
    expect(entryIdentityHash(first)).toBe(entryIdentityHash(second));
    expect(found(report, 'validation.duplicate')).toEqual([
      ['validation.duplicate.output', 'D7'],
      ['validation.duplicate.output', 'D8'],
    ]);
    expect(report.issues.filter((i) => i.code === 'validation.duplicate.output').map((i) => i.params?.['first'])).toEqual(['D5', 'D4']);
  });

  it('given a tracker typed in TCVN3, keys each row by its decoded title as outputKey does (the cell text and the record differ)', () => {
    const sheets = [
      rawSheet('Tin bµi', [
        ['Ngµy', 'Kªnh', 'H×nh thøc', 'Tiªu ®Ò', '§¬n vÞ'],
        ['05/03/2018', 'B¸o T©y Ninh', 'Tin', 'Tuyªn truyÒn c¶i c¸ch hµnh chÝnh', 'Th¹nh §øc'],
        ['06/03/2018', 'B¸o T©y Ninh', 'Tin', 'TUYªN truyÒn  CCHC t¹i x·', 'CÈm Giang'],
        ['07/03/2018', 'Kªnh l¹', 'Tin', 'B¶n tin CCHC th¸ng 3', 'CÈm Giang'],
        ['08/03/2018', 'B¸o T©y Ninh', 'Tin', 'ABC 123', 'Th¹nh §øc'],
        ['', 'B¸o T©y Ninh', 'Tin', 'B¶n tin kh«ng ngµy', 'Th¹nh §øc'],
      ]),
    ];
    const report = validate(sheets, {}, perUnit);
    const ownChannels = unitOwnChannels(perUnit);
    const outputs = report.reading.outputs;
    expect(outputs.map((e) => e.record.title)).toEqual([
      'Tuyên truyền cải cách hành chính',
      'TUYêN truyền CCHC tại xã',
      'Bản tin CCHC tháng 3',
      'ABC 123',
      'Bản tin không ngày',
    ]);
    // The decoded titles are not the cells' texts (but the ASCII one): the key is built from the record.
    expect(outputs.filter((e) => e.text.title !== e.record.title)).toHaveLength(4);
    // Only the ASCII title's row has the record's title in its cell.
    expectIdentitiesAreKeys(outputs, ownChannels, 1);
    // Hashed part by part (the key is not built), on a unit's own channel too: the hash of the key outputKey builds.
    expect(outputs.some((e) => e.record.channel !== null && ownChannels.has(e.record.channel) && e.text.title !== e.record.title)).toBe(true);
    outputs.forEach((entry) => expect(entryOutputKeyHash(entry, ownChannels)).toBe(outputKeyHash(outputKey(entry.record, ownChannels))));
    // And with no channel of a unit's own (no unit after the title).
    outputs.forEach((entry) => expect(entryOutputKeyHash(entry)).toBe(outputKeyHash(outputKey(entry.record))));
    // No key across files without a channel the plan knows or a date.
    expect(outputs.map((e) => entryOutputKeyHash(e, ownChannels) !== null)).toEqual([true, true, false, true, false]);
  });

  it('given decoded titles holding any character of the Basic Multilingual Plane, Σ, İ or a surrogate pair, hashes them lower-cased as the key outputKey builds', () => {
    // The TCVN3/VNI path lower-cases unit by unit while hashing (no lower-cased title is made): it must agree with toLowerCase everywhere.
    const entries: KeyedEntry[] = [];
    const record = (title: string) => ({
      source: { sheet: 'S', row: 2 },
      date: '2018-03-05',
      channel: 'Báo Tây Ninh',
      form: 'Tin',
      title,
      link: '',
      unit: 'XTD',
      note: '',
    });
    for (let from = 0x21; from < 0x10000; from += 64) {
      const units = Array.from({ length: 64 }, (_, i) => from + i).filter((u) => u < 0xd800 || u > 0xdfff);
      const title = tidyText(String.fromCharCode(...units));
      if (title !== '') entries.push({ record: record(title), text: { title: `typed ${from}` } });
    }
    for (const title of ['ΣΑΣ ΟΔΟΣ', 'İstanbul Thạnh Đức', 'THẠNH ĐỨC 𐐀𐐁 ƠN', 'ĐỨC', 'Ǆ ǅ ǈ ẞ Ω K Å'])
      entries.push({ record: record(title), text: { title: 'typed' } });
    expect(entries.length).toBeGreaterThan(990);
    const ownChannels = unitOwnChannels(perUnit);
    for (const entry of entries) expect(entryOutputKeyHash(entry, ownChannels)).toBe(outputKeyHash(outputKey(entry.record, ownChannels)));
  });
});
