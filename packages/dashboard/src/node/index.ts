export { exportTableWriter } from './exportTableWriter.ts';
export { type ServedDashboard, type ServeOptions, serveDashboard } from './serveDashboard.ts';
export { type SqliteSource, type SqliteSourceOptions, sqliteSource } from './sqliteSource.ts';
