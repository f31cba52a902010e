/** SQLite's default column limit (SQLITE_MAX_COLUMN); core exports it as MAX_SQLITE_COLUMNS. */
export const SQLITE_COLUMN_LIMIT = 2000;
