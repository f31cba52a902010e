/** What an auth strategy is told about the call it signs. */
export interface AuthContext {
  method: string;
  url: string;
  signal?: AbortSignal | undefined;
}

/** Headers an auth strategy adds to every attempt. */
export type AuthHeaders = Readonly<Record<string, string>>;

/**
 * Yields the auth headers of one attempt. Called once per attempt, so a strategy can rotate
 * keys or refresh a token between retries.
 */
export type AuthStrategy = (context: AuthContext) => AuthHeaders | Promise<AuthHeaders>;
