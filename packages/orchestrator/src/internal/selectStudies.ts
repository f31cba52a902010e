import { type CallOptions, type Client, InvalidInputError } from '@imednet/core';
import { listStudies } from '@imednet/resources';
import { FilterConflictError } from '../errors/FilterConflictError.ts';

/** Which studies to run: a whitelist or a blacklist of study keys (an empty one counts as not given). */
export interface StudySelection {
  include?: Iterable<string>;
  exclude?: Iterable<string>;
}

/** The selected keys in API order, and the `include` keys the API does not list. */
export interface SelectedStudies {
  keys: string[];
  missing: string[];
}

/**
 * Lists the studies and applies `include` or `exclude`. Checks the selection before any
 * request, so a conflict costs nothing.
 */
export async function selectStudies(
  client: Client,
  selection: StudySelection & CallOptions,
): Promise<SelectedStudies> {
  const include = readKeys(selection.include, 'include');
  const exclude = readKeys(selection.exclude, 'exclude');
  if (include.length > 0 && exclude.length > 0) throw new FilterConflictError({ include, exclude });

  const studies = await listStudies(client, undefined, { signal: selection.signal });
  const listed = [...new Set(studies.map((s) => s.studyKey))];
  if (include.length > 0) {
    const wanted = new Set(include);
    const known = new Set(listed);
    return {
      keys: listed.filter((key) => wanted.has(key)),
      missing: include.filter((key) => !known.has(key)),
    };
  }
  const dropped = new Set(exclude);
  return { keys: listed.filter((key) => !dropped.has(key)), missing: [] };
}

function readKeys(keys: Iterable<string> | undefined, field: string): string[] {
  if (keys === undefined || keys === null) return [];
  if (typeof keys === 'string' || typeof keys[Symbol.iterator] !== 'function') {
    throw new InvalidInputError({
      details: [{ field, message: 'must be an array or set of study keys' }],
    });
  }
  const list = [...new Set(keys)];
  const bad = list.findIndex((key) => typeof key !== 'string' || key === '');
  if (bad >= 0) {
    throw new InvalidInputError({
      details: [{ field, index: bad, message: 'must be a non-empty string' }],
    });
  }
  return list;
}
