import { run } from '../../src/cli/run';
import { date, empty, num, text } from '../../src/core/layout/cells';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { memoryIo } from './memoryIo';
import { loadExcel, output, plan, unitOf, written } from './workbooks';

/** A unit's tracker with one spending row; `source` '' leaves "Nguồn kinh phí" blank, as a unit that does not know it does. */
const spendingBook = (code: string, amount: number, source: string): Promise<Uint8Array> =>
  renderToBuffer(
    buildTemplate({
      plan,
      kind: 'unit',
      unit: unitOf(code),
      createdOn: '2018-01-02',
      existing: {
        outputs: [output('2018-03-05', 'Báo Tây Ninh', `Tin của ${code}`)],
        standing: [],
        spending: [[date('2018-04-02'), text('In băng rôn'), num(amount), source === '' ? empty : text(source), empty, empty]],
      },
    }),
  );

interface Line {
  readonly code: string | null;
  readonly name: string;
  readonly inPeriod: number;
  readonly yearToDate: number;
}

describe('cchc consolidate: spending whose source is blank (tester, issue 15)', () => {
  test('the funding table and --json `funding` have the "Chưa rõ nguồn" line the district report shows, with the same figures', async () => {
    const io = memoryIo({
      'thanh-duc.xlsx': await spendingBook('XTD', 1_500_000, 'Ngân sách UBND xã, thị trấn'),
      'cam-giang.xlsx': await spendingBook('XCG', 1_200_000, ''),
    });
    expect(await run(['consolidate', 'thanh-duc.xlsx', 'cam-giang.xlsx', '--period', '2018-H1', '--json', '-o', 'tong-hop.xlsx'], io)).toBe(0);
    const funding = (JSON.parse(io.out()) as { funding: Line[] }).funding;
    expect(funding.find((f) => f.code === 'NS-XA')).toMatchObject({ inPeriod: 1_500_000, yearToDate: 1_500_000 });
    expect(funding.find((f) => f.code === null)).toEqual({ code: null, name: 'Chưa rõ nguồn', inPeriod: 1_200_000, yearToDate: 1_200_000 });

    // The district report written from the same district workbook shows that line with the same figures.
    const report = memoryIo({ 'tong-hop.xlsx': written(io.files, 'tong-hop.xlsx') });
    expect(await run(['report', 'tong-hop.xlsx', '--period', '2018-H1', '-o', 'bao-cao.xlsx'], report)).toBe(0);
    const unknownRows = async (bytes: Uint8Array, sheetName: string): Promise<unknown[][]> => {
      const rows: unknown[][] = [];
      (await loadExcel(bytes)).getWorksheet(sheetName)?.eachRow((row) => {
        if ((row.values as unknown[]).includes('Chưa rõ nguồn')) rows.push((row.values as unknown[]).filter((v) => typeof v === 'number'));
      });
      return rows;
    };
    const [reportRow] = await unknownRows(
      written(report.files, 'bao-cao.xlsx'),
      (await loadExcel(written(report.files, 'bao-cao.xlsx'))).worksheets[0]?.name ?? '',
    );
    expect(reportRow).toContain(1_200_000);
    // TH Tiến độ of the district workbook has it too: code blank, no budget, in period and year to date.
    expect(await unknownRows(written(io.files, 'tong-hop.xlsx'), 'TH Tiến độ')).toEqual([[1_200_000, 1_200_000]]);

    const table = memoryIo({ ...Object.fromEntries([...io.files].filter(([name]) => name !== 'tong-hop.xlsx')) });
    expect(await run(['consolidate', 'thanh-duc.xlsx', 'cam-giang.xlsx', '--period', '2018-H1'], table)).toBe(0);
    expect(table.out()).toMatch(/\| +\| Chưa rõ nguồn +\| +\| 1\.200\.000 +\| 1\.200\.000 +\|/u);
  });
});
