import { MAX_TIMER } from '../constants.ts';
import { onAbort } from '../signals/onAbort.ts';

/** The reason an aborted signal carries, or a standard AbortError when it has none. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts (the timer and the
 * listener are removed either way). Delays above `MAX_TIMER` are clamped rather than firing at
 * once, as a bare `setTimeout` would.
 *
 * @throws the signal's reason when it aborts
 * @example
 * await sleep(1000, signal)
 */
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
