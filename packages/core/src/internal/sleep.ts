import { onAbort } from '../signals/onAbort.ts';

/** Longest delay a timer can hold (2^31-1 ms, about 24.8 days). */
export const MAX_TIMER = 2_147_483_647;

/** The reason an aborted signal carries, or a standard AbortError when it has none. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Waits `ms`, or rejects at once when `signal` aborts (the timer is cleared either way). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // Timers overflow above 2^31-1 ms and would fire at once.
    const timer = setTimeout(
      () => {
        off?.();
        resolve();
      },
      Math.min(ms, MAX_TIMER),
    );
    const off =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer);
        reject(abortReason(signal));
      });
  });
}
