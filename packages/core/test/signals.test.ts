import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createClient, linkSignal, onAbort, raceAbort, request } from '../src/index.ts';

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

/** Collects the MaxListenersExceededWarning Node prints while `work` runs. */
async function listenerWarnings(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const onWarning = (warning: Error) => {
    if (warning.name === 'MaxListenersExceededWarning') seen.push(warning.message);
  };
  process.on('warning', onWarning);
  try {
    await work();
    // Node emits the warning on a later tick.
    await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    process.off('warning', onWarning);
  }
  return seen;
}

describe('one signal shared by many calls', () => {
  // Answers after 5 ms, or rejects when its signal aborts, as fetch does.
  const slowFetch = (_url: unknown, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(Response.json({ ok: true })), 5);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(init.signal?.reason);
      });
    });
  const client = createClient({
    apiKey: 'ak',
    securityKey: 'sk',
    baseUrl: 'http://127.0.0.1:9',
    fetch: slowFetch,
    retries: 0,
    env: {},
  });

  it('prints no listener-leak warning and leaves no listener once the calls settle', async () => {
    const controller = new AbortController();
    const { signal } = controller;
    const warnings = await listenerWarnings(() =>
      Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          Promise.all([
            request(client, { method: 'GET', path: ['studies', `S${i}`] }, { signal }),
            raceAbort(new Promise((resolve) => setTimeout(resolve, 5)), signal),
            linkSignal(signal),
          ]).then(([, , linked]) => linked.dispose()),
        ),
      ),
    );
    expect(warnings).toEqual([]);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('still aborts every call in flight on the shared signal', async () => {
    const controller = new AbortController();
    const { signal } = controller;
    const calls = Array.from({ length: 20 }, (_, i) =>
      request(client, { method: 'GET', path: ['studies', `S${i}`] }, { signal }).catch(
        (e: unknown) => e,
      ),
    );
    const linked = Array.from({ length: 20 }, () => linkSignal(signal));
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(getEventListeners(signal, 'abort')).toHaveLength(1);
    controller.abort('stop');
    expect(await Promise.all(calls)).toEqual(Array(20).fill('stop'));
    expect(linked.every((l) => l.signal.reason === 'stop')).toBe(true);
  });

  it('counts each registration apart, even of the same function', () => {
    const controller = new AbortController();
    let calls = 0;
    const listener = () => calls++;
    const offFirst = onAbort(controller.signal, listener);
    onAbort(controller.signal, listener);
    offFirst();
    offFirst();
    controller.abort();
    expect(calls).toBe(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
