import { consolidate } from '../../../src/core/consolidate/consolidate';
import { recogniseUnit, unitCandidates } from '../../../src/core/consolidate/recogniseUnit';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { readBook } from '../../../src/core/reader/readBook';
import { examplePlan } from '../../support/fixturePlans';
import { d, rawSheet } from '../validation/support';

/** The 2026 commune plan with the tester's hamlets: "Ấp Thanh Hòa", and in `twins` also "Ấp Thạnh Hòa". */
async function hamlets(twins: boolean): Promise<Plan> {
  const base = await examplePlan('ke-hoach-xa-2026.xlsx');
  const added = [
    { code: 'TH', name: 'Ấp Thanh Hòa', aliases: ['Thanh Hòa'], level: 'hamlet' },
    ...(twins ? [{ code: 'THH', name: 'Ấp Thạnh Hòa', aliases: ['Thạnh Hòa'], level: 'hamlet' }] : []),
  ];
  return { ...base, units: [...base.units, ...added] };
}

/** An office's own tracker whose title rows name its unit as typed. */
const ownTracker = (unitLine: string): RawSheet[] => [
  {
    name: 'Theo dõi',
    origin: { row: 1, column: 1 },
    values: [
      ['UBND XÃ THẠNH ĐỨC'],
      [unitLine],
      ['SỔ THEO DÕI TUYÊN TRUYỀN CCHC QUÝ I NĂM 2026'],
      [],
      ['STT', 'Ngày', 'Kênh', 'Hình thức', 'Tiêu đề'],
      [1, '12/02/2026', 'Loa ấp', 'Phát thanh', 'Tuyên truyền dịch vụ công'],
    ],
  },
];

describe("recognising an own tracker's unit written in capitals without tone marks (fund13 defect 3)", () => {
  it('takes "ẤP THANH HOA" (file name or title) as the one unit it fits', async () => {
    const plan = await hamlets(false);
    expect(recogniseUnit(plan, 'ẤP THANH HOA.xlsx', [])).toBe('TH');
    expect(recogniseUnit(plan, 'bao cao.xlsx', ['UBND XÃ THẠNH ĐỨC', 'ẤP THANH HOA'])).toBe('TH');
    expect(unitCandidates(plan, 'bao cao.xlsx', ['ẤP THANH HOA'])).toEqual([]);
  });

  it('given Thanh Hòa and Thạnh Hòa, names both and takes neither; with its tone marks the name is one of them', async () => {
    const plan = await hamlets(true);
    expect(recogniseUnit(plan, 'bao cao.xlsx', ['ẤP THANH HOA'])).toBeNull();
    expect(unitCandidates(plan, 'bao cao.xlsx', ['ẤP THANH HOA'])).toEqual(['TH', 'THH']);
    expect(unitCandidates(plan, 'AP-THANH-HOA.xlsx', [])).toEqual(['TH', 'THH']);
    expect(recogniseUnit(plan, 'bao cao.xlsx', ['ẤP THẠNH HÒA'])).toBe('THH');
    expect(unitCandidates(plan, 'bao cao.xlsx', ['Sổ theo dõi'])).toEqual([]);
  });

  it('consolidate refuses the file with the candidates in its reason, and takes it once --unit-of names one', async () => {
    const plan = await hamlets(true);
    const options = { period: periodFor('quarter', 2026, 1, plan.periodConvention), today: '2026-03-20' };
    const input = { file: 'own/bao cao quy 1.xlsx', lastModified: 1, sheets: ownTracker('ẤP THANH HOA') };
    const [refused] = consolidate(plan, [input], options).files;
    expect(refused).toMatchObject({ status: 'rejected', reason: 'unknownUnit', candidates: ['TH', 'THH'], detail: 'Ấp Thanh Hòa (TH), Ấp Thạnh Hòa (THH)' });
    const [taken] = consolidate(plan, [input], { ...options, unitOfFile: new Map([[input.file, 'TH']]) }).files;
    expect(taken).toMatchObject({ status: 'ok', unit: 'TH' });
    expect(taken?.candidates).toBeUndefined();
  });
});

