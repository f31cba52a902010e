// Names the README examples use without declaring them, as prose does: the reader's own
// values and functions. Anything else a block uses it must import or declare itself.
type Keys = { apiKey: string; securityKey: string };
declare const client: import('@imednet/core').Client;
declare const studyKey: string;
declare const signal: AbortSignal;
declare const since: Date;
declare const apiKey: string;
declare const securityKey: string;
declare const keysA: Keys;
declare const keysB: Keys;
declare const records: import('@imednet/resources').RecordInput[];
declare const query: import('@imednet/resources').Query;
declare const description: import('@imednet/core').RequestDescription;
declare const done: boolean;
declare const log: Console;
declare const logger: Console;
declare const someThirdPartyError: unknown;
declare const vault: { read(name: string): Promise<Keys> };
declare const tokens: { current(): string };
declare const metrics: { observe(status: number, durationMs: number): void };
declare function writeRow(values: unknown[]): void;
declare function apply(change: unknown): Promise<void>;
declare function loadCheckpoint(): Promise<string | undefined>;
declare function saveCheckpoint(checkpoint: string | undefined): Promise<void>;
// An optional library a README shows, not installed here.
declare module '@opentelemetry/api' {
  export const trace: { getTracer(name: string): import('@imednet/core').TracerLike };
}
