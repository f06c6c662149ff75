import { Command } from 'commander';
import { t } from '../../core/i18n/format';
import { changeText, unsettledText, type Translate } from '../../core/normalise/describeFix';
import { memoryWorkbook } from '../../core/ports/memoryWorkbook';
import { normaliseWorkbook } from '../../core/usecases/normaliseWorkbook';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { outputAllowed, readSheets, writeOutput } from '../files';
import { withProgress } from '../progress';
import { planOfBook } from '../loadPlan';
import { fail } from '../messages';
import type { CommandContext } from './context';

interface NormaliseOptions {
  readonly output?: string;
  readonly inPlace?: boolean;
  readonly plan?: string;
  readonly force?: boolean;
}

/**
 * `cchc normalise BOOK (-o OUT | --in-place) [--plan FILE] [--force]`: "Chuẩn hóa" on a file, against
 * the plan BOOK's own "Kế hoạch" sheet carries (loadPlan.ts planOfBook; --plan overrides). Writes
 * the cells listed by the core's use case and nothing else (src/xlsx/patchCells.ts), to OUT, or
 * into BOOK only with --in-place, through a temporary file renamed over it (safeWrite.ts). Exit 0
 * when done (cells left as typed are listed, not a failure), 2 when the file cannot be read, is
 * not a workbook the add-in made, or the options do not say where to write.
 */
export function normaliseCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('normalise')
    .description(t('cli.normalise.description', {}, lang))
    .argument('<book>', t('cli.argument.book', {}, lang))
    .option('-o, --output <file>', t('cli.option.output', {}, lang))
    .option('--in-place', t('cli.option.inPlace', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--force', t('cli.option.force', {}, lang))
    .action(async (book: string, options: NormaliseOptions) => {
      const say: Translate = (key, params = {}) => t(key, params, lang);
      if ((options.output === undefined) === (options.inPlace !== true)) {
        fail(io, lang, 'cli.normalise.outputOrInPlace');
        return ctx.exit(EXIT_USAGE);
      }
      if (options.output !== undefined && !(await outputAllowed(ctx, options.output, options.force, [book, options.plan]))) return;
      // A 20,000-row tracker takes seconds to read, check and patch: said on a terminal (progress.ts).
      const { ctx: live, progress } = withProgress(ctx);
      progress.say('cli.progress.readingOne', { file: book });
      const sheets = await readSheets(live, book);
      if (!sheets) return ctx.exit(EXIT_USAGE);
      // The plan the tracker carries, as validate and report take it (--plan overrides).
      const loaded = await planOfBook(options.plan, book, sheets, live.io, lang);
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      progress.say('cli.progress.checking', { file: book });
      const planned = await normaliseWorkbook(memoryWorkbook(sheets), { plan: loaded.plan, today: io.today(), file: book });
      progress.done();
      if (planned.kind === 'notTemplate') {
        fail(io, lang, 'cli.normalise.notTemplate', { path: book });
        return ctx.exit(EXIT_USAGE);
      }
      for (const fix of planned.writes) io.stdout(`  ${changeText(fix, say, lang)}\n`);
      for (const cell of planned.unsettled) io.stdout(`  ${unsettledText(cell, say)}\n`);
      if (planned.writes.length === 0) {
        io.stdout(`${t('cli.normalise.nothing', { path: book }, lang)}\n`);
      } else {
        const target = options.output ?? book;
        progress.say('cli.progress.writing', { path: target });
        const { patchCells } = await import('../../xlsx/patchCells');
        const patched = await patchCells(await io.readFile(book), planned.writes);
        const written = await writeOutput(live, target, patched.bytes);
        progress.done();
        if (!written) return;
        io.stdout(`${t('cli.normalise.written', { count: planned.writes.length - patched.missing.length, path: target }, lang)}\n`);
        if (patched.missing.length > 0) io.stdout(`${t('cli.normalise.missing', { count: patched.missing.length }, lang)}\n`);
      }
      if (planned.unsettled.length > 0) io.stdout(`${t('cli.normalise.unsettledCount', { count: planned.unsettled.length }, lang)}\n`);
      return ctx.exit(EXIT_OK);
    });
}
