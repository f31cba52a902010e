import { onAbort } from './onAbort.ts';

/** A controller that also aborts when `parent` does, and a `dispose` that unlinks it. */
export interface LinkedController {
  readonly controller: AbortController;
  readonly signal: AbortSignal;
  dispose(): void;
}

/**
 * Creates an abort controller chained to an optional parent signal. Unlike `AbortSignal.any`,
 * the link is removed explicitly, so a long-lived parent signal does not collect one listener
 * per call. Used by jobs and the orchestrator to give each unit of work its own signal.
 *
 * @throws never
 * @example
 * const linked = linkSignal(options.signal);
 * try {
 *   await listRecords(client, 'STUDY-1', undefined, { signal: linked.signal });
 * } finally {
 *   linked.dispose();
 * }
 */
export function linkSignal(parent?: AbortSignal): LinkedController {
  const controller = new AbortController();
  let dispose = (): void => {};
  if (parent?.aborted) controller.abort(parent.reason);
  else if (parent) dispose = onAbort(parent, () => controller.abort(parent.reason));
  return { controller, signal: controller.signal, dispose };
}
