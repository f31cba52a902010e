import { InvalidInputError } from '@imednet/core';
import type { Pipeline } from '../types.ts';
import type { PipelineRef } from './types.ts';

/**
 * Imports the module a {@link PipelineRef} names and returns its pipeline function.
 * `resolve` maps the specifier first (a worker resolves relative paths against its own folder).
 *
 * @throws {InvalidInputError} when the reference is malformed or the export is not a function
 * @throws the import's own error when the module cannot be loaded
 * @example
 * const count = await loadPipeline({ module: '/srv/pipelines/count.mjs', export: 'count' })
 */
export async function loadPipeline<T = unknown>(
  ref: PipelineRef,
  resolve: (specifier: string) => string = (specifier) => specifier,
): Promise<Pipeline<T>> {
  checkPipelineRef(ref);
  const name = ref.export ?? 'default';
  const loaded: Record<string, unknown> = await import(/* @vite-ignore */ resolve(ref.module));
  const pipeline = loaded[name];
  if (typeof pipeline !== 'function') {
    throw new InvalidInputError({
      details: [
        { field: 'pipeline.export', message: `${ref.module} has no function export "${name}"` },
      ],
    });
  }
  return pipeline as Pipeline<T>;
}

/**
 * Checks the shape of a {@link PipelineRef} (a non-empty module, a string export, JSON args).
 *
 * @throws {InvalidInputError} naming the field that is wrong
 * @example
 * checkPipelineRef({ module: './count.mjs', export: 'count' })
 */
export function checkPipelineRef(ref: PipelineRef): void {
  const issues: { field: string; message: string }[] = [];
  if (typeof ref.module !== 'string' || ref.module.trim() === '') {
    issues.push({ field: 'pipeline.module', message: 'must be a non-empty module specifier' });
  }
  if (ref.export !== undefined && (typeof ref.export !== 'string' || ref.export === '')) {
    issues.push({ field: 'pipeline.export', message: 'must be a non-empty export name' });
  }
  if (ref.args !== undefined && findNonJson(ref.args) !== null) {
    issues.push({ field: 'pipeline.args', message: `must be JSON (${findNonJson(ref.args)})` });
  }
  if (issues.length > 0) throw new InvalidInputError({ details: issues });
}

/** True when a value is a {@link PipelineRef} rather than a pipeline function. */
export function isPipelineRef(value: unknown): value is PipelineRef {
  return typeof value === 'object' && value !== null && 'module' in value;
}

/**
 * Where a value stops being plain JSON (a path and what was found there), or null when it is
 * JSON: null, booleans, finite numbers, strings, arrays and plain objects only.
 *
 * @example
 * findNonJson({ a: [1, new Map()] }) // '$.a[1] is a Map'
 */
export function findNonJson(value: unknown, path = '$', seen = new Set<object>()): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} is ${value}`;
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  if (seen.has(value)) return `${path} is a cycle`;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
    return `${path} is a ${value.constructor?.name ?? 'object'}`;
  }
  seen.add(value);
  const entries = Array.isArray(value)
    ? value.map((item, index) => [`${path}[${index}]`, item] as const)
    : Object.entries(value).map(([key, item]) => [`${path}.${key}`, item] as const);
  for (const [where, item] of entries) {
    const found = findNonJson(item, where, seen);
    if (found !== null) return found;
  }
  seen.delete(value);
  return null;
}
