import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readBook } from '../../../src/core/reader/readBook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { officeWorkbook, type OfficeCell } from '../../support/officeWorkbook';

type Cell = OfficeCell;

const day = (d: number): Date => new Date(Date.UTC(2018, 2, d));
const HEADER: Cell[] = ['STT', 'Ngày phát hành', 'Tiêu đề', 'Tác giả', 'Ghi chú'];

/** A channel's sheet as a unit keeps it: its name, its title rows, a header without a channel column and two items. */
function channelSheet(titleRows: readonly (readonly Cell[])[]): Cell[][] {
  return [
    ...titleRows.map((r) => [...r]),
    HEADER,
    [1, day(5), 'Hướng dẫn nộp hồ sơ trực tuyến', 'Lê Phúc'],
    [2, day(9), 'Thủ tục một cửa liên thông', 'Võ Trí'],
  ];
}

async function read(sheets: Readonly<Record<string, readonly (readonly Cell[])[]>>) {
  return readBook(GO_DAU_116, await readWorkbook(await officeWorkbook(sheets)), { file: 'Phong Noi vu.xlsx' });
}

describe('a table without a channel column (issue 11, fifth tester, F1: 50,000 rows set aside as having no channel)', () => {
  it('given a sheet per channel named after it ("Báo Tây Ninh", "Đài TT huyện", "Loa xã"), keeps each sheet’s rows for that channel', async () => {
    const reading = await read({
      'Báo Tây Ninh': channelSheet([['PHÒNG NỘI VỤ'], ['TIN, BÀI NĂM 2018']]),
      'Đài TT huyện': channelSheet([['PHÒNG NỘI VỤ']]),
      'Loa xã': channelSheet([]),
    });
    expect(reading.outputs.map((o) => [o.raw.source.sheet, o.record.channel])).toEqual([
      ['Báo Tây Ninh', 'BTN'],
      ['Báo Tây Ninh', 'BTN'],
      ['Đài TT huyện', 'TT-H'],
      ['Đài TT huyện', 'TT-H'],
      ['Loa xã', 'TT-X'],
      ['Loa xã', 'TT-X'],
    ]);
  });

  it('given a sheet of another name under a title row naming one plan channel, keeps its rows for that channel and points at the title cell', async () => {
    const reading = await read({ 'Nhật ký': channelSheet([['PHÒNG NỘI VỤ'], ['TIN, BÀI ĐĂNG TRÊN BÁO TÂY NINH NĂM 2018']]) });
    expect(reading.outputs.map((o) => [o.record.channel, o.raw.addresses?.channel])).toEqual([
      ['BTN', 'A2'],
      ['BTN', 'A2'],
    ]);
  });

  it('given title rows naming two channels, or only the issuer that is also a channel’s name, guesses none: the rows still have no channel', async () => {
    const two = await read({ 'Nhật ký': channelSheet([['TIN ĐĂNG TRÊN BÁO TÂY NINH VÀ TRANG TTĐT HUYỆN']]) });
    expect(two.outputs.map((o) => o.record.channel)).toEqual([null, null]);
    const issuer = await read({ 'Nhật ký': channelSheet([['ĐÀI TRUYỀN THANH HUYỆN'], ['THEO DÕI TIN BÀI CCHC NĂM 2018']]) });
    expect(issuer.outputs.map((o) => o.record.channel)).toEqual([null, null]);
  });

  it('given two tables on one sheet, each under its own title row naming a channel, keeps each table for its own channel and says so at each title', async () => {
    const reading = await read({
      'Nhật ký': [
        ['TIN, BÀI ĐĂNG TRÊN BÁO TÂY NINH'],
        HEADER,
        [1, day(5), 'Hướng dẫn nộp hồ sơ trực tuyến', 'Lê Phúc'],
        [2, day(9), 'Thủ tục một cửa liên thông', 'Võ Trí'],
        [],
        ['TIN ĐĂNG TRÊN TRANG THÔNG TIN ĐIỆN TỬ HUYỆN'],
        HEADER,
        [1, day(12), 'Lịch tiếp công dân', 'Lê Phúc'],
      ],
    });
    expect(reading.outputs.map((o) => [o.raw.source.row, o.record.channel])).toEqual([
      [3, 'BTN'],
      [4, 'BTN'],
      [8, 'TTT-H'],
    ]);
    expect(reading.notes.filter((n) => n.code === 'reader.channelFromTitle').map((n) => [n.cell, n.params.count, n.params.channel])).toEqual([
      ['A1', 2, 'Báo Tây Ninh'],
      ['A6', 1, 'Trang thông tin điện tử huyện'],
    ]);
  });

  it('given a title naming the channel that is also the issuing unit’s name, takes it; the unit’s name alone on its line is the issuer and names nothing', async () => {
    const title = await read({ 'Nhật ký': channelSheet([['ĐÀI TRUYỀN THANH HUYỆN'], ['TIN BÀI PHÁT TRÊN ĐÀI TRUYỀN THANH HUYỆN NĂM 2018']]) });
    expect(title.outputs.map((o) => o.record.channel)).toEqual(['TT-H', 'TT-H']);
  });

  it('given a long title line mentioning a channel in passing, guesses nothing and says once that the rows have no channel', async () => {
    const reading = await read({
      'Theo dõi': channelSheet([
        ['UBND XÃ CẨM GIANG'],
        ['Thực hiện Kế hoạch 116/KH-UBND, nội dung đã đăng tải trên Trang thông tin điện tử huyện, xã tuyên truyền trên loa truyền thanh các ấp hằng tuần'],
      ]),
    });
    expect(reading.outputs.map((o) => o.record.channel)).toEqual([null, null]);
    expect(
      reading.notes
        .filter((n) => n.code.startsWith('reader.noChannel') || n.code === 'reader.channelFromTitle')
        .map((n) => [n.code, n.severity, n.cell, n.params]),
    ).toEqual([['reader.noChannelAnywhere', 'error', 'A3', { count: 2 }]]);
  });

  it('given a channel column in a sheet named after a channel, reads each row’s own channel, blank ones left blank', async () => {
    const reading = await read({
      'Báo Tây Ninh': [
        ['STT', 'Ngày', 'Kênh', 'Tiêu đề'],
        [1, day(5), 'Trang TTĐT huyện', 'Hướng dẫn nộp hồ sơ trực tuyến'],
        [2, day(9), null, 'Thủ tục một cửa liên thông'],
        [3, day(12), 'Báo Tây Ninh', 'Lịch tiếp công dân'],
      ],
    });
    expect(reading.outputs.map((o) => o.record.channel)).toEqual(['TTT-H', null, 'BTN']);
  });
});

