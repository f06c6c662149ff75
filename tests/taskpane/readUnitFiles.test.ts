import { savedAt, unitWorkbook } from '../cli/workbooks';
import { MAX_FILE_BYTES, readUnitFile, readUnitFiles, type PickedFile } from '../../src/taskpane/plan/readUnitFiles';

const file = (name: string, bytes: Uint8Array, size = bytes.length): PickedFile => ({
  name,
  size,
  lastModified: 7,
  arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
});

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

describe('readUnitFile', () => {
  it('refuses a file over 50 MB by its size, without reading a byte', async () => {
    const huge: PickedFile = { name: 'lon.xlsx', size: MAX_FILE_BYTES + 1, lastModified: 7, arrayBuffer: () => Promise.reject(new Error('read')) };
    expect(await readUnitFile(huge)).toEqual({ file: 'lon.xlsx', lastModified: 7, sheets: null, unreadable: { reason: 'tooLarge', detail: '50 MB' } });
  });

  it.each([
    ['an empty file', file('rong.xlsx', new Uint8Array()), 'empty', 'rong.xlsx'],
    ['a CSV', file('so-lieu.csv', new TextEncoder().encode('Ngày,Kênh\n01/03/2018,Báo\n')), 'notXlsx', 'tệp văn bản, CSV'],
    ['an old .xls', file('cu.xls', new Uint8Array([...OLE, ...new Array<number>(600).fill(0)])), 'notXlsx', 'tệp Excel 97-2003 (.xls)'],
    ['a password-protected workbook', file('mat-khau.xlsx', new Uint8Array([...OLE, ...utf16('EncryptionInfo')])), 'encrypted', 'mat-khau.xlsx'],
    ['a truncated zip', file('hong.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), 'corrupt', 'hong.xlsx'],
  ])('gives %s its reason', async (_what, picked, reason, detail) => {
    expect(await readUnitFile(picked)).toMatchObject({ sheets: null, unreadable: { reason, detail } });
  });

  it("given a workbook that records when it was saved, keeps that time beside the file's own", async () => {
    const bytes = savedAt(await unitWorkbook('XTD', []), '2018-06-01T08:30:00Z');
    const read = await readUnitFile(file('Thanh Duc.xlsx', bytes));
    expect(read).toMatchObject({ file: 'Thanh Duc.xlsx', lastModified: 7, savedAt: Date.UTC(2018, 5, 1, 8, 30) });
    expect(read.sheets?.length).toBeGreaterThan(0);
  });

  it('reads files one after another and says which one it is on', async () => {
    const seen: string[] = [];
    await readUnitFiles([file('a.csv', new TextEncoder().encode('a')), file('b.csv', new TextEncoder().encode('b'))], (done, total, name) =>
      seen.push(`${done}/${total} ${name}`),
    );
    expect(seen).toEqual(['0/2 a.csv', '1/2 b.csv']);
  });
});
