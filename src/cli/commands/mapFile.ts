import { mappingFileToDecisions } from '../../core/adopt/mappingFile';
import { readDecisions } from '../../core/decisions/readDecisions';
import { readReviewStates, type KeptReviews } from '../../core/review/readReviewStates';
import type { Decision } from '../../core/decisions/types';
import { t } from '../../core/i18n/format';
import type { Issue } from '../../core/issues';
import type { IsoDate, Plan } from '../../core/plan/types';
import { readSheets } from '../files';
import { fail, fileSystemMessage } from '../messages';
import type { CommandContext } from './context';

/**
 * The --map file of `cchc adopt` and `cchc consolidate`: a JSON mapping file, or (consolidate) a
 * district workbook whose "Ghi nhớ đọc tệp" sheet holds the decisions of an earlier consolidation.
 */

/** The mapping file's JSON, or undefined after saying why it cannot be used. */
export async function readJson(ctx: CommandContext, path: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await ctx.io.readFile(path);
  } catch (error) {
    ctx.io.stderr(`${t('cli.error.prefix', {}, ctx.lang)} ${fileSystemMessage(error, path, ctx.lang, 'cli.error.readFailed')}\n`);
    return undefined;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    fail(ctx.io, ctx.lang, 'cli.adopt.badJson', { path, reason: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

export interface MapDecisions {
  /** Rows of a district workbook's decisions sheet: kept as they are in the workbook written. */
  readonly kept: readonly Decision[];
  /** What a JSON mapping file decides: merged over `kept`. */
  readonly added: readonly Decision[];
  readonly issues: readonly Issue[];
  /** The review states kept on the district workbook's unit list sheet (issue 15); absent for a JSON mapping file. */
  readonly reviews?: KeptReviews;
}

/**
 * @returns the decisions and the issues found in them (cells of the sheet, or "mapping.json"), or
 *   undefined when the file cannot be read at all (said on stderr)
 */
export async function readMapDecisions(ctx: CommandContext, plan: Plan, path: string, today: IsoDate): Promise<MapDecisions | undefined> {
  let head: Uint8Array;
  try {
    head = (await ctx.io.readFile(path)).subarray(0, 2);
  } catch (error) {
    ctx.io.stderr(`${t('cli.error.prefix', {}, ctx.lang)} ${fileSystemMessage(error, path, ctx.lang, 'cli.error.readFailed')}\n`);
    return undefined;
  }
  // "PK": a zip, so a workbook; anything else is read as JSON (and said so when it is not).
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const sheets = await readSheets(ctx, path);
    if (!sheets) return undefined;
    const read = readDecisions(plan, sheets);
    return { kept: read.decisions, added: [], issues: read.issues, reviews: readReviewStates(sheets) };
  }
  const json = await readJson(ctx, path);
  if (json === undefined) return undefined;
  const read = mappingFileToDecisions(plan, json, today);
  return { kept: [], added: read.decisions, issues: read.issues };
}
