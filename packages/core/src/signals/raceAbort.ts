import { onAbort } from './onAbort.ts';

/**
 * Settles with `promise`, or rejects with the signal's reason the moment it aborts, even when
 * the work behind `promise` does not listen to the signal itself (a pipeline that ignores its
 * signal cannot hold its slot; a poll in flight cannot delay an abort).
 *
 * @throws the signal's reason when it aborts first, else whatever `promise` rejects with
 * @example
 * const job = await raceAbort(getJob(client, 'STUDY-1', batchId), controller.signal);
 */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    // The abandoned promise may still reject later; nobody awaits it, so silence it.
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const off = onAbort(signal, () => reject(signal.reason));
    promise.then(
      (value) => {
        off();
        resolve(value);
      },
      (error: unknown) => {
        off();
        reject(error);
      },
    );
  });
}
