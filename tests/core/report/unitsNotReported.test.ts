import { periodFor } from '../../../src/core/periods';
import { readNotReported } from '../../../src/core/consolidate/readNotReported';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { reportDocument } from '../../../src/core/report/reportDocument';
import { rowWith, texts } from './layoutQuery';
import { DISTRICT_RECORDS, plan } from './reportFixtures';

/**
 * The fifth tester's finding 7 of issue 13: Phòng Kinh tế sent no file, yet the commune report
 * showed it with zeros in Biểu 1 and never said it had not reported. Here 116/KH-UBND's district
 * report with Xã Cẩm Giang (XCG) and Xã Bàu Đồn (XBD) found without a file by the consolidation.
 */
const input: ReportInput = {
  plan,
  period: periodFor('half-year', 2018, 1, 'nd09-cutoff'),
  scope: { kind: 'district' },
  records: DISTRICT_RECORDS,
  reportDate: '2018-06-14',
  documentNumber: '…',
  notReported: ['XCG', 'XBD'],
};

describe('units that sent no file, in the district report', () => {
  it('given two units without a file, the body names them and the unit table shows "Chưa BC" for them, not zeros, in the sheet and in Word', () => {
    const sentence = 'Đến ngày báo cáo, các đơn vị sau chưa gửi báo cáo: xã Cẩm Giang, xã Bàu Đồn.';
    const report = buildReport(input);
    expect(report.data.units.filter((u) => u.notReported === true).map((u) => u.code)).toEqual(['XCG', 'XBD']);
    const cells = texts(report.layout);
    expect(cells.map((x) => x.text)).toContain(sentence);
    const row = rowWith(report.layout, /^Xã Cẩm Giang$/u);
    expect(cells.filter((x) => new RegExp(`^[D-J]${String(row)}$`, 'u').test(x.at)).map((x) => x.text)).toEqual(plan.targets.map(() => 'Chưa BC'));
    const doc = reportDocument(input);
    expect(doc.body).toContainEqual({ kind: 'paragraph', text: sentence });
    const table = [...doc.body, ...(doc.appendix?.body ?? [])]
      .flatMap((b) => (b.kind === 'table' ? [b.table] : []))
      .find((tb) => tb.rows.some((r) => r[1] === 'Xã Cẩm Giang'));
    expect(table?.rows.find((r) => r[1] === 'Xã Bàu Đồn')?.slice(2)).toEqual(plan.targets.map(() => 'Chưa BC'));
    expect(table?.rows.find((r) => r[1] === 'Xã Thạnh Đức')?.slice(2)).not.toContain('Chưa BC');
  });

  it('given every unit reported, says nothing of it', () => {
    const report = buildReport({ ...input, notReported: [] });
    expect(
      texts(report.layout)
        .map((x) => x.text)
        .join('\n'),
    ).not.toContain('chưa gửi báo cáo');
  });

  it('given the consolidation\'s unit list sheet, reads the codes marked "Chưa gửi", whatever the sheet\'s first cell', () => {
    const sheet = {
      name: 'TH Đơn vị',
      origin: { row: 1, column: 1 },
      values: [
        ['TÌNH HÌNH GỬI SỔ THEO DÕI'],
        ['Mã', 'Đơn vị', 'Cấp', 'Tình trạng'],
        ['XTD', 'Xã Thạnh Đức', 'Xã', 'Đã gửi'],
        ['XCG', 'Xã Cẩm Giang', 'Xã', 'Chưa gửi'],
        ['ZZZ', 'Không có', 'Xã', 'Chưa gửi'],
        ['XBD', 'Xã Bàu Đồn', 'Xã', 'Không tiếp nhận'],
      ],
    };
    expect(readNotReported(plan, [sheet])).toEqual(['XCG']);
    expect(readNotReported(plan, [])).toEqual([]);
  });
});
