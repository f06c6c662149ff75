import { Command } from 'commander';
import { t } from '../../core/i18n/format';
import { EXIT_OK } from '../io';
import { outputAllowed, writeOutput } from '../files';
import { loadPlan } from '../loadPlan';
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
      if (!(await outputAllowed(ctx, options.output, options.force, [options.plan]))) return;
      const loaded = await loadPlan(options.plan, io, lang);
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      const layout = planToSheet(loaded.plan);
      const { renderToBuffer } = await import('../../xlsx/renderWorkbook');
      const bytes = await renderToBuffer(layout);
      if (!(await writeOutput(ctx, options.output, bytes))) return;
      io.stdout(`${t('cli.plan.exported', { id: loaded.plan.identity.id, path: options.output, sheets: layout.sheets.length }, lang)}\n`);
      return ctx.exit(EXIT_OK);
    });
}
