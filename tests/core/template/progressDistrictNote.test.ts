import type { SheetLayout } from '../../../src/core/layout/types';
import type { Plan } from '../../../src/core/plan/types';
import { t } from '../../../src/core/i18n/format';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { PROGRESS_SHEET_NAME } from '../../../src/core/template/progressSheet';
import { fixturePlan } from '../../support/fixturePlans';
import { unitOf } from '../usecases/books';
import { cellAt, textOf } from '../report/layoutQuery';

/**
 * The district's (consolidating) Tiến độ counts every unit's standing rows together, so it cannot
 * credit a unit's surplus row to that unit's earlier gap nor say "hoàn thành chậm" (issue 13,
 * closing5 item 6): a per-unit count would need 8 helper cells a unit for a quarterly item. The
 * sheet says so in the blank row under the standing table, and a unit's own sheet does not.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-thanh-binh-2026.xlsx');
});

const NOTE = (): string => t('report.progressSheet.districtStandingNote', {}, 'vi');

function progressOf(request: TemplateRequest): { sheet: SheetLayout; lastItemRow: number; fundingRow: number } {
  const sheet = buildTemplate(request).sheets.find((s) => s.name === PROGRESS_SHEET_NAME);
  const rows = templateProgress(request);
  if (!sheet) throw new Error('no Tiến độ');
  return { sheet, lastItemRow: Math.max(...rows.itemRows.values()), fundingRow: Math.min(...rows.fundingRows.values()) };
}

describe("the district's Tiến độ says where standing items are judged per unit (issue 13)", () => {
  test('given the district workbook, the row under the standing table says late and per-unit occurrences are judged in the report, merged across A–F, no row moved', () => {
    const { sheet, lastItemRow, fundingRow } = progressOf({ plan, kind: 'district', unit: unitOf('VP', plan), createdOn: '2026-01-05' });
    const at = `A${lastItemRow + 1}`;
    expect(textOf(cellAt(sheet, at))).toBe(NOTE());
    expect(NOTE()).toMatch(/hoàn thành chậm.*báo cáo tổng hợp/u);
    expect(sheet.merges).toContain(`${at}:F${lastItemRow + 1}`);
    // The funding table's header stays in the next row: the note takes the blank row between the tables.
    expect(fundingRow).toBe(lastItemRow + 3);
  });

  test("given a hamlet's own workbook, its Tiến độ applies the surplus rule itself and carries no such note", () => {
    const { sheet, lastItemRow } = progressOf({ plan, kind: 'unit', unit: unitOf('AHTN', plan), createdOn: '2026-01-05' });
    expect(textOf(cellAt(sheet, `A${lastItemRow + 1}`))).toBe('');
    expect(sheet.blocks.some((b) => b.rows.some((r) => r.some((c) => c.kind === 'text' && c.text === NOTE())))).toBe(false);
  });
});
