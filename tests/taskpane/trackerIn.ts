import type { Plan } from '../../src/core/plan/types';
import type { ProgressListener, WorkbookPort } from '../../src/core/ports/workbookPort';
import { makeTrackerInPlace, type TrackerWritten } from '../../src/core/usecases/makeTracker';
import type { TrackerChoice } from '../../src/taskpane/state/trackerJob';

/** "Tạo/Cập nhật sổ" as the pane runs it: the chosen unit's tracker written into the port's workbook. */
export async function trackerIn(
  port: WorkbookPort,
  plan: Plan,
  choice: TrackerChoice,
  today: string,
  onProgress?: ProgressListener,
  replaceable: readonly string[] = [],
): Promise<TrackerWritten> {
  const unit = plan.units.find((candidate) => candidate.code === choice.unitCode);
  if (unit === undefined) throw new RangeError(`Unit ${choice.unitCode} is not in plan ${plan.identity.id}.`);
  return makeTrackerInPlace(port, { plan, kind: choice.kind, unit, today, replaceable }, onProgress);
}

/** The figures of a tracker written, failing the test when the use case refused. */
export function written(outcome: TrackerWritten): Extract<TrackerWritten, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.sheets.join(', ')}`);
  return outcome;
}
