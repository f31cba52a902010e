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
  const onAbort = (): void => controller.abort(parent?.reason);
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener('abort', onAbort, { once: true });
  return {
    controller,
    signal: controller.signal,
    dispose: () => parent?.removeEventListener('abort', onAbort),
  };
}
