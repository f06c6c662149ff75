import { formatNumber, t } from '../../core/i18n/format';
import type { Language, MessageKey } from '../../core/i18n/messages';
import { CorruptXlsxError, NotXlsxError, TooLargeError, type DetectedFormat, type XlsxError } from '../errors';

/**
 * The officer's words for why a file could not be read, to go in the file's line (the `detail` of
 * an unreadable unit file): the format found, the limit and its figures ("tệp quá lớn sau khi
 * giải nén: 4 GB, tối đa 300 MB"), or the damaged part. Undefined when the reason says it all.
 */
export function readFailureDetail(error: XlsxError, lang: Language): string | undefined {
  if (error instanceof NotXlsxError) return t(formatKey(error.detected), {}, lang);
  if (error instanceof TooLargeError) {
    const figure = (value: number): string => figureOf(error, value, lang);
    return t(`consolidate.limit.${error.limit}`, { actual: figure(error.actual), max: figure(error.max), part: error.part ?? '' }, lang);
  }
  if (error instanceof CorruptXlsxError && !error.truncated && error.part !== undefined) return t('consolidate.corruptPart', { part: error.part }, lang);
  return undefined;
}

/** What the officer should do with a file of that format ("Tệp .ods (LibreOffice): mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx."). */
export function formatAdvice(format: DetectedFormat, lang: Language): string {
  return t(`consolidate.advice.${format}`, {}, lang);
}

function formatKey(format: DetectedFormat): MessageKey {
  return `consolidate.format.${format}`;
}

function figureOf(error: TooLargeError, value: number, lang: Language): string {
  switch (error.limit) {
    case 'inflatedSize':
    case 'partSize':
      return bytesText(value, lang);
    case 'time':
      return t('consolidate.unit.seconds', { value: Math.round(value / 100) / 10 }, lang);
    default:
      return formatNumber(value, lang);
  }
}

/** Bytes as an officer reads them: "4 GB", "300 MB", "12 KB". */
export function bytesText(bytes: number, lang: Language): string {
  const units: readonly [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${formatNumber(Math.round((bytes / size) * 10) / 10, lang)} ${unit}`;
  }
  return `${formatNumber(bytes, lang)} B`;
}
