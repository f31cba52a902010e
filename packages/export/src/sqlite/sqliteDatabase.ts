/**
 * The part of a better-sqlite3 `Database` the SQLite writers use. Declared here so that the
 * published types do not import better-sqlite3's (its `@types` package is not a dependency
 * of ours): any better-sqlite3 database, or one with the same methods, fits.
 */
export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => unknown;
}

/** A prepared statement, as {@link SqliteDatabase.prepare} returns it. */
export interface SqliteStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
}
