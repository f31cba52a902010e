export { type DuckdbTargetOptions, duckdbTarget } from './duckdbTarget.ts';
