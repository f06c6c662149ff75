import { date, empty, num, text } from '../../../src/core/layout/cells';
import type { CellValue } from '../../../src/core/layout/types';
import type { Plan, Unit } from '../../../src/core/plan/types';
import { responsibleFor } from '../../../src/core/progress/targetProgress';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { PROGRESS_SHEET_NAME } from '../../../src/core/template/progressSheet';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { fixturePlan } from '../../support/fixturePlans';
import { unitOf } from '../usecases/books';

/**
 * A unit's Tiến độ honours PHÂN CÔNG (issue 13, tester finding 7), on the tester's own 2026 commune
 * plan: Văn phòng has the Facebook, Zalo and portal targets, the hamlets (by level) the loudspeaker
 * targets, Trung tâm PVHCC only standing items. A unit's table lists its own targets, by the rule its
 * report uses (responsibleFor); what it did for the others' targets is shown under them, ungraded.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
});

const unit = (code: string): Unit => unitOf(code, plan);
const request = (code: string): TemplateRequest => ({ plan, kind: 'unit', unit: unit(code), createdOn: '2026-02-01' });

describe('Tiến độ lists the targets PHÂN CÔNG gives the unit', () => {
  test.each([
    ['HB', 'a hamlet (assigned by its level)', ['1.d', '1.e', '1.f']],
    ['VP', 'Văn phòng (assigned by name)', ['1.a', '1.b', '1.c']],
    ['VHXH', 'Phòng Văn hóa - Xã hội', ['1.g', '1.h']],
    ['TTPV', 'Trung tâm PVHCC (no counted target)', []],
  ])("given %s, %s, its table lists exactly its targets and the others' below", (code, _who, own) => {
    const progress = templateProgress(request(code));
    expect([...progress.targetRows.keys()]).toEqual(own);
    expect([...progress.otherRows.keys()]).toEqual(plan.targets.map((t) => t.id).filter((id) => !own.includes(id)));
    // The one rule: the report's.
    expect(plan.targets.filter((t) => responsibleFor(plan, unit(code), t.id)).map((t) => t.id)).toEqual(own);
  });

  test('given a unit with no counted target, its table says so instead of an empty row', () => {
    const layout = buildTemplate(request('TTPV'));
    const evaluated = evaluateLayout(layout);
    try {
      expect(String(evaluated.value(PROGRESS_SHEET_NAME, 'B6'))).toContain('PHÂN CÔNG');
    } finally {
      evaluated.destroy();
    }
  });

  test("given a hamlet's broadcasts and a Facebook post, its own targets count them and the Văn phòng's Facebook target reads 'Không giao' (HyperFormula)", () => {
    const row = (day: string, channel: string, form: string, minutes: number | null): CellValue[] => [
      date(day),
      text(channel),
      text(form),
      text('Tuyên truyền dịch vụ công trực tuyến'),
      empty,
      empty,
      empty,
      empty,
      minutes === null ? empty : num(minutes),
      empty,
    ];
    const loudspeaker = 'Hệ thống loa truyền thanh ấp';
    const existing = {
      outputs: [
        row('2026-02-03', loudspeaker, 'Phát thanh', 15),
        row('2026-02-17', loudspeaker, 'Phát thanh', 10),
        row('2026-02-20', 'Trang Facebook UBND xã Hòa Hội', 'Tin', null),
      ],
      standing: [],
      spending: [],
    };
    const layout = buildTemplate({ ...request('HB'), existing });
    const progress = templateProgress({ ...request('HB'), existing });
    const evaluated = evaluateLayout(layout);
    const at = (column: string, id: string, rows: ReadonlyMap<string, number>): unknown =>
      evaluated.value(PROGRESS_SHEET_NAME, `${column}${rows.get(id) ?? 0}`);
    try {
      expect(at('D', '1.d', progress.targetRows)).toBe(2);
      expect(at('D', '1.f', progress.targetRows)).toBe(25);
      // Hòa Hội's PHÂN CÔNG has no general row: the hamlet's Facebook post counts for no part of the Văn phòng's 1.a (countsFor, verdict13).
      expect([at('D', '1.a', progress.otherRows), at('F', '1.a', progress.otherRows)]).toEqual([1, 'Không giao']);
      expect([at('D', '1.b', progress.otherRows), at('F', '1.b', progress.otherRows)]).toEqual([0, 'Không giao']);
    } finally {
      evaluated.destroy();
    }
  });
});
