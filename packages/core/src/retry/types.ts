/** What a retry policy sees after a failed attempt. */
export interface RetryState {
  /** The attempt that just failed, 1-based. */
  attemptNumber: number;
  /** The error that attempt produced (an ApiError, NetworkError, TimeoutError, ...). */
  error: unknown;
  /** The HTTP response when there was one. */
  response: Response | undefined;
  /** The HTTP method, upper case. */
  method: string;
}

/** Decides whether a failed attempt is tried again (the client's `retries` still caps it). */
export interface RetryPolicy {
  shouldRetry(state: RetryState): boolean;
}
