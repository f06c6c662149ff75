import type { WorkbookPort } from '../../src/core/ports/workbookPort';
import { hostStatus } from '../../src/taskpane/state/hostStatus';

const port: WorkbookPort = {
  listSheets: () => Promise.resolve([]),
  readSheet: () => Promise.resolve(null),
  writeSheets: () => Promise.resolve({ sheets: 0, cells: 0, syncs: 0 }),
  selectCell: () => Promise.resolve(),
  markCells: () => Promise.resolve({ marked: 0, skipped: 0 }),
  clearMarks: () => Promise.resolve(0),
};

describe('hostStatus', () => {
  it('is checking while Office.js has not answered', () => {
    expect(hostStatus(null, null)).toEqual({ kind: 'checking' });
  });

  it('given Office.js did not load, says so even if a port was somehow built', () => {
    expect(hostStatus(port, { officeLoaded: false, missingSets: [] }).kind).toBe('no-office');
  });

  it('given an Excel without ExcelApi 1.9, lists what is missing', () => {
    expect(hostStatus(port, { officeLoaded: true, missingSets: ['ExcelApi 1.9'] })).toEqual({ kind: 'old-excel', missingSets: ['ExcelApi 1.9'] });
  });

  it('is ready with the port when everything is there', () => {
    expect(hostStatus(port, { officeLoaded: true, missingSets: [] })).toEqual({ kind: 'ready', port });
  });

  it('given Office loaded but no port, does not pretend to be ready', () => {
    expect(hostStatus(null, { officeLoaded: true, missingSets: [] }).kind).toBe('no-office');
  });
});
