import type { ExportValue } from '@imednet/export';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  VisualMapComponent,
} from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec, DataTable } from '../pages/types.ts';

const WIDTH = 720;
const HEIGHT = 340;
/** Patterns told apart without colour, one per line series (decals do the same for bars). */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'];
const DASHES = ['solid', 'dashed', 'dotted'] as const;

let registered = false;

/**
 * Draws a table's columns as an SVG chart on the server (ECharts' SSR mode: no DOM, no
 * client script). ECharts' aria option writes a description a screen reader reads, and
 * decal patterns keep series apart without colour.
 *
 * @throws never
 * @example
 * const svg = renderChart(table, { kind: 'bar', x: 'status', series: ['subjects'] });
 */
export function renderChart(table: DataTable, spec: ChartSpec, title: string): string {
  if (!registered) {
    use([
      BarChart,
      LineChart,
      HeatmapChart,
      GridComponent,
      LegendComponent,
      VisualMapComponent,
      AriaComponent,
      SVGRenderer,
    ]);
    registered = true;
  }
  const height = spec.kind === 'heatmap' ? heatmapHeight(table, spec.y) : HEIGHT;
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption({
      animation: false,
      aria: { enabled: true, label: { description: title }, decal: { show: true } },
      textStyle: { fontFamily: 'system-ui, sans-serif' },
      ...optionOf(table, spec),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function labelOf(table: DataTable, column: string): string {
  return table.columns.find((c) => c.name === column)?.label ?? column;
}

function text(value: ExportValue | undefined): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
}

function optionOf(table: DataTable, spec: ChartSpec): EChartsCoreOption {
  if (spec.kind === 'heatmap') return heatmapOption(table, spec);
  const categories = table.rows.map((row) => text(row[spec.x]));
  const line = spec.kind === 'line';
  // Long category names (sites) are turned so that every one shows.
  const turned = categories.length > 4;
  return {
    // Server-side text widths are estimates: wide gaps keep legend entries apart.
    legend: { top: 0, itemGap: 36 },
    grid: { left: turned ? 100 : 56, right: 24, top: 40, bottom: turned ? 110 : 48 },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: turned ? { rotate: 35, interval: 0 } : { interval: 0 },
    },
    yAxis: { type: 'value' },
    series: spec.series.map((column, i) => ({
      name: labelOf(table, column),
      type: line ? 'line' : 'bar',
      ...(spec.kind === 'stackedBar' ? { stack: 'total' } : {}),
      ...(line
        ? { symbol: SYMBOLS[i % SYMBOLS.length], symbolSize: 7, lineStyle: { type: DASHES[i % 3] } }
        : {}),
      data: table.rows.map((row) => Number(row[column] ?? 0)),
    })),
  };
}

function heatmapHeight(table: DataTable, y: string): number {
  return 90 + 28 * new Set(table.rows.map((row) => text(row[y]))).size;
}

function heatmapOption(
  table: DataTable,
  spec: Extract<ChartSpec, { kind: 'heatmap' }>,
): EChartsCoreOption {
  const xs = [...new Set(table.rows.map((row) => text(row[spec.x])))];
  const ys = [...new Set(table.rows.map((row) => text(row[spec.y])))];
  const data = table.rows.map((row) => [
    xs.indexOf(text(row[spec.x])),
    ys.indexOf(text(row[spec.y])),
    Number(row[spec.value] ?? 0),
  ]);
  return {
    grid: { left: 200, right: 24, top: 16, bottom: 64 },
    xAxis: { type: 'category', data: xs, axisLabel: { rotate: 30, hideOverlap: true } },
    yAxis: { type: 'category', data: ys },
    visualMap: {
      min: 0,
      max: 100,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      inRange: { color: ['#fff7ec', '#fdbb84', '#d7301f'] },
    },
    // The number in each cell says the value, so the colour scale is never the only cue.
    series: [
      {
        name: labelOf(table, spec.value),
        type: 'heatmap',
        data,
        label: { show: true, formatter: (p: { value: number[] }) => `${p.value[2]}` },
      },
    ],
  };
}
