/**
 * Which of a unit's files is the newest, one rule for the CLI (core consolidate's pickPerUnit) and
 * the pane's list (state/consolidateJob): the time the workbook was last saved, as the workbook
 * itself records it (docProps/core.xml dcterms:modified, ECMA-376 Part 2 §11 core properties,
 * which Excel and LibreOffice rewrite at every save), not the file's own time, which is the time
 * it was downloaded or copied: two units' files saved a week apart and downloaded in the opposite
 * order would otherwise pick the older one. A file without that property (exported by another
 * tool) is judged by the file's time. The add-in's stamp holds the day the tracker was made, not
 * when it was saved, so it does not take part.
 */

/** A file's two times, ms since 1970 (UTC). */
export interface FileTimes {
  /** The file's own time: File.lastModified in the pane, mtime in the CLI; 0 when unknown. */
  readonly lastModified: number;
  /** When the workbook was last saved, from its document properties; absent when it does not say. */
  readonly savedAt?: number;
}

/** Past this gap between the two times, the pane's list and the CLI's JSON show both: 1 day, in ms. */
export const TIMES_SHOWN_APART_MS = 24 * 60 * 60 * 1000;

/** Saved times before this are a tool's placeholder (1899-12-30, 1970-01-01), not a save: 1990-01-01, ms. */
const EARLIEST_SAVE_MS = Date.UTC(1990, 0, 1);

/**
 * dcterms:modified as written (W3CDTF, "2018-06-01T08:30:00Z"; a date alone is midnight UTC) in
 * ms since 1970, or undefined when it is missing, unreadable or a placeholder before 1990.
 */
export function savedTimeOf(modified: string | null | undefined): number | undefined {
  if (modified === null || modified === undefined) return undefined;
  const text = modified.trim();
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) return undefined;
  // Without a zone the property is meant as UTC (Excel always writes Z); Date.parse would take local time.
  const zoned = /T/.test(text) && !/(Z|[+-]\d{2}:\d{2})$/.test(text) ? `${text}Z` : text;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) && ms >= EARLIEST_SAVE_MS ? ms : undefined;
}

/** The time a file is judged by: the workbook's saved time when it has one, else the file's time (ms). */
export function judgedTime(file: FileTimes): number {
  return file.savedAt ?? file.lastModified;
}

/**
 * Sorts newest first by judgedTime. Two workbooks saved in the same second (core.xml keeps seconds)
 * are told apart by the file's time, the later download being the one sent again; equal both ways,
 * they keep their order (Array.prototype.sort is stable).
 */
export function newestFirst(a: FileTimes, b: FileTimes): number {
  return judgedTime(b) - judgedTime(a) || b.lastModified - a.lastModified;
}

/** Whether both times are known and more than a day apart, so both are shown (a file downloaded long after it was saved, or a copy touched since). */
export function timesApart(file: FileTimes): boolean {
  return file.savedAt !== undefined && file.lastModified > 0 && Math.abs(file.savedAt - file.lastModified) > TIMES_SHOWN_APART_MS;
}
