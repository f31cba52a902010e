import { describe, expect, it } from 'vitest';
import {
  checkInteger,
  FailFastError,
  ImednetError,
  integerIssue,
  isFailFastError,
  isImednetError,
  isInvalidInputError,
  MAX_TIMER,
  sleep,
} from '../src/index.ts';

describe('integerIssue and checkInteger', () => {
  it.each([
    [1, 1, undefined],
    [0, 0, undefined],
    [500, 1, 500],
    [Number.MAX_SAFE_INTEGER, 1, undefined],
  ])('accepts %s (min %s, max %s)', (value, min, max) => {
    expect(integerIssue(value, 'n', min, max)).toBeNull();
    expect(() => checkInteger(value, 'n', min, max)).not.toThrow();
  });

  it.each([
    [0, 1, undefined, 'must be an integer >= 1'],
    [501, 1, 500, 'must be an integer from 1 to 500'],
    [1.5, 1, undefined, 'must be an integer >= 1'],
    ['3', 1, undefined, 'must be an integer >= 1'],
    [Number.NaN, 0, undefined, 'must be an integer >= 0'],
    [2 ** 60, 1, undefined, 'must be an integer >= 1'],
    [undefined, 0, undefined, 'must be an integer >= 0'],
  ])('refuses %s (min %s, max %s)', (value, min, max, message) => {
    expect(integerIssue(value, 'size', min, max)).toEqual({ field: 'size', message });
    let thrown: unknown;
    try {
      checkInteger(value, 'size', min, max);
    } catch (error) {
      thrown = error;
    }
    expect(isInvalidInputError(thrown)).toBe(true);
    expect((thrown as { details: unknown }).details).toEqual([{ field: 'size', message }]);
  });
});

describe('sleep', () => {
  it('waits, then resolves', async () => {
    const started = Date.now();
    await sleep(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('clamps a delay past the timer limit instead of firing at once', async () => {
    const controller = new AbortController();
    let settled = false;
    const waiting = sleep(MAX_TIMER * 4, controller.signal).then(
      () => {
        settled = true;
      },
      (reason: unknown) => reason,
    );
    await sleep(30);
    expect(settled).toBe(false);
    controller.abort(new Error('stop'));
    expect(((await waiting) as Error).message).toBe('stop');
    expect(settled).toBe(false);
  });

  it('rejects at once with the reason of a signal already aborted', async () => {
    const reason = new Error('already');
    await expect(sleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });
});

describe('FailFastError', () => {
  it('is an ImednetError with its code, the source that failed, and the name of an abort', () => {
    const cause = new Error('boom');
    const error = new FailFastError({ source: 'batch 2', outcome: 'ERROR' }, { cause });
    expect(error).toBeInstanceOf(ImednetError);
    expect(isImednetError(error, 'FAIL_FAST')).toBe(true);
    expect(isFailFastError(error)).toBe(true);
    expect(error.name).toBe('AbortError');
    expect(error.source).toBe('batch 2');
    expect(error.outcome).toBe('ERROR');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('Cancelled because batch 2 ended ERROR (failFast)');
    expect(new FailFastError({ source: 'study S1' }).message).toBe(
      'Cancelled because study S1 failed (failFast)',
    );
    expect(isFailFastError(new Error('x'))).toBe(false);
  });
});