describe('a summary sheet beside the log (issue 11, fifth tester, F1)', () => {
  const detail = (title: string): RawSheet =>
    rawSheet('Chi tiết', [
      [title],
      ['TT', 'Thời gian', 'Tên tin, bài', 'Đăng/phát trên', 'Thể loại'],
      [1, d('2018-01-02'), 'Gò Dầu: tuyên truyền Bộ thủ tục hành chính mới', 'Trang TTĐT huyện', 'Tin'],
      [2, d('2018-01-03'), 'Gò Dầu: hội nghị triển khai kế hoạch cải cách hành chính', 'Đài Truyền thanh huyện', 'Tin'],
    ]);
  const summary = rawSheet('Tổng hợp', [
    ['TỔNG HỢP TIN, BÀI CCHC NĂM 2018 - THỊ TRẤN GÒ DẦU'],
    ['Kênh', 'Số tin, bài', 'Tỷ lệ'],
    ['Báo Tây Ninh', 382, 0.18],
    ['Đài PT-TH tỉnh', 326, 0.16],
    ['Đài Truyền thanh huyện', 346, 0.17],
    ['Cộng', 2080, null],
  ]);

  it('given a channel list with its counts that names the radio station, the file is the town’s its titles name', () => {
    const reading = readBook(GO_DAU_116, [summary, detail('CHI TIẾT TIN, BÀI CCHC NĂM 2018 - THỊ TRẤN GÒ DẦU')], { file: 'so-theo-doi-2018.xlsx' });
    expect(reading.titleText).not.toContain('Đài Truyền thanh huyện');
    expect(recogniseUnit(GO_DAU_116, 'so-theo-doi-2018.xlsx', reading.titleText)).toBe('TTGD');
  });

  it('given a sheet with no table and text title lines only (an issuer block), every line is still title text', () => {
    const cover = rawSheet('Bìa', [
      ['UBND HUYỆN GÒ DẦU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['ĐÀI TRUYỀN THANH HUYỆN', 'Độc lập - Tự do - Hạnh phúc'],
      ['SỔ THEO DÕI TIN, BÀI NĂM 2018'],
    ]);
    const reading = readBook(GO_DAU_116, [cover, detail('CHI TIẾT TIN, BÀI CCHC NĂM 2018')], { file: 'so-theo-doi-2018.xlsx' });
    expect(recogniseUnit(GO_DAU_116, 'so-theo-doi-2018.xlsx', reading.titleText)).toBe('DTT');
  });

  it('given a hidden lists sheet naming the radio station among the channels, the file is the commune its name codes', () => {
    // A weekly tracker's dropdown source: "Kênh" and "Hình thức" lists, no numbers, hidden (session 28 review).
    const lists: RawSheet = {
      ...rawSheet('DM', [
        ['Kênh', 'Hình thức'],
        ['Báo Tây Ninh', 'Tin'],
        ['Đài Truyền thanh huyện', 'Bài'],
        ['Trạm truyền thanh xã', 'Phóng sự'],
      ]),
      visibility: 'hidden',
    };
    const file = 'XBD_theo doi tuan 2018.xlsx';
    const reading = readBook(GO_DAU_116, [detail('THEO DÕI TIN, BÀI CCHC TUẦN 01 NĂM 2018'), lists], { file });
    expect(reading.titleText).not.toContain('Đài Truyền thanh huyện');
    expect(recogniseUnit(GO_DAU_116, file, reading.titleText)).toBe('XBD');
  });

  it('given the same lists on a visible cover sheet with no table, its lines stay title text', () => {
    const cover = rawSheet('Bìa', [['UBND HUYỆN GÒ DẦU'], ['ĐÀI TRUYỀN THANH HUYỆN']]);
    const reading = readBook(GO_DAU_116, [cover, { ...detail('SỔ THEO DÕI 2018'), visibility: 'visible' }], { file: 'so-theo-doi.xlsx' });
    expect(reading.titleText).toContain('ĐÀI TRUYỀN THANH HUYỆN');
  });
});
