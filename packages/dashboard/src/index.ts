export {
  createDashboard,
  type Dashboard,
  type DashboardOptions,
  type TableFile,
  type TableWriter,
} from './createDashboard.ts';
export type { ChartSpec, DataTable, Kpi, PageModel, Section } from './pages/types.ts';
export { apiSource } from './source/apiSource.ts';
export { CACHE_TTL_MS, type CacheOptions, cachedSource } from './source/cachedSource.ts';
export type { DashboardSource, StudyInfo } from './source/types.ts';
