export { exportTableWriter } from './exportTableWriter.ts';
export { type ServedDashboard, type ServeOptions, serveDashboard } from './serveDashboard.ts';
