import { resolve } from 'node:path';
import { Command } from 'commander';
import { t } from '../../core/i18n/format';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { loadPlan } from '../loadPlan';
import { fail, fileSystemMessage } from '../messages';
import { planToSheet } from '../planSheet';
import type { CommandContext } from './context';

/** `cchc plan export -o FILE [--plan FILE]`: the editable plan sheet as an .xlsx file. */
export function planExportCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('export')
    .description(t('cli.plan.export.description', {}, lang))
    .requiredOption('-o, --output <file>', t('cli.option.output', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--force', t('cli.option.force', {}, lang))
    .action(async (options: { output: string; plan?: string; force?: boolean }) => {
      // Source files are only read: not even --force writes over the workbook the plan came from.
      if (options.plan !== undefined && resolve(options.plan) === resolve(options.output)) {
        fail(io, lang, 'cli.error.outputIsInput', { path: options.output });
        return ctx.exit(EXIT_USAGE);
      }
      // Never overwrite a workbook by accident: it may be a unit's tracker.
      if (!options.force && (await io.exists(options.output))) {
        fail(io, lang, 'cli.error.outputExists', { path: options.output });
        return ctx.exit(EXIT_USAGE);
      }
      const loaded = await loadPlan(options.plan, io, lang);
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      const layout = planToSheet(loaded.plan);
      const { renderToBuffer } = await import('../../xlsx/renderWorkbook');
      const bytes = await renderToBuffer(layout);
      try {
        await io.writeFile(options.output, bytes);
      } catch (error) {
        io.stderr(`${t('cli.error.prefix', {}, lang)} ${fileSystemMessage(error, options.output, lang, 'cli.error.writeFailed')}\n`);
        return ctx.exit(EXIT_USAGE);
      }
      io.stdout(`${t('cli.plan.exported', { id: loaded.plan.identity.id, path: options.output, sheets: layout.sheets.length }, lang)}\n`);
      return ctx.exit(EXIT_OK);
    });
}
