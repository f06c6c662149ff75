import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readBook } from '../../../src/core/reader/readBook';
import { cellText } from '../../../src/core/text/cellText';
import { d, rawSheet } from '../validation/support';

/**
 * A TCVN3 tracker's rows: the record holds each text decoded and tidy, and the entry's texts (what validation
 * reads and quotes of the cells) hold each cell's typed text tidy, whatever white space was typed. The reader
 * tidies a typed text only where its decoded text needed tidying (issue 11): these rows say it gives the
 * answer tidying every typed text would.
 */
describe('a tracker typed in TCVN3 with untidy white space', () => {
  const titles = [
    'Tuyªn truyÒn c¶i c¸ch hµnh chÝnh t¹i x· Th¹nh §øc n¨m 2018',
    '  Tuyªn truyÒn  c¶i c¸ch hµnh chÝnh, thñ tôc hµnh chÝnh ',
    'Héi nghÞ\ttriÓn khai kÕ ho¹ch CCHC\u00a0n¨m 2018 cña UBND x·',
    'B¶n tin CCHC th¸ng 3\n(ph¸t trªn §µi TruyÒn thanh huyÖn)',
    'Tuyªn truyÒn c¶i c¸ch hµnh chÝnh \u2003 cÊp x· n¨m 2018, dÞch vô c«ng',
    'Tuyªn truyÒn vÒ dÞch vô c«ng trùc tuyÕn mét c¸ch réng r·i cho ng\u0300êi d©n nga\u0300y 5',
  ];
  const sheet = rawSheet('Tin bµi', [
    ['UBND x· Th¹nh §øc'],
    [],
    ['Ngµy', 'Kªnh', 'H×nh thøc', 'Tiªu ®Ò', 'Ghi chó'],
    ...titles.map((title, i) => [d(`2018-03-${String(i + 1).padStart(2, '0')}`), 'B¸o T©y Ninh', 'Tin', title, i % 2 === 0 ? ` ghi  chó ${i} ` : 'ghi chó']),
  ]);

  it('keeps each typed title tidy as the cell text and each decoded title tidy in the record', () => {
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs).toHaveLength(titles.length);
    expect(reading.outputs.map((e) => e.text.title)).toEqual(titles.map((t) => cellText(t)));
    expect(reading.outputs.map((e) => e.raw.cells.title)).toEqual(titles);
    expect(reading.outputs.map((e) => e.record.title)).toEqual([
      'Tuyên truyền cải cách hành chính tại xã Thạnh Đức năm 2018',
      'Tuyên truyền cải cách hành chính, thủ tục hành chính',
      'Hội nghị triển khai kế hoạch CCHC năm 2018 của UBND xã',
      'Bản tin CCHC tháng 3 (phát trên Đài Truyền thanh huyện)',
      'Tuyên truyền cải cách hành chính cấp xã năm 2018, dịch vụ công',
      'Tuyên truyền về dịch vụ công trực tuyến một cách rộng rãi cho ng\u0300ời dân ngày 5',
    ]);
    // Notes are joined from their columns as decoded (reader/outputTables), so their text is the record's.
    expect(reading.outputs.map((e) => e.record.note)).toEqual(titles.map((_, i) => (i % 2 === 0 ? `ghi chú ${i}` : 'ghi chú')));
    expect(reading.outputs.map((e) => e.text.note)).toEqual(reading.outputs.map((e) => e.record.note));
    expect(reading.outputs.map((e) => e.record.channel)).toEqual(titles.map(() => 'BTN'));
  });

  it('does the same for rows whose channel comes from a section row above them', () => {
    const sectioned = rawSheet('Tin bµi', [
      ['UBND x· Th¹nh §øc'],
      [],
      ['Ngµy', 'H×nh thøc', 'Tiªu ®Ò'],
      ['B¸o T©y Ninh'],
      ...titles.map((title, i) => [d(`2018-03-${String(i + 1).padStart(2, '0')}`), 'Tin', title]),
    ]);
    const reading = readBook(GO_DAU_116, [sectioned], { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs).toHaveLength(titles.length);
    expect(reading.outputs.map((e) => e.text.title)).toEqual(titles.map((t) => cellText(t)));
    expect(reading.outputs.map((e) => e.raw.cells.title)).toEqual(titles);
    expect(reading.outputs.map((e) => e.record.channel)).toEqual(titles.map(() => 'BTN'));
  });
});
