import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanFromSheets } from '../../src/core/plan/planSheetReader';
import type { Plan } from '../../src/core/plan/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

/** The bytes of a plan workbook in tests/fixtures/plans (new users' own 2026 plans, kept as they made them). */
export const fixturePlanBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'plans', file)));

/** The plan a workbook in tests/fixtures/plans holds, read as the add-in reads it; throws when it does not read. */
export async function fixturePlan(file: string): Promise<Plan> {
  const read = readPlanFromSheets(await readWorkbook(fixturePlanBytes(file)));
  if (!read.plan) throw new Error(`the plan of ${file} did not read`);
  return read.plan;
}

/** The bytes of a plan workbook shipped in examples/ (the 2026 commune and province plans). */
export const examplePlanBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', file)));

/** The plan a workbook in examples/ holds, read as the add-in reads it; throws with its issues when it does not read. */
export async function examplePlan(file: string): Promise<Plan> {
  const read = readPlanFromSheets(await readWorkbook(examplePlanBytes(file)));
  if (!read.plan) throw new Error(`the plan of ${file} did not read: ${JSON.stringify(read.issues)}`);
  return read.plan;
}
