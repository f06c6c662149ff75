import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { createPlanLookup } from '../../../src/core/plan/planLookup';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { findHeader } from '../../../src/core/records/findHeader';
import { readRecords } from '../../../src/core/records/readRecords';
import { STANDING_SHEET } from '../../../src/core/records/recordSheets';
import { resolveStanding } from '../../../src/core/records/resolveRecords';

/** An office's own Hạng mục list with a "Quý" column, as the sixth tester's khu phố would keep it (issue 13, D4). */
const sheet: RawSheet = {
  name: 'Hạng mục',
  origin: { row: 1, column: 1 },
  values: [
    ['Mã', 'Nội dung', 'Tình trạng', 'Ngày thực hiện', 'Quý'],
    ['III.1.f', 'Băng rôn', 'Đã thực hiện', '10/04/2018', 'Quý I'],
    ['III.1.f', 'Băng rôn', 'Đã thực hiện', '30/09/2018', 'q3'],
    ['III.1.f', 'Băng rôn', 'Đã thực hiện', '05/10/2018', 'trễ'],
    ['III.1.f', 'Băng rôn', 'Đã thực hiện', '06/10/2018', null],
  ],
};

describe('a tracker\'s Hạng mục "Quý"/"Kỳ" column', () => {
  it('is read as the occurrence each row is for: named, unreadable (null) or absent when blank', () => {
    const header = findHeader(sheet, STANDING_SHEET);
    expect(header?.columns.get('period')).toBe(5);
    if (header === null) return;
    const context = { lookup: createPlanLookup(GO_DAU_116), defaultUnit: 'XTD' };
    const records = readRecords(sheet, STANDING_SHEET, header).records.map((r) => resolveStanding(r, context));
    expect(records.map((r) => r.period)).toEqual([{ kind: 'quarter', index: 1 }, { kind: 'quarter', index: 3 }, null, undefined]);
    expect(records[0]?.dateDone).toBe('2018-04-10');
  });
});
