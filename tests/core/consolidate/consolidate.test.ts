import fc from 'fast-check';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { recogniseUnit } from '../../../src/core/consolidate/recogniseUnit';
import type { UnitFileInput } from '../../../src/core/consolidate/types';
import { date, empty, text } from '../../../src/core/layout/cells';
import type { CellValue } from '../../../src/core/layout/types';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

const plan = GO_DAU_116;
const year = periodFor('year', 2018, undefined, 'nd09-cutoff');
const options = { period: year, today: '2018-12-20' };
const unit = (code: string) => plan.units.find((u) => u.code === code) ?? plan.units[0]!;

const output = (iso: string, channel: string, title: string, form = 'Tin'): CellValue[] => [
  date(iso),
  text(channel),
  text(form),
  text(title),
  empty,
  empty,
  empty,
];

function workbookOf(code: string, outputs: CellValue[][], revisionPlan = plan): RawSheet[] {
  return layoutToRawSheets(
    buildTemplate({ plan: revisionPlan, kind: 'unit', unit: unit(code), createdOn: '2018-07-01', existing: { outputs, standing: [], spending: [] } }),
  );
}

const file = (name: string, sheets: RawSheet[] | null, lastModified = 1): UnitFileInput => ({ file: name, lastModified, sheets });

describe('consolidate', () => {
  const thanhDuc = workbookOf('XTD', [
    output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC'),
    output('2018-03-06', 'Trang thông tin điện tử huyện', 'Niêm yết TTHC'),
    output('2018-03-06', 'Trang thông tin điện tử huyện', '  niêm yết   tthc '),
    [text('không phải ngày'), text('Báo Tây Ninh'), text('Tin'), text('Ngày sai'), empty, empty, empty],
    output('2018-04-01', 'Báo Nhân Dân', 'Kênh lạ'),
  ]);
  const camGiang = workbookOf('XCG', [
    output('2018-03-05', 'Báo Tây Ninh', 'HỘI NGHỊ TRIỂN KHAI CCHC'),
    output('2018-05-01', 'Đài Phát thanh và Truyền hình tỉnh', 'Phóng sự', 'Phóng sự'),
  ]);
  const camGiangOld = workbookOf('XCG', [output('2018-02-01', 'Báo Tây Ninh', 'Bản cũ')]);
  const otherPlan = workbookOf('XBD', [], { ...plan, identity: { ...plan.identity, id: 'KH-KHAC-2019' } });
  const tracker: RawSheet = {
    name: 'Sheet1',
    origin: { row: 1, column: 1 },
    values: [
      ['UBND XÃ HIỆP THẠNH', null, null],
      ['Ngày đăng', 'Tên tin bài', 'Nơi đăng'],
      ['12/3/2018', 'Tin từ sổ riêng', 'TTĐT'],
      ['Tổng cộng', null, null],
    ],
  };

  const result = consolidate(
    plan,
    [
      file('thanh-duc.xlsx', thanhDuc),
      file('cam-giang-moi.xlsx', camGiang, 2000),
      file('cam-giang-cu.xlsx', camGiangOld, 1000),
      file('bau-don.xlsx', otherPlan),
      file('so-rieng.xlsx', [tracker]),
      file('hong.xlsx', null),
      { file: 'rong.xlsx', lastModified: 1, sheets: null, unreadable: { reason: 'empty' } },
      { file: 'bang.csv', lastModified: 1, sheets: null, unreadable: { reason: 'notXlsx', detail: 'text' } },
    ],
    options,
  );

  it('lists every file with its unit, status and reason', () => {
    expect(result.files.map((f) => [f.file, f.unit, f.status, f.reason ?? ''])).toEqual([
      ['thanh-duc.xlsx', 'XTD', 'ok', ''],
      ['cam-giang-moi.xlsx', 'XCG', 'ok', ''],
      ['cam-giang-cu.xlsx', 'XCG', 'rejected', 'superseded'],
      ['bau-don.xlsx', null, 'rejected', 'otherPlan'],
      ['so-rieng.xlsx', 'XHT', 'ok', ''],
      ['hong.xlsx', null, 'rejected', 'corrupt'],
      ['rong.xlsx', null, 'rejected', 'empty'],
      ['bang.csv', null, 'rejected', 'notXlsx'],
    ]);
    expect(result.files[0]?.errors).toBeGreaterThan(0);
  });

  it('counts one output once, whichever unit sent it, and lists the copies', () => {
    expect(result.duplicates.map((d) => [d.record.source.file, d.record.source.row, d.first.file, d.first.row])).toEqual([
      ['thanh-duc.xlsx', 6, 'thanh-duc.xlsx', 5],
      ['cam-giang-moi.xlsx', 4, 'thanh-duc.xlsx', 4],
    ]);
  });

  it('quarantines rows it cannot count, with the reason and what was typed', () => {
    expect(result.quarantined.map((q) => [q.source.file, q.source.row, q.reason, q.value])).toEqual([
      ['thanh-duc.xlsx', 7, 'badDate', 'không phải ngày'],
      ['thanh-duc.xlsx', 8, 'unknownChannel', 'Báo Nhân Dân'],
    ]);
  });

  it('says who reported and who did not; Phòng Nội vụ, which consolidates, owes no file to itself (issue 13)', () => {
    const status = Object.fromEntries(result.reporting.map((r) => [r.unit, r.status]));
    expect(status).toMatchObject({ XTD: 'reported', XCG: 'reported', XHT: 'reported', XBD: 'missing' });
    expect(status['PNV']).toBeUndefined();
  });

  it('totals the district against every target', () => {
    expect(result.targets.map((t) => [t.target.id, t.achieved])).toEqual([
      ['III.1.a', 1],
      ['III.1.b', 1],
      ['III.1.c', 0],
      ['III.1.d', 0],
      ['III.1.e', 2],
    ]);
    expect(result.perUnit.get('XCG')?.map((t) => t.achieved)).toEqual([0, 1, 0, 0, 0]);
  });

  it('conserves rows: data rows = consolidated + duplicates + quarantined', () => {
    const c = result.conservation;
    expect(c.dataRows).toBe(c.consolidated + c.duplicates + c.quarantined);
    expect(c.rowsRead).toBe(c.dataRows + c.blank + c.titles + c.totals);
    expect(c.totals).toBe(1);
  });

  it('lets the officer keep the older file of a unit that sent two', () => {
    const picked = consolidate(plan, [file('a.xlsx', camGiang, 2000), file('b.xlsx', camGiangOld, 1000)], {
      ...options,
      preferred: new Map([['XCG', 'b.xlsx']]),
    });
    expect(picked.files.map((f) => f.status)).toEqual(['rejected', 'ok']);
    expect(picked.outputs.map((o) => o.title)).toEqual(['Bản cũ']);
  });

  it("given a commune's file copied from a neighbour's workbook (same stamp, sent under its own name), flags it and keeps the neighbour's real file", () => {
    const copy = workbookOf('XTD', [output('2018-06-01', 'Báo Tây Ninh', 'Tin của Cẩm Giang gõ vào sổ chép')]);
    const both = consolidate(plan, [file('thanh-duc.xlsx', thanhDuc, 1000), file('cam-giang.xlsx', copy, 5000)], options);
    const byFile = Object.fromEntries(both.files.map((f) => [f.file, [f.unit, f.status, f.reason ?? null, f.detail ?? null]]));
    // The newer file does not silently replace Thạnh Đức's own: it is shown beside it, as Cẩm Giang's unusable file.
    expect(byFile['thanh-duc.xlsx']).toEqual(['XTD', 'ok', null, null]);
    expect(byFile['cam-giang.xlsx']).toEqual(['XCG', 'rejected', 'sameStamp', 'thanh-duc.xlsx']);
    expect(both.files.find((f) => f.file === 'cam-giang.xlsx')?.issues.map((i) => i.code)).toContain('consolidate.stampUnitMismatch');
    expect(Object.fromEntries(both.reporting.map((r) => [r.unit, r.status]))).toMatchObject({ XTD: 'reported', XCG: 'rejected' });
  });

  it("given the add-in's own outputs picked up with the units' files (a consolidation, a report), refuses them as no unit's tracker", () => {
    const th: RawSheet = {
      name: 'TH Tin bài',
      origin: { row: 1, column: 1 },
      values: [
        ['Ngày', 'Kênh', 'Tiêu đề'],
        ['05/03/2018', 'Báo Tây Ninh', 'Tin đã tổng hợp'],
      ],
    };
    const report: RawSheet = { name: 'BC 6T-2018 XTD', origin: { row: 1, column: 1 }, values: [['UBND XÃ THẠNH ĐỨC'], ['BÁO CÁO']] };
    const picked = consolidate(plan, [file('thanh-duc.xlsx', thanhDuc), file('tong-hop.xlsx', [th]), file('bao-cao-thanh-duc.xlsx', [report])], options);
    expect(picked.files.map((f) => [f.file, f.status, f.reason ?? null])).toEqual([
      ['thanh-duc.xlsx', 'ok', null],
      ['tong-hop.xlsx', 'rejected', 'notTracker'],
      ['bao-cao-thanh-duc.xlsx', 'rejected', 'notTracker'],
    ]);
  });

  it('given a stamped file whose name names another unit, counts it for the stamp and says so', () => {
    const alone = consolidate(plan, [file('cam-giang.xlsx', thanhDuc)], options);
    expect(alone.files[0]?.unit).toBe('XTD');
    expect(alone.files[0]?.issues[0]).toMatchObject({
      code: 'consolidate.stampUnitMismatch',
      severity: 'warning',
      params: { stampUnit: 'Xã Thạnh Đức', nameUnit: 'Xã Cẩm Giang' },
    });
    // The file's tally counts the added warning with the rest, by validation's own issueCounts.
    const issues = alone.files[0]?.issues ?? [];
    expect(alone.files[0]?.warnings).toBe(issues.filter((i) => i.severity === 'warning').length);
    expect(alone.files[0]?.errors).toBe(issues.filter((i) => i.severity === 'error').length);
  });
});

