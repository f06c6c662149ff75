import { rectAddress } from './addresses';
import { HostError, invalidArgument } from './errors';
import type { ChartState, SheetState } from './model';
import type { RangeProxy } from './rangeProxies';
import { ClientObject } from './request';
import { rectOn } from './sheetFeatureProxies';

/**
 * Worksheet.charts, the part a layout's native chart needs: add with a source range, title,
 * position and series (name, values, category labels; setValues and setXAxisValues are ExcelApi 1.7).
 */

const CHART_TYPES = ['ColumnClustered', 'BarClustered', 'Line', 'Pie', 'ColumnStacked', 'BarStacked'];

export class ChartCollectionProxy extends ClientObject<SheetState> {
  protected readonly typeName = 'ChartCollection';
  protected readonly scalarProperties = ['count'];
  protected snapshot(target: SheetState, property: string): unknown {
    if (property === 'count') return target.charts.length;
    throw invalidArgument(`ChartCollection has no property '${property}'.`);
  }
  get count(): number {
    return this.read('count');
  }

  add(type: string, source: RangeProxy | string, seriesBy = 'Auto'): ChartProxy {
    const label = typeof source === 'string' ? source : source.path;
    return new ChartProxy(this.context, `${this.path}.add(${JSON.stringify(type)},${JSON.stringify(label)},${JSON.stringify(seriesBy)})`, () => {
      if (!CHART_TYPES.includes(type)) throw invalidArgument(`The test host does not know the chart type '${type}'.`);
      const sheet = this.bound();
      const rect = rectOn(sheet, source);
      const byRows = seriesBy === 'Rows';
      const count = byRows ? rect.bottom - rect.top + 1 : rect.right - rect.left + 1;
      const series = Array.from({ length: count }, (_, i) => ({
        name: `Series${i + 1}`,
        values: rectAddress(byRows ? { ...rect, top: rect.top + i, bottom: rect.top + i } : { ...rect, left: rect.left + i, right: rect.left + i }),
        categories: null,
      }));
      const chart: ChartState = { type, title: '', from: null, to: null, series };
      sheet.charts.push(chart);
      return { sheet, chart };
    });
  }
}

interface ChartTarget {
  readonly sheet: SheetState;
  readonly chart: ChartState;
}

export class ChartProxy extends ClientObject<ChartTarget> {
  protected readonly typeName = 'Chart';
  protected readonly scalarProperties = [];
  private titleProxy: ChartTitleProxy | undefined;
  private seriesProxy: ChartSeriesCollectionProxy | undefined;
  protected snapshot(_target: ChartTarget, property: string): unknown {
    throw invalidArgument(`Chart has no property '${property}' in the test host.`);
  }
  get title(): ChartTitleProxy {
    this.titleProxy ??= new ChartTitleProxy(
      this.context,
      `${this.path}.title`,
      this.child((t) => t),
    );
    return this.titleProxy;
  }
  get series(): ChartSeriesCollectionProxy {
    this.seriesProxy ??= new ChartSeriesCollectionProxy(
      this.context,
      `${this.path}.series`,
      this.child((t) => t),
    );
    return this.seriesProxy;
  }
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this.call(
      'setPosition',
      [typeof startCell === 'string' ? startCell : startCell.path, typeof endCell === 'string' ? endCell : (endCell?.path ?? null)],
      (t) => {
        t.chart.from = rectAddress(rectOn(t.sheet, startCell));
        t.chart.to = endCell === undefined ? null : rectAddress(rectOn(t.sheet, endCell));
      },
    );
  }
}

export class ChartTitleProxy extends ClientObject<ChartTarget> {
  protected readonly typeName = 'ChartTitle';
  protected readonly scalarProperties = ['text'];
  protected snapshot(target: ChartTarget, property: string): unknown {
    if (property === 'text') return target.chart.title;
    throw invalidArgument(`ChartTitle has no property '${property}'.`);
  }
  get text(): string {
    return this.read('text');
  }
  set text(value: string) {
    this.write('text', value, (t) => {
      if (value.length > 255) throw invalidArgument('A chart title is limited to 255 characters.');
      t.chart.title = value;
    });
  }
}

interface SeriesTarget {
  readonly sheet: SheetState;
  readonly series: ChartState['series'][number];
}

export class ChartSeriesCollectionProxy extends ClientObject<ChartTarget> {
  protected readonly typeName = 'ChartSeriesCollection';
  protected readonly scalarProperties = ['count'];
  protected snapshot(target: ChartTarget, property: string): unknown {
    if (property === 'count') return target.chart.series.length;
    throw invalidArgument(`ChartSeriesCollection has no property '${property}'.`);
  }
  get count(): number {
    return this.read('count');
  }
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this.path}.getItemAt(${index})`, () => {
      const t = this.bound();
      const series = t.chart.series[index];
      if (!series) throw new HostError('ItemNotFound', `The chart has no series ${index}.`);
      return { sheet: t.sheet, series };
    });
  }
  add(name?: string, index?: number): ChartSeriesProxy {
    this.context.requireSet('1.7', 'ChartSeriesCollection.add');
    return new ChartSeriesProxy(this.context, `${this.path}.add(${JSON.stringify(name ?? null)},${index ?? -1})`, () => {
      const t = this.bound();
      const series = { name: name ?? `Series${t.chart.series.length + 1}`, values: null, categories: null };
      t.chart.series.splice(index ?? t.chart.series.length, 0, series);
      return { sheet: t.sheet, series };
    });
  }
}

export class ChartSeriesProxy extends ClientObject<SeriesTarget> {
  protected readonly typeName = 'ChartSeries';
  protected readonly scalarProperties = ['name'];
  protected snapshot(target: SeriesTarget, property: string): unknown {
    if (property === 'name') return target.series.name;
    throw invalidArgument(`ChartSeries has no property '${property}'.`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value, (t) => (t.series.name = value));
  }
  setValues(source: RangeProxy): void {
    this.context.requireSet('1.7', 'ChartSeries.setValues');
    this.call('setValues', [source.path], (t) => (t.series.values = rectAddress(rectOn(t.sheet, source))));
  }
  setXAxisValues(source: RangeProxy): void {
    this.context.requireSet('1.7', 'ChartSeries.setXAxisValues');
    this.call('setXAxisValues', [source.path], (t) => (t.series.categories = rectAddress(rectOn(t.sheet, source))));
  }
}
