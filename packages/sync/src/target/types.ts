import type { ColumnType } from '@imednet/export/layout';

/** The databases a sync writes. */
export type SyncDialect = 'sqlite' | 'duckdb' | 'postgres';

/** A value as a driver binds it. */
export type BoundValue = unknown;

/**
 * One open connection to a sync target, driven by `syncStudy`: one transaction per run,
 * plain SQL with numbered parameters. Targets implement it; callers rarely need to.
 */
export interface SyncSession {
  readonly dialect: SyncDialect;
  /** What a value that does not fit its column's type becomes: an error, null, or kept. */
  readonly invalidValues: 'error' | 'null' | 'keep';
  /**
   * Starts the run's transaction and takes the target's lock.
   * @throws {SyncLockedError} when another run holds it.
   */
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  close(): Promise<void>;
  /** How the statement text writes parameter `n` (1-based): `?1` or `$1`. */
  param(n: number): string;
  run(sql: string, params?: readonly BoundValue[]): Promise<void>;
  all(sql: string, params?: readonly BoundValue[]): Promise<Record<string, unknown>[]>;
  /**
   * The columns of a table in order, each with its SQL type as the database names it
   * (`REAL`, `double precision`, ...), or null when the table does not exist.
   */
  columns(table: string): Promise<{ name: string; type: string }[] | null>;
  /** A typed value (see `coerceValue`) as this driver binds it into a column of `type`. */
  bind(value: unknown, type: ColumnType): BoundValue;
}

/** Where `syncStudy` writes: a database it opens for one run. */
export interface SyncTarget {
  readonly dialect: SyncDialect;
  /** A printable name (a path, or a connection string without its password). */
  readonly description: string;
  open(): Promise<SyncSession>;
}
