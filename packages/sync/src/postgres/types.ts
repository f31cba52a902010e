/** Options of {@link postgresTarget}. */
export interface PostgresTargetOptions {
  /** The schema that receives the tables (created when missing); default the connection's. */
  readonly schema?: string;
  /** `'error'` (default) or `'null'` for a value its column's type cannot hold. */
  readonly invalidValues?: 'error' | 'null';
}
