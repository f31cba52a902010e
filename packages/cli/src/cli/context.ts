import type { Colors } from '../output/colors.ts';

/** A text sink such as `process.stdout`; `isTTY` and `columns` decide tables, colour and progress. */
export interface CliStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** What the CLI reads from and writes to: the process's, or a test's. */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted on Ctrl-C; every request and file write of the command listens to it. */
  signal?: AbortSignal;
}

/** The flags every command accepts. */
export interface GlobalFlags {
  sandbox: boolean;
  baseUrl: string | undefined;
  verbose: boolean;
  debug: boolean;
  quiet: boolean;
  color: boolean;
  /** --allow-insecure: let an http:// base URL that is not loopback carry the keys. */
  allowInsecure: boolean;
  help: boolean;
  version: boolean;
}

/** How a command's results are written to stdout. */
export type OutputFormat = 'table' | 'json' | 'ndjson' | 'csv';

/** Writes to the right stream, masking secrets; see `createPrinter`. */
export interface Printer {
  /** Machine output: stdout, always. */
  data(text: string): void;
  /** Human messages: stderr, unless --quiet. */
  info(text: string): void;
  /** Request logs and details: stderr with --verbose or --debug. */
  verbose(text: string): void;
  /** Warnings and errors: stderr, always. */
  error(text: string): void;
  /** Adds a secret to mask in everything printed from now on. */
  addSecret(secret: string | undefined): void;
  /** Adds a masking step run before the printer's own (core's redactSecrets for a client). */
  addRedactor(redactor: (text: string) => string): void;
  /** Masks the known secrets in a text (for writers that bypass the printer, e.g. progress). */
  redact(text: string): string;
}

/** Values of a command's own options, as node:util parseArgs returns them. */
export type OptionValues = Readonly<Record<string, string | boolean | string[] | undefined>>;

/** Everything a command's `run` receives. */
export interface CliContext {
  readonly io: CliIo;
  readonly flags: GlobalFlags;
  readonly format: OutputFormat;
  /** Environment merged with the working directory's `.env` (the environment wins). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly out: Printer;
  /** Styles for stderr (off unless stderr is a terminal and colour is allowed). */
  readonly colors: Colors;
  /** Styles for stdout tables (off unless stdout is a terminal and colour is allowed). */
  readonly outColors: Colors;
  readonly signal: AbortSignal;
  readonly positionals: readonly string[];
  readonly options: OptionValues;
  readonly commandPath: readonly string[];
}
