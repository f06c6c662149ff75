import { consolidate } from '../../../src/core/consolidate/consolidate';
import { judgedTime, newestFirst, savedTimeOf, timesApart } from '../../../src/core/consolidate/newestFile';
import type { UnitFileInput } from '../../../src/core/consolidate/types';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the saved time a workbook records (docProps/core.xml dcterms:modified)', () => {
  test.each([
    ['2018-06-01T08:30:00Z', Date.UTC(2018, 5, 1, 8, 30)],
    ['2018-06-01T15:30:00+07:00', Date.UTC(2018, 5, 1, 8, 30)],
    ['2018-06-01T08:30:00.123Z', Date.UTC(2018, 5, 1, 8, 30, 0, 123)],
    // Without a zone the property means UTC, whatever the machine's zone.
    ['2018-06-01T08:30:00', Date.UTC(2018, 5, 1, 8, 30)],
    ['2018-06-01', Date.UTC(2018, 5, 1)],
    ['  2018-06-01T08:30:00Z\n', Date.UTC(2018, 5, 1, 8, 30)],
  ])('given "%s", reads it as that instant', (text, ms) => {
    expect(savedTimeOf(text)).toBe(ms);
  });

  test.each([[null], [undefined], [''], ['hôm qua'], ['01/06/2018'], ['1899-12-30T00:00:00Z'], ['1970-01-01T00:00:00Z'], ['2018-13-45T99:00:00Z']])(
    'given %j (missing, unreadable or a placeholder), says nothing',
    (text) => {
      expect(savedTimeOf(text)).toBeUndefined();
    },
  );
});

describe("which of a unit's files is newest", () => {
  test('given both times, the saved time judges, not the download time', () => {
    const savedEarlyDownloadedLate = { lastModified: 40 * DAY, savedAt: 10 * DAY };
    const savedLateDownloadedEarly = { lastModified: 30 * DAY, savedAt: 20 * DAY };
    expect([savedEarlyDownloadedLate, savedLateDownloadedEarly].sort(newestFirst)).toEqual([savedLateDownloadedEarly, savedEarlyDownloadedLate]);
    expect(judgedTime(savedEarlyDownloadedLate)).toBe(10 * DAY);
  });

  test('given a file without a saved time, its own time is what is compared', () => {
    expect([{ lastModified: 5 * DAY }, { lastModified: 9 * DAY }].sort(newestFirst).map(judgedTime)).toEqual([9 * DAY, 5 * DAY]);
    expect([{ lastModified: 50 * DAY }, { lastModified: 1, savedAt: 9 * DAY }].sort(newestFirst).map(judgedTime)).toEqual([50 * DAY, 9 * DAY]);
  });

  test('given two saves in the same second, the later download comes first', () => {
    const first = { lastModified: 2 * DAY, savedAt: DAY };
    const again = { lastModified: 3 * DAY, savedAt: DAY };
    expect([first, again].sort(newestFirst)).toEqual([again, first]);
  });

  test.each([
    [{ lastModified: 10 * DAY, savedAt: 10 * DAY + 23 * HOUR }, false],
    [{ lastModified: 10 * DAY, savedAt: 10 * DAY + 25 * HOUR }, true],
    [{ lastModified: 12 * DAY, savedAt: 10 * DAY }, true],
    [{ lastModified: 12 * DAY }, false],
    // An unknown file time (0) is not a time to show beside the saved one.
    [{ lastModified: 0, savedAt: 10 * DAY }, false],
  ])('given %j, both are shown: %s', (times, shown) => {
    expect(timesApart(times)).toBe(shown);
  });

  test("consolidation keeps the unit's workbook saved last and sets aside the one downloaded last, with both times on its line", () => {
    const unit = GO_DAU_116.units.find((u) => u.code === 'XTD');
    if (!unit) throw new Error('no XTD');
    const sheets = layoutToRawSheets(
      buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-01-02', existing: { outputs: [], standing: [], spending: [] } }),
    );
    const older: UnitFileInput = { file: 'Thanh Duc (ban cu).xlsx', lastModified: 40 * DAY, savedAt: 10 * DAY, sheets };
    const newer: UnitFileInput = { file: 'Thanh Duc.xlsx', lastModified: 30 * DAY, savedAt: 20 * DAY, sheets };
    const result = consolidate(GO_DAU_116, [older, newer], { period: periodFor('year', 2018, undefined, 'nd09-cutoff'), today: '2018-12-20' });
    expect(result.files.map((f) => [f.file, f.reason ?? 'kept', f.times])).toEqual([
      ['Thanh Duc (ban cu).xlsx', 'superseded', { lastModified: 40 * DAY, savedAt: 10 * DAY }],
      ['Thanh Duc.xlsx', 'kept', { lastModified: 30 * DAY, savedAt: 20 * DAY }],
    ]);
  });
});
