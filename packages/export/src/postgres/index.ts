export { type PostgresOptions, type PostgresResult, writePostgres } from './writePostgres.ts';
