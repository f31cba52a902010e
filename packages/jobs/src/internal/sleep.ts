import { onAbort } from '@imednet/core';

/**
 * Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts.
 * The timer and the listener are both removed whichever comes first, so nothing is left behind.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      off?.();
      resolve();
    }, ms);
    const off =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
  });
}
