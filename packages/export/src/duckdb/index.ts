export { type DuckDbOptions, type DuckDbResult, writeDuckDb } from './writeDuckdb.ts';
export {
  type DuckDbTableOptions,
  writeDuckDbTable,
} from './writeDuckdbTable.ts';
