import { Command } from 'commander';
import { applyMappingFile, proposalToMappingFile } from '../../core/adopt/mappingFile';
import { acceptProposal, channelLabels, proposeAdoption } from '../../core/adopt/proposeAdoption';
import type { AdoptionMapping, AdoptionProposal } from '../../core/adopt/types';
import { foldForMatch } from '../../core/text/fold';
import { t } from '../../core/i18n/format';
import { adoptIntoTracker } from '../../core/usecases/adoptTracker';
import { readStamp } from '../../core/template/stamp';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE } from '../io';
import { outputAllowed, readSheets, writeOutput } from '../files';
import { loadPlan, planOfBook } from '../loadPlan';
import { fail, formatIssue } from '../messages';
import { readJson } from './mapFile';
import { resolveUnit } from '../planOptions';
import { adoptionSummary } from './adoptSummary';
import type { CommandContext } from './context';

interface AdoptOptions {
  readonly unit: string;
  readonly output?: string;
  readonly map?: string;
  readonly writeMap?: string;
  readonly plan?: string;
  readonly force?: boolean;
}

/**
 * `cchc adopt TRACKER --unit UNIT -o FILE [--map JSON] [--write-map JSON]`: an office's own tracker
 * into a new tracking workbook, every row taken, set aside with its reason, or counted as
 * blank/title/total. --write-map saves the proposal to edit and pass back with --map.
 */
export function adoptCommand(ctx: CommandContext): Command {
  const { io, lang } = ctx;
  return new Command('adopt')
    .description(t('cli.adopt.description', {}, lang))
    .argument('<tracker>', t('cli.argument.tracker', {}, lang))
    .requiredOption('--unit <unit>', t('cli.option.unit', {}, lang))
    .option('-o, --output <file>', t('cli.option.output', {}, lang))
    .option('--map <file>', t('cli.option.map', {}, lang))
    .option('--write-map <file>', t('cli.option.writeMap', {}, lang))
    .option('--plan <file>', t('cli.option.plan', {}, lang))
    .option('--force', t('cli.option.force', {}, lang))
    .action(async (tracker: string, options: AdoptOptions) => {
      if (options.output === undefined && options.writeMap === undefined) {
        fail(io, lang, 'cli.adopt.nothingToWrite');
        return ctx.exit(EXIT_USAGE);
      }
      const sources = [tracker, options.plan, options.map];
      for (const output of [options.output, options.writeMap]) {
        if (output !== undefined && !(await outputAllowed(ctx, output, options.force, sources))) return;
      }
      // A bad --plan is said before the tracker is read, as a plan error (exit 1).
      const given = options.plan === undefined ? undefined : await loadPlan(options.plan, io, lang);
      if (given !== undefined && 'exit' in given) return ctx.exit(given.exit);
      const sheets = await readSheets(ctx, tracker);
      if (!sheets) return ctx.exit(EXIT_USAGE);
      if (readStamp(sheets)) {
        // The add-in's own workbook: adopting would read its lists and progress as data.
        fail(io, lang, 'cli.adopt.ownWorkbook', { path: tracker });
        return ctx.exit(EXIT_USAGE);
      }
      // Without --plan, the plan sheet the tracker carries (an office may have copied one in); an office's tracker without one takes the built-in plan, as always.
      const loaded = given ?? (await planOfBook(undefined, tracker, sheets, io, lang, { quietWithoutSheet: true }));
      if ('exit' in loaded) return ctx.exit(loaded.exit);
      const { plan } = loaded;
      const unit = resolveUnit(ctx, plan, options.unit);
      if (!unit) return;

      let proposal: AdoptionProposal = proposeAdoption(plan, sheets, [], unit);
      if (options.writeMap !== undefined) {
        const json = `${JSON.stringify(proposalToMappingFile(proposal), null, 2)}\n`;
        if (!(await writeOutput(ctx, options.writeMap, new TextEncoder().encode(json)))) return;
        io.stdout(`${t('cli.adopt.mapWritten', { path: options.writeMap }, lang)}\n`);
      }
      if (proposal.sheets.length === 0) {
        fail(io, lang, 'cli.adopt.noTable', { path: tracker, reason: t('adopt.noTable', {}, lang) });
        return ctx.exit(EXIT_DATA);
      }

      let mapping: AdoptionMapping = acceptProposal(proposal);
      if (options.map !== undefined) {
        const json = await readJson(ctx, options.map);
        if (json === undefined) return ctx.exit(EXIT_USAGE);
        const applied = applyMappingFile(plan, proposal, json);
        const errors = applied.issues.filter((i) => i.severity === 'error').length;
        if (applied.issues.length > 0) {
          io.stderr(`${t('cli.adopt.mapIssues', { path: options.map, errors, warnings: applied.issues.length - errors }, lang)}\n`);
          for (const found of applied.issues) io.stderr(`  ${formatIssue({ ...found, where: { sheet: options.map } }, lang)}\n`);
        }
        if (errors > 0) return ctx.exit(EXIT_DATA);
        // A column remapped to the channel brings its own labels: read them again, the map's codes kept.
        const kept = [...applied.mapping.channels].map(([label, code]) => ({ label, rows: 0, code }));
        const channels = channelLabels(plan, sheets, applied.mapping, kept);
        mapping = { ...applied.mapping, channels: new Map([...applied.mapping.channels, ...channels.map((c) => [foldForMatch(c.label), c.code] as const)]) };
        proposal = { ...proposal, channels };
      }

      const { result, layout } = adoptIntoTracker({ plan, sheets, mapping, unit, kind: 'unit', today: io.today() });
      // A tracker none of whose data rows could be taken is not adopted: say so, exit 1, write nothing.
      const dataRows = result.taken + result.quarantined.length;
      if (result.taken === 0 && dataRows > 0) {
        io.stdout(adoptionSummary(plan, proposal, mapping, result, lang));
        fail(io, lang, 'cli.adopt.noneTaken', { rows: dataRows });
        return ctx.exit(EXIT_DATA);
      }
      if (options.output === undefined) {
        io.stdout(adoptionSummary(plan, proposal, mapping, result, lang));
        return ctx.exit(EXIT_OK);
      }
      const { renderToBuffer } = await import('../../xlsx/renderWorkbook');
      if (!(await writeOutput(ctx, options.output, await renderToBuffer(layout)))) return;
      io.stdout(adoptionSummary(plan, proposal, mapping, result, lang));
      io.stdout(`${t('cli.adopt.written', { path: options.output, unit: unit.name, rows: result.rows.length }, lang)}\n`);
      return ctx.exit(EXIT_OK);
    });
}