describe('recogniseUnit', () => {
  it.each([
    ['ThanhDuc_2018.xlsx', 'XTD'],
    ['xa-cam-giang.xlsx', 'XCG'],
    ['BÁO CÁO PHƯỚC ĐÔNG.xlsx', 'XPD'],
    ['so-theo-doi.xlsx', null],
    // The plan's codes, as offices sort mail into them (tester, issue 15: an unreadable file was credited to no one).
    ['u/XTD/cu.xls', 'XTD'],
    ['xls/in/DTT/DTT_CCHC_2018.xls', 'DTT'],
    ['XCG_bao-cao.xlsx', 'XCG'],
    ['XCG_XTD.xlsx', null],
    ['don-vi/so.xlsx', null],
  ])('given the file %s, finds %s', (name, code) => {
    expect(recogniseUnit(plan, name, [])).toBe(code);
  });
});

describe('conservation, over generated workbooks', () => {
  const row = fc.oneof(
    fc
      .record({
        day: fc.integer({ min: 1, max: 28 }),
        channel: fc.constantFrom('Báo Tây Ninh', 'TTĐT', 'Kênh lạ', ''),
        title: fc.constantFrom('A', 'B', 'a ', '', '=1+1'),
      })
      .map((r): CellValue[] => [date(`2018-03-${String(r.day).padStart(2, '0')}`), text(r.channel), text('Tin'), text(r.title), empty, empty, empty]),
    fc.constant<CellValue[]>([text('31/02/2018'), text('Báo Tây Ninh'), text('Tin'), text('x'), empty, empty, empty]),
    fc.constant<CellValue[]>([empty, empty, empty, empty, empty, empty, empty]),
  );
  it('holds for any mix of units, rows, duplicates and bad rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ unit: fc.constantFrom('XTD', 'XCG', 'XHT', 'PNV'), rows: fc.array(row, { maxLength: 12 }), at: fc.nat(5) }), { maxLength: 5 }),
        (files) => {
          const result = consolidate(
            plan,
            files.map((f, i) => file(`f${i}.xlsx`, workbookOf(f.unit, f.rows), f.at)),
            options,
          );
          const c = result.conservation;
          expect(c.dataRows + c.extraChannels).toBe(c.consolidated + c.duplicates + c.quarantined);
          expect(c.rowsRead).toBe(c.dataRows + c.blank + c.titles + c.totals);
        },
      ),
      // 1,000 runs of up to 5 workbooks each: about 2,500 generated workbooks.
      { numRuns: 1000 },
    );
  });
});

