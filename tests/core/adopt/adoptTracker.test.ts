import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { applyMappingFile, proposalToMappingFile } from '../../../src/core/adopt/mappingFile';
import { acceptProposal, proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawCell, RawSheet } from '../../../src/core/ports/workbookPort';
import { rawOf } from '../../support/layoutToRawSheets';

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD') ?? plan.units[0]!;
const sheet = (name: string, values: RawCell[][], origin = { row: 1, column: 1 }): RawSheet => ({ name, values, origin });

/** A month sheet as offices keep them: title rows, their own headers, text dates, NFD, a total. */
const march = sheet('Tháng 3', [
  ['UBND XÃ THẠNH ĐỨC', null, null, null],
  ['THEO DÕI TIN BÀI TUYÊN TRUYỀN CCHC THÁNG 3/2018', null, null, null],
  [null, null, null, null],
  ['STT', 'Ngày đăng', 'Tên tin bài', 'Nơi đăng'],
  [1, '05/03/2018', 'Hội nghị triển khai CCHC', 'TTĐT'],
  [2, '6-3-2018', 'Niêm yết TTHC'.normalize('NFD'), 'website'],
  [null, null, null, null],
  [3, 43170, 'Phóng sự cải cách', 'PT-TH'],
  [4, '12.3.2018', 'Tin trên báo', 'Báo Tây Ninh'],
  [5, null, 'Không có ngày', 'TTĐT'],
  [6, '31/02/2018', 'Ngày sai', 'TTĐT'],
  [7, '20/03/2018', 'Kênh lạ', 'Facebook xã'],
  [8, '21/03/2018', '=HYPERLINK("x")', 'TTĐT'],
  ['Tổng cộng', null, 8, null],
]);

const april = sheet(
  'Tháng 4',
  [
    ['Thời gian', 'Nội dung', 'Phương tiện', 'Ghi chú'],
    ['THÁNG 4', null, null, null],
    ['02/04/2018', '- Tin ngắn đầu dòng', 'Trang TTĐT huyện Gò Dầu', 'gửi muộn'],
  ],
  { row: 2, column: 2 },
);

const notes = sheet('Ghi chú', [['Sổ này do cán bộ văn phòng giữ'], ['Cập nhật hằng tháng']]);

describe('proposeAdoption', () => {
  const proposal = proposeAdoption(plan, [march, april, notes]);

  it('finds the header under title rows and maps headers worded the office way', () => {
    expect(proposal.sheets.map((s) => [s.sheet, s.headerRow])).toEqual([
      ['Tháng 3', 4],
      ['Tháng 4', 2],
    ]);
    const fields = Object.fromEntries(proposal.sheets[0]?.columns.map((c) => [c.header, c.field]) ?? []);
    expect(fields).toEqual({ STT: 'seq', 'Ngày đăng': 'date', 'Tên tin bài': 'title', 'Nơi đăng': 'channel' });
    const april = Object.fromEntries(proposal.sheets[1]?.columns.map((c) => [c.column, c.field]) ?? []);
    expect(april).toEqual({ B: 'date', C: 'title', D: 'channel', E: 'note' });
  });

  it('proposes plan channels for abbreviations and leaves strangers unmapped', () => {
    const channels = Object.fromEntries(proposal.channels.map((c) => [c.label, c.code]));
    expect(channels).toEqual({
      TTĐT: 'TTT-H',
      website: 'TTT-H',
      'PT-TH': 'PTTH-T',
      'Báo Tây Ninh': 'BTN',
      'Facebook xã': null,
      'Trang TTĐT huyện Gò Dầu': 'TTT-H',
    });
  });

  it('says which sheets had no recognisable table instead of skipping them silently', () => {
    expect(proposal.sheetsWithoutHeader).toEqual(['Ghi chú']);
  });
});

describe('applyAdoption', () => {
  const proposal = proposeAdoption(plan, [march, april, notes]);
  const result = applyAdoption(plan, [march, april, notes], acceptProposal(proposal), thanhDuc);

  it('keeps every row: taken + quarantined + blank/title/total = rows read', () => {
    expect(result.rows.length + result.quarantined.length + result.skipped.length).toBe(result.rowsRead);
    expect(result.rows).toHaveLength(6);
    expect(result.skipped.map((s) => `${s.sheet}!${s.row}:${s.reason}`)).toEqual([
      'Tháng 3!4:title',
      'Tháng 3!7:blank',
      'Tháng 3!14:total',
      'Tháng 4!2:title',
      'Tháng 4!3:title',
    ]);
  });

  it('lists the rows it could not take with their reason and source', () => {
    expect(result.quarantined.map((q) => `${q.source.sheet}!${q.source.row}:${q.reason}:${q.value}`)).toEqual([
      'Tháng 3!10:noDate:',
      'Tháng 3!11:badDate:31/02/2018',
      'Tháng 3!12:unknownChannel:Facebook xã',
    ]);
  });

  it('writes dates as dates, channels as the plan names them, NFC text, and where each row came from', () => {
    const [first, second] = result.rows.map((row) => row.map(rawOf));
    expect(first).toEqual([43164, 'Trang thông tin điện tử huyện', 'Tin', 'Hội nghị triển khai CCHC', null, 'Xã Thạnh Đức', 'Từ Tháng 3!5']);
    expect(second?.[3]).toBe('Niêm yết TTHC'.normalize('NFC'));
  });

  it('keeps text that looks like a formula as text', () => {
    const row = result.rows.find((r) => rawOf(r[3] ?? { kind: 'empty' }) === '=HYPERLINK("x")');
    expect(row?.[3]).toEqual({ kind: 'text', text: '=HYPERLINK("x")' });
  });

  it('takes a row whose channel the officer mapped by hand, and notes the original note', () => {
    const mapping = acceptProposal(proposal);
    const channels = new Map(mapping.channels);
    channels.set('facebook xa', 'TTT-H');
    const mapped = applyAdoption(plan, [march, april], { ...mapping, channels }, thanhDuc);
    expect(mapped.quarantined.map((q) => q.reason)).toEqual(['noDate', 'badDate']);
    const fromApril = mapped.rows.find((r) =>
      rawOf(r[6] ?? { kind: 'empty' })
        ?.toString()
        .includes('Tháng 4'),
    );
    expect(fromApril?.map(rawOf)).toEqual([
      43192,
      'Trang thông tin điện tử huyện',
      'Tin',
      '- Tin ngắn đầu dòng',
      null,
      'Xã Thạnh Đức',
      'gửi muộn – Từ Tháng 4!4',
    ]);
  });
});

