import { isInvalidInputError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { isFilterConflictError, resolveStudies } from '../src/index.ts';
import { createStudiesApi } from './fakeStudies.ts';

const KEYS = ['10', '2', 'ALPHA', '1', 'beta', '0'];

describe('resolveStudies', () => {
  it('lists every study key in API order, numeric-looking ones included', async () => {
    const api = createStudiesApi(KEYS);
    expect(await resolveStudies(api.client)).toEqual(KEYS);
    expect(api.requests).toBe(3);
  });

  it('keeps only include keys, in API order, leaving out unknown ones', async () => {
    const api = createStudiesApi(KEYS);
    expect(await resolveStudies(api.client, { include: ['1', 'NOPE', '10'] })).toEqual(['10', '1']);
  });

  it('drops exclude keys, and accepts a Set', async () => {
    const api = createStudiesApi(KEYS);
    expect(await resolveStudies(api.client, { exclude: new Set(['2', 'beta']) })).toEqual([
      '10',
      'ALPHA',
      '1',
      '0',
    ]);
  });

  it('treats an empty include or exclude as not given', async () => {
    const api = createStudiesApi(KEYS);
    expect(await resolveStudies(api.client, { include: [], exclude: ['0'] })).toEqual(
      KEYS.slice(0, 5),
    );
    expect(await resolveStudies(api.client, { include: ['ALPHA'], exclude: new Set() })).toEqual([
      'ALPHA',
    ]);
  });

  it('refuses include and exclude together with a FilterConflictError before any request', async () => {
    const api = createStudiesApi(KEYS);
    const error = await resolveStudies(api.client, { include: ['1'], exclude: ['2', '3'] }).catch(
      (e: unknown) => e,
    );
    expect(isFilterConflictError(error)).toBe(true);
    if (!isFilterConflictError(error)) return;
    expect(error.code).toBe('FILTER_CONFLICT');
    expect(error.include).toEqual(['1']);
    expect(error.exclude).toEqual(['2', '3']);
    expect(api.requests).toBe(0);
  });

  it.each([[{ include: 'ABC' }], [{ exclude: ['A', ''] }], [{ include: [1] }]])(
    'refuses malformed keys %j before any request',
    async (selection) => {
      const api = createStudiesApi(KEYS);
      const error = await resolveStudies(api.client, selection as never).catch((e: unknown) => e);
      expect(isInvalidInputError(error)).toBe(true);
      expect(api.requests).toBe(0);
    },
  );

  it('rejects with the reason of an aborted signal', async () => {
    const api = createStudiesApi(KEYS);
    const error = await resolveStudies(api.client, { signal: AbortSignal.abort('stop') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBe('stop');
  });
});
