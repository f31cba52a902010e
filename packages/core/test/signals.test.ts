import { describe, expect, it } from 'vitest';
import { linkSignal, raceAbort } from '../src/index.ts';

describe('linkSignal', () => {
  it('aborts with the parent and stops following it once disposed', () => {
    const parent = new AbortController();
    const first = linkSignal(parent.signal);
    const second = linkSignal(parent.signal);
    second.dispose();
    parent.abort(new Error('stop'));
    expect(first.signal.aborted).toBe(true);
    expect((first.signal.reason as Error).message).toBe('stop');
    expect(second.signal.aborted).toBe(false);
  });

  it('starts aborted under an aborted parent, and works without one', () => {
    expect(linkSignal(AbortSignal.abort('gone')).signal.reason).toBe('gone');
    const alone = linkSignal();
    alone.controller.abort();
    expect(alone.signal.aborted).toBe(true);
  });
});

describe('raceAbort', () => {
  it('rejects with the reason at once while the work never settles', async () => {
    const controller = new AbortController();
    const pending = raceAbort(new Promise<never>(() => {}), controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });

  it('passes the result or the error through when no abort comes', async () => {
    const signal = new AbortController().signal;
    await expect(raceAbort(Promise.resolve(7), signal)).resolves.toBe(7);
    await expect(raceAbort(Promise.reject(new Error('boom')), signal)).rejects.toThrow('boom');
    await expect(raceAbort(Promise.resolve(1))).resolves.toBe(1);
  });

  it('rejects at once under an already aborted signal', async () => {
    await expect(raceAbort(Promise.resolve(1), AbortSignal.abort('late'))).rejects.toBe('late');
  });
});
