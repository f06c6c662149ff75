import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { roleForHeader } from '../../../src/core/reader/headerWords';
import { createLabelResolver } from '../../../src/core/reader/labels';
import { readBook } from '../../../src/core/reader/readBook';
import { validateWorkbook } from '../../../src/core/validation/validateWorkbook';
import { d, rawSheet, TODAY } from '../validation/support';

/**
 * An office's log whose channel column has a header the reader does not know ("Nguồn đăng") and one
 * channel the plan does not know, beside a link column showing the sites ("baotayninh.vn/…") on the rows
 * that have a link (issue 11's eleventh tester, finding 1: 59 of 100 rows taken, every radio row set aside).
 */
function log(channels: readonly string[]) {
  const link = (channel: string, i: number): string | null =>
    channel === 'Báo Tây Ninh' ? `baotayninh.vn/tin-${i}…` : channel === 'Cổng thông tin điện tử tỉnh' ? `tayninh.gov.vn/tin-${i}…` : null;
  return rawSheet('Tin bài', [
    ['UBND XÃ THẠNH ĐỨC'],
    ['SỔ THEO DÕI TIN BÀI'],
    [],
    ['Ngày tháng', 'Nguồn đăng', 'Trích yếu nội dung', 'Thể loại', 'Số báo / đường link'],
    ...channels.map((channel, i) => [
      d(`2018-03-${String(i + 1).padStart(2, '0')}`),
      channel,
      `Tin tuyên truyền cải cách hành chính số ${i + 1}`,
      'Tin',
      link(channel, i),
    ]),
  ]);
}

