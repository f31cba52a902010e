export { type PostgresTargetOptions, postgresTarget } from './postgresTarget.ts';
