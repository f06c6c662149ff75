// Types of support.cjs for the TypeScript benchmarks (readXlsx.ts); the .cjs scripts use it untyped.
import type ExcelJS from 'exceljs';
import type { CellValue, WorkbookLayout } from '../src/core/layout/types';
import type { Plan, Unit } from '../src/core/plan/types';

export interface Cells {
  date(iso: string): CellValue;
  text(value: string): CellValue;
  readonly empty: CellValue;
}

export interface Modules {
  readonly GO_DAU_116: Plan;
  buildTemplate(options: {
    plan: Plan;
    kind: 'unit';
    unit: Unit;
    createdOn: string;
    existing: { outputs: CellValue[][]; standing: CellValue[][]; spending: CellValue[][] };
  }): WorkbookLayout;
  readonly cells: Cells;
  renderToBuffer(layout: WorkbookLayout): Promise<Uint8Array>;
  writeLayout?(layout: WorkbookLayout): Promise<Uint8Array>;
}

export interface RowOptions {
  step?: number;
  day?(i: number): string;
  shared?(i: number): boolean;
  badDate?(i: number): boolean;
  channels?: readonly string[];
  forms?: readonly string[];
  channelShift?: boolean;
  title?(i: number, shared: boolean): string;
  links?: boolean;
}

export const CLI: string;
export const CHANNELS: readonly string[];
export const FORMS: readonly string[];
export function builtCli(hint?: string): { CLI: string; load(path: string): unknown };
export function builtModules(): Modules;
export function planWithUnits(plan: Plan, count: number, prefix?: string): Plan;
export function templateRows(cells: Cells, unitIndex: number, count: number, options?: RowOptions): CellValue[][];
export function templateWorkbook(modules: Modules, plan: Plan, unit: Unit, rows: CellValue[][], createdOn?: string): Promise<Uint8Array>;
export function trackerBytes(exceljs: typeof ExcelJS, unitName: string, unitIndex: number, records: number): Promise<Uint8Array>;
export function trackerName(unit: Pick<Unit, 'name'>): string;
export function sheetParts(name: string): boolean;
export function valueParts(name: string): boolean;
export function floorScan(bytes: Uint8Array, wanted?: (name: string) => boolean): number;
export function timed(work: () => unknown): Promise<number>;
export function cpuTimed(work: () => unknown): Promise<number>;
export function runCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string; ms: number; cpuMs: number; peakMb: number };
