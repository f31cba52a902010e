/** What the handler needs from the request beyond the URL. */
export interface Incoming {
  readonly method: string;
  readonly url: URL;
  readonly segments: readonly string[];
  readonly headers: Headers;
  readonly body: () => Promise<string>;
}