describe('a channel column beside a link column that shows the sites', () => {
  const channels = ['Báo Tây Ninh', 'Đài Truyền thanh huyện', 'Cổng thông tin điện tử tỉnh', 'Trang Zalo cá nhân', 'Đài Truyền thanh huyện', 'Báo Tây Ninh'];

  it('reads the channel column, not the links, though one of its channels is not in the plan', () => {
    expect(roleForHeader('Nguồn đăng')).toBeNull();
    const reading = readBook(GO_DAU_116, [log(channels)], { file: 'xa-thanh-duc.xlsx' });
    const column = reading.blocks[0]?.columns.find((c) => c.role === 'channel');
    expect(column?.column).toBe(2);
    expect(reading.outputs.map((e) => e.text.channel)).toEqual(channels);
    expect(reading.outputs.filter((e) => e.record.channel !== null)).toHaveLength(5);
  });

  it('given no channel column at all, still takes the channel from the sites the links show', () => {
    const sheet = log(channels);
    const withoutChannels = { ...sheet, values: sheet.values.map((row) => row.filter((_cell, i) => i !== 1)) };
    const reading = readBook(GO_DAU_116, [withoutChannels], { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs.filter((e) => e.record.channel !== null).length).toBeGreaterThanOrEqual(3);
  });

  it('given a column headed "Kênh" with half its channels unknown to the plan, reads it, not the links beside it (twentieth round)', () => {
    // A commune logging its own Zalo page on half the rows; the other half link their articles on baotayninh.vn.
    const known = ['Báo Tây Ninh', 'Báo Tây Ninh', 'Báo TN', 'Báo Tây Ninh', 'Báo Tây Ninh'];
    const unknown = ['Zalo xã', 'Zalo xã', 'ZALO XÃ', 'Zalo ấp', 'Zalo xã'];
    const rows = known.flatMap((channel, i) => [
      [i * 2 + 1, d(`2018-03-${String(i + 1).padStart(2, '0')}`), channel, 'Tin', `Tin cải cách hành chính số ${i}`, 'https://baotayninh.vn/tin-' + i],
      [i * 2 + 2, d(`2018-04-${String(i + 1).padStart(2, '0')}`), unknown[i] ?? '', 'Tin', `Thông báo trên Zalo số ${i}`, null],
    ]);
    const sheet = rawSheet('Tin bài', [
      ['UBND XÃ BÀU ĐỒN'],
      ['THEO DÕI TIN BÀI CCHC NĂM 2018'],
      ['STT', 'Ngày', 'Kênh', 'Hình thức', 'Tiêu đề', 'Link'],
      ...rows,
    ]);
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-bau-don.xlsx' });
    const columns = reading.blocks[0]?.columns ?? [];
    expect(columns.find((c) => c.role === 'channel')?.header).toBe('Kênh');
    expect(columns.find((c) => c.role === 'link')?.header).toBe('Link');
    expect(reading.outputs.map((e) => e.text.channel)).toEqual(rows.map((r) => r[2]));
    expect(reading.outputs.filter((e) => e.record.channel === 'BTN')).toHaveLength(5);
    expect(reading.outputs.filter((e) => e.record.link !== '')).toHaveLength(5);
  });

  it('given a column headed "Kênh" left empty, still takes the channel from the sites the links show', () => {
    const rows = [0, 1, 2, 3].map((i) => [d(`2018-03-0${i + 1}`), null, 'Tin', `Tin cải cách hành chính số ${i}`, 'baotayninh.vn/tin-' + i]);
    const sheet = rawSheet('Tin bài', [['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề', 'Link'], ...rows]);
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-bau-don.xlsx' });
    expect(reading.outputs.map((e) => e.record.channel)).toEqual(['BTN', 'BTN', 'BTN', 'BTN']);
  });

  it('given a column headed "Kênh" filled on a few rows only, with site links on the rest, takes the channel from the links (twentieth round)', () => {
    // Three rows name the commune's Zalo page; the thirteen others leave "Kênh" blank and link their articles on baotayninh.vn.
    const rows = Array.from({ length: 16 }, (_, i) => [
      d(`2018-03-${String(i + 1).padStart(2, '0')}`),
      i < 3 ? 'Zalo xã' : null,
      'Tin',
      `Tin cải cách hành chính số ${i}`,
      i < 3 ? null : `https://baotayninh.vn/tin-${i}`,
    ]);
    const sheet = rawSheet('Tin bài', [['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề', 'Link'], ...rows]);
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-bau-don.xlsx' });
    expect(reading.outputs.filter((e) => e.record.channel === 'BTN')).toHaveLength(13);
  });

  it("given blank channel cells beside links to a plan channel's site, takes each row's channel from its link, and only those", () => {
    // "Kênh" holds the radio on three rows; the others leave it blank and link their article (a text, a site,
    // a hyperlink behind "Xem bài") or a Facebook post (no plan channel: still no channel).
    const link = (i: number): string | null => (i < 3 ? null : i < 10 ? `https://baotayninh.vn/tin-${i}` : i < 12 ? 'Xem bài' : `https://facebook.com/p/${i}`);
    const rows = Array.from({ length: 14 }, (_, i) => [
      d(`2018-03-${String(i + 1).padStart(2, '0')}`),
      i < 3 ? 'Đài Truyền thanh huyện' : null,
      'Tin',
      `Tin cải cách hành chính số ${i}`,
      link(i),
    ]);
    const sheet = {
      ...rawSheet('Tin bài', [['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề', 'Link'], ...rows]),
      links: [12, 13].map((row) => ({ row, column: 5, target: `https://baotayninh.vn/tin-xem-${row}` })),
    };
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-bau-don.xlsx' });
    const channels = reading.outputs.map((e) => e.record.channel);
    expect(channels.slice(0, 3).every((c) => c !== null && c !== 'BTN')).toBe(true);
    expect(channels.slice(3, 12)).toEqual(Array.from({ length: 9 }, () => 'BTN'));
    expect(channels.slice(12)).toEqual([null, null]);
    // Only the Facebook rows are told they have no channel.
    const issues = validateWorkbook(GO_DAU_116, [sheet], { today: TODAY }).issues.filter((i) => i.where.cell?.startsWith('B'));
    expect(issues.map((i) => i.where.cell)).toEqual(['B14', 'B15']);
  });

  it('given a "Kênh" filled on fewer rows than the links, keeps each filled cell\'s channel and takes the links\' only on blank cells', () => {
    // Nine rows name a channel (five the plan lacks), twelve rows link (some to another site than their cell's).
    const cells = ['Zalo xã', 'Trang TTĐT huyện', 'Fanpage xã', 'Zalo xã', 'Báo Tây Ninh', 'Zalo ấp', 'Zalo xã', 'Đài TT huyện', 'Báo TN'];
    const rows = Array.from({ length: 15 }, (_, i) => [
      d(`2018-03-${String(i + 1).padStart(2, '0')}`),
      cells[i] ?? null,
      'Tin',
      `Tin cải cách hành chính số ${i}`,
      i >= 3 ? `https://baotayninh.vn/tin-${i}` : null,
    ]);
    const sheet = rawSheet('Tin bài', [['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề', 'Link'], ...rows]);
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-bau-don.xlsx' });
    expect(reading.blocks[0]?.columns.find((c) => c.role === 'channel')?.header).toBe('Kênh');
    const expected = cells.map((c) => createLabelResolver(GO_DAU_116).channel(c).channel);
    expect(reading.outputs.map((e) => e.record.channel)).toEqual([...expected, ...Array.from({ length: 6 }, () => 'BTN')]);
    expect(expected.filter((c) => c === null)).toHaveLength(5);
  });

  it('given section rows above rows with blank channel cells, the section decides, not the links', () => {
    const row = (i: number, link: string | null) => [d(`2018-03-${String(i + 1).padStart(2, '0')}`), 'Tin', `Tin cải cách hành chính số ${i}`, link];
    const sheet = rawSheet('Tin bài', [
      ['Ngày', 'Hình thức', 'Tiêu đề', 'Link'],
      ['I. Báo Tây Ninh'],
      row(1, 'https://godau.tayninh.gov.vn/tin-1'),
      row(2, null),
      ['II. Đài Truyền thanh huyện'],
      row(3, 'https://tayninh.gov.vn/tin-3'),
      row(4, 'https://baotayninh.vn/tin-4'),
    ]);
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-bau-don.xlsx' });
    expect(reading.outputs.map((e) => e.record.channel)).toEqual(['BTN', 'BTN', 'TT-H', 'TT-H']);
  });

  it('given titles that name channels ("Báo Tây Ninh: …") under "Tiêu đề", keeps them the titles and lets the section rows decide', () => {
    const row = (i: number, title: string) => [d(`2018-03-${String(i + 1).padStart(2, '0')}`), 'Tin', title];
    const sheet = rawSheet('Tháng 3', [
      ['Ngày', 'Hình thức', 'Tiêu đề'],
      ['I. Báo Tây Ninh'],
      row(1, 'Báo Tây Ninh: xã Bàu Đồn'),
      row(2, 'Website huyện'),
      ['II. Đài Truyền thanh huyện'],
      row(3, 'Loa xã'),
      row(4, 'Đài TT huyện'),
      row(5, 'Hội nghị CCHC năm 2018'),
    ]);
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-bau-don.xlsx' });
    expect(reading.blocks[0]?.columns.find((c) => c.role === 'title')?.header).toBe('Tiêu đề');
    expect(reading.outputs.map((e) => [e.record.channel, e.record.title])).toEqual([
      ['BTN', 'Báo Tây Ninh: xã Bàu Đồn'],
      ['BTN', 'Website huyện'],
      ['TT-H', 'Loa xã'],
      ['TT-H', 'Đài TT huyện'],
      ['TT-H', 'Hội nghị CCHC năm 2018'],
    ]);
  });

  it('given a "Số báo" column left of a "Liên kết" column of "Xem bài" hyperlinks, reads the hyperlinks as the links, and their sites as the blank channels', () => {
    const rows = [0, 1, 2, 3].map((i) => [d(`2018-03-0${i + 1}`), null, 'Tin', `Tin cải cách hành chính số ${i}`, `Số ${120 + i}`, 'Xem bài']);
    const sheet = {
      ...rawSheet('Tin bài', [['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề', 'Số báo', 'Liên kết'], ...rows]),
      links: [2, 3, 4, 5].map((row) => ({ row, column: 6, target: row < 4 ? `https://tayninh.gov.vn/tin-${row}` : `https://baotayninh.vn/tin-${row}` })),
    };
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-thanh-phuoc.xlsx' });
    expect(reading.blocks[0]?.columns.find((c) => c.role === 'link')?.header).toBe('Liên kết');
    expect(reading.outputs.map((e) => e.record.channel)).toEqual(['CTT-T', 'CTT-T', 'BTN', 'BTN']);
    expect(reading.outputs.map((e) => e.record.link)).toEqual([
      'https://tayninh.gov.vn/tin-2',
      'https://tayninh.gov.vn/tin-3',
      'https://baotayninh.vn/tin-4',
      'https://baotayninh.vn/tin-5',
    ]);
  });
});
