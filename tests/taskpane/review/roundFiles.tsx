import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { UnitFileInput } from '../../../src/core/consolidate/types';
import { t } from '../../../src/core/i18n/format';
import { date, empty, text } from '../../../src/core/layout/cells';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { PaneContext, type PaneContextValue } from '../../../src/taskpane/PaneContext';
import { initialPaneState } from '../../../src/taskpane/state/paneReducer';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

/** A unit's template file of `plan` with one news item of 05/03/2018, and with `bad` a second row dated "32/13/2018" (an error). */
export function unitFile(plan: Plan, code: string, file: string, bad = false): UnitFileInput {
  const unit = plan.units.find((u) => u.code === code);
  if (unit === undefined) throw new Error(`no unit ${code}`);
  const outputs = [
    [date('2018-03-05'), text('Báo Tây Ninh'), text('Tin'), text(`Tin của ${code}`), empty, empty, empty],
    ...(bad ? [[text('32/13/2018'), text('Báo Tây Ninh'), text('Tin'), text('Sai ngày'), empty, empty, empty]] : []),
  ];
  return {
    file,
    lastModified: 1,
    sheets: layoutToRawSheets(buildTemplate({ plan, kind: 'unit', unit, createdOn: '2018-06-01', existing: { outputs, standing: [], spending: [] } })),
  };
}

/** Renders pane components to HTML inside Tổng hợp's context for `plan`, in Vietnamese, with no Excel. */
export function paneRenderer(plan: Plan): (element: ReactElement) => string {
  const pane: PaneContextValue = {
    state: initialPaneState('#tong-hop'),
    dispatch: () => undefined,
    plan,
    builtInPlan: GO_DAU_116,
    host: { kind: 'no-office' },
    describeError: () => ({ key: 'decisions.notTaken', params: {} }),
    text: (key, params) => t(key, params ?? {}, 'vi'),
  };
  return (element) => renderToStaticMarkup(<PaneContext.Provider value={pane}>{element}</PaneContext.Provider>);
}
