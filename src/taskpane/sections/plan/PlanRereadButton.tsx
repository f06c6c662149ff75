import type { ReactElement } from 'react';
import { Button } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { rereadPlan } from '../../hooks/useWorkbookPlan';

/**
 * "Đọc lại kế hoạch": the button the plan sheet's instructions name. After the officer edits the
 * "Kế hoạch" sheet, the pane reads it again instead of keeping the plan it read on opening.
 */
export function PlanRereadButton(): ReactElement | null {
  const { host, state, dispatch, text } = usePane();
  if (host.kind !== 'ready') return null;
  return (
    <Button
      appearance="secondary"
      size="small"
      disabled={state.planSource.kind === 'reading'}
      onClick={() => rereadPlan(host, dispatch)}
      data-testid="plan-reread"
    >
      {text('pane.plan.reread')}
    </Button>
  );
}