describe('consolidate, a tracker typed in TCVN3', () => {
  /** Thạnh Đức's "Tin bài" sheet typed in TCVN3: its header and a first Báo Tây Ninh row, then these rows (date serial, channel, title, unit). */
  const tcvn3Tracker = (rows: (string | number)[][]): RawSheet => ({
    name: 'Tin bµi',
    origin: { row: 1, column: 1 },
    values: [['Ngµy', 'Kªnh', 'Tiªu ®Ò', '§¬n vÞ'], [43165, 'B¸o T©y Ninh', 'Tuyªn truyÒn c¶i c¸ch hµnh chÝnh t¹i x·', 'Th¹nh §øc'], ...rows],
  });

  it('quarantines a row whose channel is not in the plan with the channel as decoded, as review shows it', () => {
    const sheet = tcvn3Tracker([
      [43166, 'Facebook x·', 'Th«ng tin vÒ thñ tôc hµnh chÝnh míi', 'Th¹nh §øc'],
      [43167, 'Trang th«ng tin ®iÖn tö huyÖn', 'Th«ng b¸o lÞch tiÕp d©n', 'Th¹nh §øc'],
    ]);
    const result = consolidate(plan, [file('thanh-duc.xlsx', [sheet])], options);
    expect(result.quarantined.map((q) => [q.source.row, q.reason, q.value])).toEqual([[3, 'unknownChannel', 'Facebook xã']]);
    expect(result.outputs.map((r) => r.title)).toEqual(['Tuyên truyền cải cách hành chính tại xã', 'Thông báo lịch tiếp dân']);
  });

  it('keeps a title pasted in Unicode as typed and finds it as the duplicate of the same article in a Unicode file', () => {
    const pasted = 'Đánh giá sự hài lòng của người dân với dịch vụ hành chính công';
    const tcvn3 = tcvn3Tracker([
      [43166, 'B¸o T©y Ninh', 'Th«ng tin vÒ thñ tôc hµnh chÝnh míi', 'Th¹nh §øc'],
      [43167, 'B¸o T©y Ninh', pasted, 'Th¹nh §øc'],
    ]);
    const unicode: RawSheet = {
      name: 'Tin bài',
      origin: { row: 1, column: 1 },
      values: [
        ['Ngày', 'Kênh', 'Tiêu đề', 'Đơn vị'],
        [43167, 'Báo Tây Ninh', pasted, 'Cẩm Giang'],
      ],
    };
    const result = consolidate(plan, [file('thanh-duc.xlsx', [tcvn3]), file('cam-giang.xlsx', [unicode])], options);
    expect(result.outputs.map((r) => r.title)).toEqual(['Tuyên truyền cải cách hành chính tại xã', 'Thông tin về thủ tục hành chính mới', pasted]);
    expect(result.duplicates.map((d) => [d.record.source.file, d.record.title])).toEqual([['cam-giang.xlsx', pasted]]);
  });
});
