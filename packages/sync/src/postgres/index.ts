export { postgresTarget } from './postgresTarget.ts';
export type { PostgresTargetOptions } from './types.ts';
