import type { CliStream, Printer } from '../cli/context.js';
import { redactKnown } from './redact-known.js';

/** Options of {@link createPrinter}. */
export interface PrinterOptions {
  stdout: CliStream;
  stderr: CliStream;
  quiet: boolean;
  verbose: boolean;
  /** Secrets known from the start (the keys found in the environment). */
  secrets: readonly (string | undefined)[];
}

/**
 * Creates the CLI's printer: data on stdout, everything else on stderr, and every text
 * masked for the known secrets on its way out.
 *
 * @throws never
 * @example
 * const out = createPrinter({ stdout: process.stdout, stderr: process.stderr, quiet: false,
 *   verbose: false, secrets: [process.env.IMEDNET_API_KEY] });
 * out.data('{"ok":true}\n');
 */
export function createPrinter(options: PrinterOptions): Printer {
  const secrets: string[] = [];
  const addSecret = (secret: string | undefined): void => {
    if (secret !== undefined && secret !== '' && !secrets.includes(secret)) secrets.push(secret);
  };
  for (const secret of options.secrets) addSecret(secret);
  const write = (stream: CliStream, text: string): void => {
    stream.write(redactKnown(text, secrets));
  };
  return {
    data: (text) => write(options.stdout, text),
    info: (text) => {
      if (!options.quiet) write(options.stderr, text);
    },
    verbose: (text) => {
      if (options.verbose) write(options.stderr, text);
    },
    error: (text) => write(options.stderr, text),
    addSecret,
    redact: (text) => redactKnown(text, secrets),
  };
}