describe('applyMappingFile', () => {
  const proposal = proposeAdoption(plan, [march, april]);

  it('given channel labels mapped by name or code, takes the rows it would have quarantined', () => {
    const { mapping, issues } = applyMappingFile(plan, proposal, { channels: { 'Facebook xã': 'Trang thông tin điện tử huyện' } });
    expect(issues).toEqual([]);
    expect(applyAdoption(plan, [march, april], mapping, thanhDuc).quarantined.map((q) => q.reason)).toEqual(['noDate', 'badDate']);
  });

  it('given a column re-mapped by letter on one sheet, moves the field there and frees the old column', () => {
    const { mapping, issues } = applyMappingFile(plan, proposal, { sheets: { 'Tháng 3': { columns: { A: 'note' } } }, columns: { 'Ghi chú': null } });
    expect(issues).toEqual([]);
    const march3 = mapping.sheets.find((s) => s.sheet === 'Tháng 3');
    expect(march3?.columns.find((c) => c.column === 'A')?.field).toBe('note');
    expect(mapping.sheets.find((s) => s.sheet === 'Tháng 4')?.columns.find((c) => c.header === 'Ghi chú')?.field).toBeNull();
  });

  it('reports unknown fields, channels, forms and sheets instead of guessing', () => {
    const { issues } = applyMappingFile(plan, proposal, {
      columns: { 'Ngày đăng': 'ngay' },
      channels: { x: 'Báo Nhân Dân' },
      forms: { y: 'Clip' },
      sheets: { 'Tháng 13': {} },
    });
    expect(issues.map((i) => i.code).sort()).toEqual(['adopt.map.unknownChannel', 'adopt.map.unknownField', 'adopt.map.unknownForm', 'adopt.map.unknownSheet']);
  });

  it('given something that is not an object, says so', () => {
    expect(applyMappingFile(plan, proposal, ['date']).issues.map((i) => i.code)).toEqual(['adopt.map.notObject']);
  });

  it('round-trips: the proposal written as a mapping file gives the same mapping back', () => {
    const { mapping, issues } = applyMappingFile(plan, proposal, JSON.parse(JSON.stringify(proposalToMappingFile(proposal))));
    expect(issues).toEqual([]);
    expect(mapping).toEqual(acceptProposal(proposal));
  });
});

describe('adopting a tracker typed in TCVN3', () => {
  it('brings titles and channel names in as Unicode, so the channel matches the plan', () => {
    const old = sheet('Sheet1', [
      ['Ngµy ®¨ng', 'Tªn tin bµi', 'N¬i ®¨ng'],
      ['05/03/2018', 'Héi nghÞ triÓn khai CCHC', 'B¸o T©y Ninh'],
    ]);
    const proposal = proposeAdoption(plan, [old]);
    expect(proposal.channels.map((c) => [c.label, c.code])).toEqual([['Báo Tây Ninh', 'BTN']]);
    const result = applyAdoption(plan, [old], acceptProposal(proposal), thanhDuc);
    expect(result.rows[0]?.map(rawOf).slice(1, 4)).toEqual(['Báo Tây Ninh', 'Tin', 'Hội nghị triển khai CCHC']);
  });
});

describe("a commune's own log naming its offices and hamlets in the unit column", () => {
  // No name a unit of the plan, none near one: the rows are the commune's own, as consolidation and Kiểm tra credit them (reader/assignUnit).
  const log = sheet('Nhật ký', [
    ['Ngày đăng', 'Tên tin bài', 'Nơi đăng', 'Đơn vị'],
    ['05/03/2018', 'Tin công an xã tuyên truyền CCHC', 'Báo Tây Ninh', 'Công an xã'],
    ['06/03/2018', 'Ấp họp dân về một cửa', 'Báo Tây Ninh', 'Ấp Bến Đình'],
    ['07/03/2018', 'Tin văn phòng xã', 'Báo Tây Ninh', null],
  ]);
  const result = applyAdoption(plan, [log], acceptProposal(proposeAdoption(plan, [log])), thanhDuc);

  it('takes every row as the adopting unit’s and keeps each name in the note, as consolidate does', () => {
    expect(result.quarantined).toEqual([]);
    const rows = result.rows.map((row) => row.map(rawOf));
    expect(rows.map((row) => row[5])).toEqual([thanhDuc.name, thanhDuc.name, thanhDuc.name]);
    expect(String(rows[0]?.[6])).toContain('Công an xã');
    expect(String(rows[1]?.[6])).toContain('Ấp Bến Đình');
  });
});
