/** Most columns one SQLite table may hold (SQLite's default `SQLITE_MAX_COLUMN`). */
export const MAX_SQLITE_COLUMNS = 2000;

/** Most rows one Excel sheet may hold, its header row included. */
export const MAX_XLSX_ROWS = 1_048_576;

/** Most columns one Excel sheet may hold. */
export const MAX_XLSX_COLUMNS = 16_384;
