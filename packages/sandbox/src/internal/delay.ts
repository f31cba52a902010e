/** Waits `ms`, keeping the timer in `timers` so that `close()` can clear it; rejects on abort. */
export function delay(
  ms: number,
  timers: Set<ReturnType<typeof setTimeout>>,
  signal?: AbortSignal | null,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      timers.delete(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    timers.add(timer);
    function onAbort() {
      clearTimeout(timer);
      timers.delete(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
