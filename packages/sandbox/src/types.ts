import type { VariableType } from './internal/study/templates.ts';

/** Fault injection, all off by default; each rate is a probability per request. */
export interface SandboxFaults {
  /** Seed of the fault sequence: the same seed and request order give the same faults. */
  readonly seed?: number;
  /** Answer 500 with the spec's body, before doing anything. */
  readonly serverErrorRate?: number;
  /** Answer 503 with the spec's body, before doing anything. */
  readonly unavailableRate?: number;
  /** Answer 429 with `Retry-After`, before doing anything (a storm of refusals). */
  readonly rateLimitedRate?: number;
  /** Do the work, then reset the connection instead of answering. */
  readonly resetRate?: number;
  /** Do the work, then send only the first half of the body and cut the connection. */
  readonly truncateRate?: number;
  /** Do the work, then send half the body, wait `slowBodyMs`, and send the rest. */
  readonly slowBodyRate?: number;
  /** Pause in the middle of a slow body (default 1000 ms). */
  readonly slowBodyMs?: number;
  /** `Retry-After` seconds sent with injected 429s (default 1). */
  readonly retryAfterSeconds?: number;
}

/** A fault the sandbox injected into one answer. */
export type SandboxFault =
  | 'serverError'
  | 'unavailable'
  | 'rateLimited'
  | 'reset'
  | 'truncate'
  | 'slowBody';

/** One request as the sandbox saw it (given to `onRequest`). */
export interface SandboxRequestEntry {
  /** 1 for the first request, then 2, 3, ... */
  readonly seq: number;
  readonly method: string;
  /** Path without the query string, e.g. `/api/v1/edc/studies/PHARMADEMO/records`. */
  readonly path: string;
  readonly status: number;
  readonly fault?: SandboxFault;
}

/** A POST of records the sandbox received, whatever it answered. */
export interface ReceivedBatch {
  readonly seq: number;
  readonly studyKey: string;
  /** The batch id it created, or null when it created none (refused or faulted first). */
  readonly batchId: string | null;
  /** The parsed JSON body (or the raw text when it was not JSON). */
  readonly body: unknown;
  readonly status: number;
  readonly fault?: SandboxFault;
}

/**
 * A change to the study build (every study gets it), so that tests can see a study's
 * variables change mid-trial: `type` retypes the variable or, when the form lacks it, adds it
 * at the end of the form; `remove` takes it away.
 */
export interface SandboxVariableChange {
  readonly formKey: string;
  readonly variableName: string;
  /**
   * `'TEXT'`, `'MEMO'`, `'NUMBER'`, `'INTEGER'`, `'FLOAT'`, `'DATE'`, `'TIME'`, `'DATETIME'`,
   * `'RADIO'`, `'DROPDOWN'`, `'CHECKBOX'`.
   */
  readonly type?: VariableType;
  /** The label of an added variable (default: its name; a retyped one keeps its label). */
  readonly label?: string;
  readonly remove?: boolean;
}

/** Options of `createSandbox`; every one is optional. */
export interface SandboxOptions {
  /** Seed of all generated data (default 1). */
  readonly seed?: number | string;
  /** Number of studies (default 3). */
  readonly studyCount?: number;
  /** Subjects per study (default: a tenth of `recordsPerStudy`, at least 1). */
  readonly subjectsPerStudy?: number;
  /** Records per study, approximately: rounded to a whole number per subject (default 500). */
  readonly recordsPerStudy?: number;
  /** Delay before each answer (default 0). */
  readonly latencyMs?: number;
  /** Time a job takes from created to completed or failed (default 500). */
  readonly jobDurationMs?: number;
  /** Answer 429 with `Retry-After` above this rate (token bucket, one second of burst). */
  readonly rateLimit?: { readonly requestsPerSecond: number };
  readonly faults?: SandboxFaults;
  /** The keys to accept (default: demo keys derived from the seed). */
  readonly credentials?: { readonly apiKey: string; readonly securityKey: string };
  /** The clock (default `Date.now`); tests pass their own to move jobs along. */
  readonly now?: () => number;
  /** Called after each request is answered. */
  readonly onRequest?: (entry: SandboxRequestEntry) => void;
  /** Changes to the forms' variables, applied in order (default none). */
  readonly variableChanges?: readonly SandboxVariableChange[];
}

/** An answer with the transport-level fault the Node listener must act out. */
export interface ServedResponse {
  readonly response: Response;
  /**
   * The body of `response` as UTF-8 bytes, encoded once, so a listener writes them without
   * reading the stream or encoding the text again.
   */
  readonly body: Uint8Array;
  readonly fault?: 'reset' | 'truncate' | 'slowBody';
  readonly slowBodyMs: number;
}

/** A running sandbox: a fetch handler and what a test needs to know about it. */
export interface Sandbox {
  /** Answers one request; usable as a `fetch` implementation (faults are acted out in-process). */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** Answers one request and says which transport fault to act out (for listeners). */
  serve(request: Request): Promise<ServedResponse>;
  readonly credentials: { readonly apiKey: string; readonly securityKey: string };
  /** `http://sandbox.local/api/v1/edc` */
  readonly baseUrl: string;
  readonly studyKeys: readonly string[];
  /** Number of requests received so far. */
  requests(): number;
  /** Every POST of records received, in order. */
  receivedBatches(): readonly ReceivedBatch[];
  /**
   * Deletes a record as a user of the EDC would: it stays listed with `deleted: true` and a
   * new `dateModified`, and the audit trail gets a revision with `deleted: true` (the API has
   * no delete operation). False when the study or record is unknown.
   */
  deleteRecord(studyKey: string, recordId: number): boolean;
  /**
   * Changes values of a record as a user of the EDC would, at once (no job): the values are
   * merged into its data, it gets a new `dateModified` (so it moves under a sort on it) and a
   * revision. False when the study or record is unknown.
   */
  updateRecord(
    studyKey: string,
    recordId: number,
    data: Readonly<Record<string, unknown>>,
  ): boolean;
  /** Stops pending timers; the sandbox answers 503 afterwards. */
  close(): void;
}
