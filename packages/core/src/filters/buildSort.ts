import { refuse } from '../internal/refuse.ts';
import type { Sort } from './types.ts';

/**
 * Writes the one `sort` query value the API takes: `'field,ASC'` or `'field,DESC'`.
 *
 * @throws {InvalidInputError} for an unknown direction, a bad field, or more than one field.
 * @example
 * buildSort({ dateCreated: 'desc' }) // 'dateCreated,DESC'
 */
export function buildSort(sort: Sort | undefined): string | undefined {
  if (typeof sort === 'string') {
    sort = sort.trim();
    if (sort === '') return undefined;
    const [field = '', direction = 'ASC', ...rest] = sort.split(',').map((s) => s.trim());
    return write(field, direction, rest.length);
  }
  if (sort === undefined) return undefined;
  if (typeof sort !== 'object' || sort === null) fail('sort must be a string or an object');
  const entries = Object.entries(sort).filter(([, d]) => d !== undefined);
  if (entries.length === 0) return undefined;
  const [field, direction] = entries[0]!;
  return write(field, direction, entries.length - 1);
}

function write(field: string, direction: string, extra: number): string {
  if (extra) fail('one field only (the API takes one sort parameter)');
  if (!/^[A-Za-z0-9_.]+$/.test(field)) fail(`bad field ${JSON.stringify(field)}`);
  const dir = String(direction).toUpperCase();
  if (dir !== 'ASC' && dir !== 'DESC') {
    fail(`direction ${JSON.stringify(direction)} is not ASC or DESC`);
  }
  return `${field},${dir}`;
}

function fail(message: string): never {
  refuse('sort', message);
}
