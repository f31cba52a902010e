import type { CallOptions, Client } from '@imednet/core';
import { type StudySelection, selectStudies } from './internal/selectStudies.ts';

/** Options of {@link resolveStudies}. */
export interface ResolveStudiesOptions extends StudySelection, CallOptions {}

/**
 * Lists the keys of the studies the client can see, in API order, keeping only `include` or
 * dropping `exclude`. An empty list counts as not given. Keys in `include` that the API does
 * not list are left out here; `executePipeline` reports them as FAILED.
 *
 * @throws {FilterConflictError} when both `include` and `exclude` are non-empty (before any request)
 * @throws {InvalidInputError} when a key is not a non-empty string
 * @throws {ApiError} and the other core errors when listing the studies fails
 * @example
 * const keys = await resolveStudies(client, { exclude: ['SANDBOX'] })
 */
export async function resolveStudies(
  client: Client,
  options: ResolveStudiesOptions = {},
): Promise<string[]> {
  return (await selectStudies(client, options)).keys;
}