describe('total rows of a count column against the rows above them', () => {
  const item = (n: number, d: number, count: number): Cell[] => [n, day(d), 'Báo Tây Ninh', `Tin số ${n}`, count];
  const mismatches = async (rows: Cell[][]) =>
    (await read({ 'Quý I': [['STT', 'Ngày', 'Kênh', 'Tiêu đề', 'Số lượng'], ...rows] })).notes
      .filter((n) => n.code === 'reader.countMismatch')
      .map((n) => [n.cell, n.params]);

  it('given month subtotals and a quarter total that add up their own rows, says nothing (each month was compared with every row above it: 8 false warnings a file)', async () => {
    expect(
      await mismatches([
        item(1, 5, 2),
        item(2, 6, 1),
        [null, 'Cộng tháng 1', null, null, 3],
        item(3, 7, 3),
        item(4, 8, 1),
        [null, 'Cộng tháng 2', null, null, 4],
        [null, 'Cộng quý I', null, null, 7],
      ]),
    ).toEqual([]);
  });

  it('given a subtotal that adds up to neither its rows nor any run of rows since a total above, warns once with the rows since the last total', async () => {
    expect(
      await mismatches([
        item(1, 5, 2),
        item(2, 6, 1),
        [null, 'Cộng tháng 1', null, null, 3],
        item(3, 7, 3),
        item(4, 8, 1),
        [null, 'Cộng tháng 2', null, null, 9],
      ]),
    ).toEqual([['E7', { written: 9, counted: 4 }]]);
  });

  it('given a quarter total right under the month subtotals that adds up neither, tells the rows of the whole table, not the nothing since the last subtotal', async () => {
    expect(
      await mismatches([
        item(1, 5, 2),
        item(2, 6, 1),
        [null, 'Cộng tháng 1', null, null, 3],
        item(3, 7, 3),
        item(4, 8, 1),
        [null, 'Cộng tháng 2', null, null, 4],
        [null, 'Cộng quý I', null, null, 9],
      ]),
    ).toEqual([['E8', { written: 9, counted: 7 }]]);
  });
});
