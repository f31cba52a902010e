/**
 * Resolves when the signal aborts (Ctrl-C): how serving commands wait until they stop.
 *
 * @throws never
 * @example
 * await waitForAbort(context.signal);
 */
export function waitForAbort(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}
