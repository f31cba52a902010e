/** Calls an observer; a hook that throws must not break the request it observes. */
export function callHook<S>(hook: ((state: S) => void) | undefined, state: S): void {
  if (hook === undefined) return;
  try {
    hook(state);
  } catch {
    // Hooks are observers only.
  }
}
