import type { UnitFileInput } from '../../../src/core/consolidate/types';
import { detectedFormatKey, unreadableInWords } from '../../../src/core/usecases/detectedFormat';

const notXlsx = (detected: string): UnitFileInput => ({ file: 'f', lastModified: 0, sheets: null, unreadable: { reason: 'notXlsx', detail: detected } });

describe('what a file that is not an .xlsx looks like, in words', () => {
  it('says each reader code as the CLI does, in Vietnamese and English', () => {
    expect(unreadableInWords(notXlsx('csv'), 'vi').unreadable?.detail).toBe('tệp văn bản, CSV');
    expect(unreadableInWords(notXlsx('text'), 'vi').unreadable?.detail).toContain('tệp văn bản');
    // Words the pane's reader already gave stay as they are.
    expect(unreadableInWords(notXlsx('tệp văn bản, CSV'), 'vi').unreadable?.detail).toBe('tệp văn bản, CSV');
    expect(unreadableInWords(notXlsx('xls'), 'vi').unreadable?.detail).toBe('tệp Excel 97-2003 (.xls)');
    expect(unreadableInWords(notXlsx('text'), 'en').unreadable?.detail).not.toBe('text');
    expect(detectedFormatKey('something new')).toBe('consolidate.format.unknown');
  });

  it('leaves other reasons and readable files as they are', () => {
    const corrupt: UnitFileInput = { file: 'f', lastModified: 0, sheets: null, unreadable: { reason: 'corrupt', detail: 'f.xlsx' } };
    expect(unreadableInWords(corrupt, 'vi')).toBe(corrupt);
  });
});
