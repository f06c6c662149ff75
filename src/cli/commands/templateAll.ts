import { join } from 'node:path';
import { t } from '../../core/i18n/format';
import type { Plan, Unit } from '../../core/plan/types';
import { memoryWorkbook } from '../../core/ports/memoryWorkbook';
import type { RawSheet } from '../../core/ports/workbookPort';
import type { WorkbookKind } from '../../core/template/stamp';
import { makeTracker, type TrackerOutcome } from '../../core/usecases/makeTracker';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, type ExitCode } from '../io';
import { sourceAt } from '../fileIdentity';
import { fileSystemMessage } from '../messages';
import { replaceFile } from '../safeWrite';
import { distinctFileNames } from '../safeFileName';
import type { CommandContext } from './context';

/** A tracker ready to write: the bytes of the .xlsx and what makeTracker said about it. */
export type RenderedTracker = Extract<TrackerOutcome, { ok: true }> & { readonly bytes: Uint8Array };

/**
 * The one way `cchc template` makes a tracker, for one unit or for every unit: makeTracker's layout
 * over `sheets` (an earlier workbook's, only read: a new file replaces none of them) rendered to
 * .xlsx bytes. Null only if makeTracker refused, which a new file never makes it do.
 */
export async function renderTracker(plan: Plan, kind: WorkbookKind, unit: Unit, today: string, sheets: RawSheet[] = []): Promise<RenderedTracker | null> {
  const outcome = await makeTracker(memoryWorkbook(sheets), { plan, kind, unit, today, inPlace: false });
  if (!outcome.ok) return null;
  // exceljs takes most of a second to load: loaded once per run, on the first tracker.
  const { renderToBuffer } = await import('../../xlsx/renderWorkbook');
  return { ...outcome, bytes: await renderToBuffer(outcome.layout) };
}

export interface AllTrackersOptions {
  /** The folder the trackers go to; made when missing. */
  readonly dir: string;
  /** Replace a file of the same name already in `dir`. */
  readonly force: boolean;
  /** Files read by the run (the --plan file): never written over, even with --force. */
  readonly sources: readonly string[];
}

/**
 * `cchc template --all-units --out-dir DIR` (issue 13: a province's 102 units took 102 runs, ~6
 * minutes): a unit tracker for every unit of `plan`, the plan loaded once by the caller, named by
 * distinctFileNames (safeFileName.ts). Each file is said on stderr as it is written ("[12/102] Xã Long
 * Hòa → DIR/Xã Long Hòa.xlsx") or why it was not (exists without --force, is a source, the file system
 * refused); the others are still written. The summary goes to stdout. Exit 0 when every file was
 * written, 2 when some were not (or DIR cannot be made), 130 when Ctrl+C stopped the run (the
 * files already written are kept, the one being written is not left half written).
 */
export async function writeAllTrackers(ctx: CommandContext, plan: Plan, options: AllTrackersOptions): Promise<ExitCode> {
  const { io, lang } = ctx;
  const units = plan.units;
  try {
    await io.makeFolder(options.dir);
  } catch (error) {
    io.stderr(`${t('cli.error.prefix', {}, lang)} ${fileSystemMessage(error, options.dir, lang, 'cli.error.writeFailed')}\n`);
    return EXIT_USAGE;
  }
  const names = distinctFileNames(units);
  const today = io.today();
  let written = 0;
  const failed: string[] = [];
  for (const [i, unit] of units.entries()) {
    const path = join(options.dir, names.get(unit.code) ?? `${unit.code}.xlsx`);
    const at = { n: i + 1, total: units.length, unit: unit.name, path };
    const refuse = (reason: string): void => {
      failed.push(unit.name);
      io.stderr(`${t('cli.template.all.notWritten', { ...at, reason }, lang)}\n`);
    };
    try {
      if ((await sourceAt(io, path, options.sources)) !== null) {
        refuse(t('cli.template.all.isSource', { path }, lang));
        continue;
      }
      const existing = await io.identify(path);
      if (existing?.kind === 'folder') {
        refuse(t('cli.template.all.isFolder', { path }, lang));
        continue;
      }
      if (existing !== null && !options.force) {
        refuse(t('cli.template.all.exists', { path }, lang));
        continue;
      }
    } catch (error) {
      refuse(fileSystemMessage(error, path, lang, 'cli.error.writeFailed'));
      continue;
    }
    const tracker = await renderTracker(plan, 'unit', unit, today);
    if (tracker === null) continue; // not reached: a new file replaces no sheet
    const outcome = await replaceFile(io, path, tracker.bytes);
    if (outcome.written) {
      written += 1;
      io.stderr(`${t('cli.template.all.written', at, lang)}\n`);
    } else if (outcome.interrupted) {
      io.stdout(`${t('cli.template.all.interrupted', { written, total: units.length, dir: options.dir }, lang)}\n`);
      return EXIT_INTERRUPTED;
    } else {
      refuse(fileSystemMessage(outcome.error, path, lang, 'cli.error.writeFailed'));
    }
  }
  io.stdout(`${t('cli.template.all.summary', { written, total: units.length, dir: options.dir, id: plan.identity.id }, lang)}\n`);
  if (failed.length === 0) return EXIT_OK;
  io.stdout(`${t('cli.template.all.failed', { count: failed.length, units: failed.join(', ') }, lang)}\n`);
  return EXIT_USAGE;
}
