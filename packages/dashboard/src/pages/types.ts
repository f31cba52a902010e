import type { ExportColumn, ExportRow } from '@imednet/export';
import type { DashboardSource } from '../source/types.ts';

/** A table of a page: shown under its chart, and downloadable as CSV or Excel. */
export interface DataTable {
  /** Part of its download URL: `/studies/KEY/queries/by-site.csv`. */
  readonly id: string;
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly ExportRow[];
  /** Cells that link somewhere, by column name. */
  readonly links?: Readonly<Record<string, (row: ExportRow) => string>>;
}

/** A chart drawn from a table's own columns, so the table is its exact text fallback. */
export type ChartSpec =
  | {
      readonly kind: 'bar' | 'stackedBar' | 'line';
      /** The category (or time) column. */
      readonly x: string;
      /** One series per column. */
      readonly series: readonly string[];
    }
  | { readonly kind: 'heatmap'; readonly x: string; readonly y: string; readonly value: string };

/** One figure of a page: a chart with its caption, and the table it is drawn from. */
export interface Section {
  readonly table: DataTable;
  readonly chart?: ChartSpec;
  /** What the chart shows, in words: the figure's caption. */
  readonly caption: string;
}

/** A headline figure. */
export interface Kpi {
  readonly id: string;
  readonly label: string;
  readonly value: string | number;
}

/** What a page shows; rendered to HTML by `renderPage`, its tables served as downloads. */
export interface PageModel {
  readonly title: string;
  readonly kpis?: readonly Kpi[];
  /** Said above the figures, e.g. that a sync database holds no queries. */
  readonly notice?: string;
  /** Trusted HTML placed before the sections (the records page's filter form and pager). */
  readonly controls?: string;
  readonly sections: readonly Section[];
}

/** What a page function gets. */
export interface PageContext {
  readonly source: DashboardSource;
  readonly studyKey: string;
  readonly signal: AbortSignal;
  /** The request's query parameters (filters, page number). */
  readonly params: URLSearchParams;
  /** Now, for ages and overdue visits. */
  readonly now: Date;
  /** True when the tables are for a download: the records page then gives every row. */
  readonly forDownload: boolean;
  /** The path of this study's pages, `/studies/KEY`. */
  readonly base: string;
}
