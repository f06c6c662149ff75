import { OfficeUnavailableError } from '../../src/excel/errors';
import { createOfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { waitForOffice } from '../../src/excel/officeReady';
import { checkPlatformSupport } from '../../src/excel/requirements';
import { installStrictExcelHost, uninstallStrictExcelHost } from '../support/excelHost';

afterEach(() => uninstallStrictExcelHost(globalThis));

describe('platform checks', () => {
  test('an Excel with ExcelApi 1.9 lacks nothing', () => {
    installStrictExcelHost(globalThis, { supportedSets: { ExcelApi: '1.9' } });
    expect(checkPlatformSupport()).toEqual({ officeLoaded: true, missingSets: [] });
  });

  test('an older Excel (ExcelApi 1.7) is told which set is missing', () => {
    installStrictExcelHost(globalThis, { supportedSets: { ExcelApi: '1.7' } });
    expect(checkPlatformSupport()).toEqual({ officeLoaded: true, missingSets: ['ExcelApi 1.9'] });
  });

  test('without Office.js the check says so instead of throwing', () => {
    expect(checkPlatformSupport()).toEqual({ officeLoaded: false, missingSets: ['ExcelApi 1.9'] });
  });

  test('waitForOffice resolves inside Excel', async () => {
    installStrictExcelHost(globalThis);
    await expect(waitForOffice(50)).resolves.toBeUndefined();
  });

  test('waitForOffice fails clearly when Office.js did not load', async () => {
    await expect(waitForOffice(50)).rejects.toMatchObject({ reason: 'notLoaded' });
  });

  test('waitForOffice gives up after the timeout when onReady never resolves', async () => {
    Object.defineProperty(globalThis, 'Office', { value: { onReady: () => new Promise(() => undefined) }, configurable: true });
    await expect(waitForOffice(20)).rejects.toBeInstanceOf(OfficeUnavailableError);
    await expect(waitForOffice(20)).rejects.toMatchObject({ reason: 'timeout' });
  });

  test('waitForOffice refuses a host that is not Excel', async () => {
    Object.defineProperty(globalThis, 'Office', {
      value: { onReady: () => Promise.resolve({ host: 'Word' }), HostType: { Excel: 'Excel' } },
      configurable: true,
    });
    await expect(waitForOffice(20)).rejects.toMatchObject({ reason: 'notExcel' });
  });

  test('the port used without Office.js throws OfficeUnavailableError', async () => {
    await expect(createOfficeWorkbookPort().listSheets()).rejects.toBeInstanceOf(OfficeUnavailableError);
  });
});
