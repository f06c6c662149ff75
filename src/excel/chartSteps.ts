import type { ChartSpec, SheetLayout } from '../core/layout/types';
import { jsonBytes, OPERATION_OVERHEAD_BYTES, type Step } from './requestPlan';

/**
 * Native charts. The chart is created from the first series' values, which gives it exactly one
 * series (seriesBy Columns on a one-column range); the others are added by name, each with its
 * values and the shared category labels (ChartSeries.setValues/setXAxisValues, ExcelApi 1.7).
 */

const CHART_TYPE = { clusteredBar: 'BarClustered', clusteredColumn: 'ColumnClustered' } as const;

function chartStep(sheetName: string, spec: ChartSpec): Step {
  return {
    bytes: OPERATION_OVERHEAD_BYTES * (6 + 5 * spec.series.length) + jsonBytes(spec),
    cells: 0,
    queue: (_context, sheet) => {
      const [first, ...rest] = spec.series;
      if (!first) return;
      const ws = sheet(sheetName);
      const categories = ws.getRange(spec.categories);
      const chart = ws.charts.add(CHART_TYPE[spec.kind], ws.getRange(first.values), 'Columns');
      chart.title.text = spec.title;
      chart.setPosition(spec.from, spec.to);
      const firstSeries = chart.series.getItemAt(0);
      firstSeries.name = first.name;
      firstSeries.setXAxisValues(categories);
      for (const s of rest) {
        const series = chart.series.add(s.name);
        series.setValues(ws.getRange(s.values));
        series.setXAxisValues(categories);
      }
    },
  };
}

export function chartSteps(layout: SheetLayout): Step[] {
  return (layout.charts ?? []).filter((c) => c.series.length > 0).map((c) => chartStep(layout.name, c));
}
