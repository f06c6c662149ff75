import { strToU8, zipSync } from 'fflate';
import { CorruptXlsxError, EmptyFileError, EncryptedXlsxError, NotXlsxError } from '../../../src/xlsx/errors';
import { readXlsx } from '../../../src/xlsx/read/readXlsx';
import { oneSheet, thrown } from './xlsxParts';

const encoder = new TextEncoder();

/** A minimal stand-in for an OLE compound file: the signature and the directory's UTF-16 names. */
function oleFile(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of ['Root Entry', ...streams]) {
    for (const ch of name) {
      bytes[at] = ch.charCodeAt(0);
      at += 2;
    }
    at += 64;
  }
  return bytes;
}

const detected = (bytes: Uint8Array): string => {
  try {
    readXlsx(bytes);
  } catch (error) {
    if (error instanceof NotXlsxError) return error.detected;
    throw error;
  }
  throw new Error('read as an .xlsx');
};

describe('every format an office sends is named precisely', () => {
  test.each([
    ['xls', 'an Excel 97-2003 file (OLE, not encrypted)', oleFile('Workbook', 'SummaryInformation')],
    [
      'xlsb',
      'an Excel binary workbook (zip with xl/workbook.bin)',
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.bin': new Uint8Array([1, 2, 3]) }),
    ],
    [
      'ods',
      'an OpenDocument spreadsheet (LibreOffice)',
      zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') }),
    ],
    [
      'zip',
      'an OpenDocument text is not a spreadsheet',
      zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<x/>') }),
    ],
    ['zip', 'a .docx renamed', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') })],
    [
      'xml2003',
      'SpreadsheetML 2003',
      encoder.encode(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="T1"/></Workbook>',
      ),
    ],
    [
      'xml2003',
      'SpreadsheetML 2003 without the processing instruction',
      encoder.encode('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
    ],
    ['csv', 'a CSV with semicolons and a BOM', encoder.encode('\uFEFFSTT;Ngày;Kênh\n1;06/06/2018;Báo Tây Ninh\n2;07/06/2018;Đài\n')],
    ['csv', 'a CSV with commas', encoder.encode('a,b,c\r\n1,2,3\r\n')],
    ['text', 'plain text', encoder.encode('Báo cáo kết quả tuyên truyền CCHC năm 2018\nKính gửi: Phòng Nội vụ\n')],
    [
      'html',
      "Excel's 'Web page' saved as .xls",
      encoder.encode(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table></table></body></html>',
      ),
    ],
    ['html', 'an HTML page with a doctype', encoder.encode('<!DOCTYPE html><html><body></body></html>')],
    ['unknown', 'binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ])('%s: %s', (format, _label, bytes) => {
    expect(detected(bytes)).toBe(format);
  });

  test('an empty file, an encrypted workbook, an empty zip and a truncated download have their own errors', () => {
    expect(() => readXlsx(new Uint8Array())).toThrow(EmptyFileError);
    expect(() => readXlsx(oleFile('EncryptionInfo', 'EncryptedPackage'))).toThrow(EncryptedXlsxError);
    expect(() => readXlsx(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]))).toThrow(CorruptXlsxError);
    const bytes = oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(thrown(() => readXlsx(bytes.subarray(0, bytes.length - 30)))).toMatchObject({ constructor: CorruptXlsxError, truncated: true });
  });
});
