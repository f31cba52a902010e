/** Most columns one SQLite table may hold (SQLite's default `SQLITE_MAX_COLUMN`). */
export const MAX_SQLITE_COLUMNS = 2000;
