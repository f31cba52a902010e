type Listener = () => void;

interface Fan {
  readonly listeners: Set<Listener>;
  readonly fire: Listener;
}

// One real 'abort' listener per signal, fanning out to every registration. Many concurrent
// calls sharing a signal (a pipeline's studies, one signal for a whole app) would otherwise
// add one listener each, and Node warns above 10 (MaxListenersExceededWarning).
const fans = new WeakMap<AbortSignal, Fan>();

/**
 * Calls `listener` once when `signal` aborts; the function returned unregisters it. All
 * registrations on a signal share one event listener, removed with the last of them, so no
 * number of concurrent calls triggers Node's listener-leak warning and nothing stays on the
 * signal once they settle. Registering on a signal already aborted calls nothing: check first.
 *
 * @throws never
 * @example
 * const off = onAbort(signal, () => controller.abort(signal.reason));
 * try { await work(controller.signal) } finally { off() }
 */
export function onAbort(signal: AbortSignal, listener: Listener): () => void {
  let fan = fans.get(signal);
  if (!fan) {
    const listeners = new Set<Listener>();
    const fire = (): void => {
      fans.delete(signal);
      for (const each of [...listeners]) each();
    };
    signal.addEventListener('abort', fire, { once: true });
    fan = { listeners, fire };
    fans.set(signal, fan);
  }
  const { listeners, fire } = fan;
  // A wrapper per registration: the same function registered twice is two registrations.
  const entry: Listener = () => listener();
  listeners.add(entry);
  return () => {
    if (!listeners.delete(entry) || listeners.size > 0) return;
    signal.removeEventListener('abort', fire);
    if (fans.get(signal) === fan) fans.delete(signal);
  };
}
