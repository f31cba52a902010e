export const ENTRY = 'duckdb';
