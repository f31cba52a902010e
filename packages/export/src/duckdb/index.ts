export { type DuckDbOptions, type DuckDbResult, writeDuckDb } from './write-duckdb.js';
export {
  type DuckDbTableOptions,
  writeDuckDbTable,
} from './write-duckdb-table.js';
