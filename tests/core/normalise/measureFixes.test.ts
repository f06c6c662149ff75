import { date, empty, num, text } from '../../../src/core/layout/cells';
import type { CellValue } from '../../../src/core/layout/types';
import { changeText, unsettledText } from '../../../src/core/normalise/describeFix';
import { t } from '../../../src/core/i18n/format';
import type { Plan, Unit } from '../../../src/core/plan/types';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { PROGRESS_SHEET_NAME } from '../../../src/core/template/progressSheet';
import { planNormalise } from '../../../src/core/usecases/normaliseWorkbook';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';
import { patchLayout } from '../../support/patchLayout';
import { fixturePlan } from '../../support/fixturePlans';

/**
 * Chuẩn hóa of minutes and amounts typed as text (issue 13), on a hamlet's tracker of the tester's
 * 2026 commune plan: "45 phút", "1,5", "2.000.000 đ" and "2 triệu" become numbers, cell by cell and
 * listed; "1,5 giờ" (hours), "1.500" (1,5 or 1 500 minutes?) and "hai triệu" are left and listed.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
});

const LOUDSPEAKER = 'Hệ thống loa truyền thanh ấp';
const LEAFLETS = 'Tờ rơi, tờ gấp tuyên truyền';
/** A row in OUTPUT_SHEET's column order: date, channel, form, title, link, unit, note, count, minutes, amount. */
const row = (day: string, channel: string, form: string, minutes: CellValue, amount: CellValue): CellValue[] => [
  date(day),
  text(channel),
  text(form),
  text('Tuyên truyền dịch vụ công trực tuyến'),
  empty,
  empty,
  empty,
  empty,
  minutes,
  amount,
];
const outputs = (): CellValue[][] => [
  row('2026-02-02', LOUDSPEAKER, 'Phát thanh', text('45 phút'), empty),
  row('2026-02-09', LOUDSPEAKER, 'Phát thanh', text('1,5'), empty),
  row('2026-02-16', LOUDSPEAKER, 'Phát thanh', text('1,5 giờ'), empty),
  row('2026-02-23', LOUDSPEAKER, 'Phát thanh', text('1.500'), empty),
  row('2026-02-25', LOUDSPEAKER, 'Phát thanh', num(20), empty),
  row('2026-03-02', LEAFLETS, 'Tờ rơi', empty, text('2.000.000 đ')),
  row('2026-03-03', LEAFLETS, 'Tờ rơi', empty, text('2 triệu')),
  row('2026-03-04', LEAFLETS, 'Tờ rơi', empty, text('hai triệu')),
];

describe('Chuẩn hóa of minutes and amounts typed as text', () => {
  const request = (): TemplateRequest => {
    const unit = plan.units.find((u) => u.code === 'HB') as Unit;
    return { plan, kind: 'unit', unit, createdOn: '2026-02-01', existing: { outputs: outputs(), standing: [], spending: [] } };
  };

  test('given unambiguous text, writes numbers cell by cell; hours, thousands-like minutes and words are left and listed', () => {
    const result = planNormalise(layoutToRawSheets(buildTemplate(request())), { plan, today: '2026-03-31' });
    if (result.kind !== 'planned') throw new Error('not a template');
    const measureWrites = result.writes.filter((w) => w.field === 'minutes' || w.field === 'amount');
    expect(measureWrites.map((w) => [w.old, w.value, w.reason])).toEqual([
      ['45 phút', num(45), 'textMinutes'],
      ['1,5', num(1.5), 'textMinutes'],
      ['2.000.000 đ', num(2_000_000), 'textAmount'],
      ['2 triệu', num(2_000_000), 'textAmount'],
    ]);
    expect(result.unsettled.map((u) => [u.old, u.reason])).toEqual([
      ['1,5 giờ', 'notMinutes'],
      ['1.500', 'ambiguousMinutes'],
      ['hai triệu', 'notAnAmount'],
    ]);
    const vi = (key: Parameters<typeof t>[0], params?: Parameters<typeof t>[1]): string => t(key, params ?? {}, 'vi');
    expect(changeText(measureWrites[1] ?? measureWrites[0]!, vi, 'vi')).toContain('"1,5" → "1,5" (thời lượng dạng chữ đổi sang số phút)');
    expect(unsettledText(result.unsettled[0]!, vi)).toContain('giờ không được tự đổi ra phút');
  });

  test('given the writes, the live Tiến độ counts the minutes and đồng it skipped as text (HyperFormula)', () => {
    const layout = buildTemplate(request());
    const result = planNormalise(layoutToRawSheets(layout), { plan, today: '2026-03-31' });
    if (result.kind !== 'planned') throw new Error('not a template');
    const progress = templateProgress(request());
    const figures = (sheets: typeof layout): [unknown, unknown] => {
      const evaluated = evaluateLayout(sheets);
      try {
        return [
          evaluated.value(PROGRESS_SHEET_NAME, `D${progress.targetRows.get('1.f') ?? 0}`),
          evaluated.value(PROGRESS_SHEET_NAME, `D${progress.otherRows.get('1.h') ?? 0}`),
        ];
      } finally {
        evaluated.destroy();
      }
    };
    expect(figures(layout)).toEqual([20, 0]);
    const written = patchLayout(
      layout,
      result.writes.map((w) => ({ sheet: w.sheet, cell: w.cell, value: w.value })),
    );
    expect(figures(written)).toEqual([66.5, 4_000_000]);
  });
});
