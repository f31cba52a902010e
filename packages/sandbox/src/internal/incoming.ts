/** What the handler needs from the request beyond the URL. */
export interface Incoming {
  readonly method: string;
  readonly url: URL;
  readonly segments: readonly string[];
  readonly headers: { get(name: string): string | null };
  readonly body: () => Promise<string>;
}
