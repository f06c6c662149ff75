import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import type { Plan, Unit } from '../../src/core/plan/types';
import type { PaneState } from '../../src/taskpane/state/paneReducer';
import { INITIAL_ADOPT_STATE } from '../../src/taskpane/state/adoptJob';
import { INITIAL_CHECK_MARKS } from '../../src/taskpane/state/checkJob';
import { DEFAULT_REPORT_PERIOD } from '../../src/taskpane/state/reportJob';
import { INITIAL_CONSOLIDATE_STATE } from '../../src/taskpane/state/consolidateJob';

/** Fixture builders: start from a sensible default and override only what the test is about. */
export const aPaneState = (overrides: Partial<PaneState> = {}): PaneState => ({
  section: 'ke-hoach',
  language: 'vi',
  planSource: { kind: 'built-in', why: 'not-connected' },
  trackerChoice: { unitCode: '', kind: 'unit' },
  trackerJob: { status: 'idle' },
  checkJob: { status: 'idle' },
  checkMarks: INITIAL_CHECK_MARKS,
  adopt: INITIAL_ADOPT_STATE,
  reportPeriod: DEFAULT_REPORT_PERIOD,
  reportJob: { status: 'idle' },
  consolidate: INITIAL_CONSOLIDATE_STATE,
  ...overrides,
});

export const aUnit = (overrides: Partial<Unit> = {}): Unit => ({
  code: 'X1',
  name: 'Xã Một',
  aliases: [],
  level: 'commune',
  ...overrides,
});

export const aPlan = (overrides: Partial<Plan> = {}): Plan => ({ ...GO_DAU_116, ...overrides });
