import { ImednetError, isFailFastError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import {
  executePipeline,
  FilterConflictError,
  isFilterConflictError,
  isOrchestratorError,
  OrchestratorError,
  resolveStudies,
} from '../src/index.ts';
import { createStudiesApi } from './fakeStudies.ts';

describe('orchestrator errors', () => {
  it('a FilterConflictError is an OrchestratorError: a catch on the base class sees it', async () => {
    const api = createStudiesApi(['A', 'B']);
    const error = await resolveStudies(api.client, { include: ['A'], exclude: ['B'] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FilterConflictError);
    expect(error).toBeInstanceOf(OrchestratorError);
    expect(error).toBeInstanceOf(ImednetError);
    expect(isOrchestratorError(error)).toBe(true);
    expect(isFilterConflictError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'FILTER_CONFLICT',
      reason: 'FILTER_CONFLICT',
      studyKey: null,
      include: ['A'],
      exclude: ['B'],
    });
    expect(api.requests).toBe(0);
  });

  it('constructors take an init object and keep the cause', () => {
    const cause = new Error('root');
    const conflict = new FilterConflictError({ include: ['X'], exclude: ['Y', 'Z'] }, { cause });
    expect(conflict.cause).toBe(cause);
    expect(conflict.message).toBe('Give either include (1 keys) or exclude (2 keys), not both');
    const timeout = new OrchestratorError(
      { message: 'Study S timed out', reason: 'STUDY_TIMEOUT', studyKey: 'S' },
      { cause },
    );
    expect(timeout).toMatchObject({ reason: 'STUDY_TIMEOUT', studyKey: 'S', cause });
    expect(isOrchestratorError(timeout)).toBe(true);
    expect(isFilterConflictError(timeout)).toBe(false);
  });

  it('failFast aborts the other studies with core FailFastError, the reason jobs use too', async () => {
    const api = createStudiesApi(['S1', 'S2', 'S3']);
    const reasons: unknown[] = [];
    let listening = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const results = await executePipeline(
      api.client,
      async (key, _client, { signal }) => {
        if (key === 'S2') {
          await held;
          throw new Error('broken');
        }
        signal.addEventListener('abort', () => reasons.push(signal.reason), { once: true });
        // S2 fails only once both others are listening.
        if (++listening === 2) release();
        await new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
      },
      { concurrency: 3, failFast: true },
    );
    expect(results.get('S2')?.outcome).toBe('FAILED');
    expect(reasons.length).toBe(2);
    for (const reason of reasons) {
      expect(isFailFastError(reason)).toBe(true);
      expect(reason).toMatchObject({ name: 'AbortError', source: 'study S2', outcome: null });
    }
    expect(results.get('S1')?.outcome).toBe('CANCELLED');
    expect(results.get('S3')?.outcome).toBe('CANCELLED');
  });
});
