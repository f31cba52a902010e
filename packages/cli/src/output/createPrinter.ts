import type { CliStream, Printer } from '../cli/context.ts';
import { redactKnown } from './redactKnown.ts';

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
  const redactors: ((text: string) => string)[] = [];
  const addSecret = (secret: string | undefined): void => {
    // Core trims keys read from the environment, so the trimmed form is what could leak.
    for (const form of [secret, secret?.trim()]) {
      if (form !== undefined && form !== '' && !secrets.includes(form)) secrets.push(form);
    }
  };
  for (const secret of options.secrets) addSecret(secret);
  const redact = (text: string): string => {
    let result = text;
    for (const redactor of redactors) {
      try {
        result = redactor(result);
      } catch {
        // A failing redactor must not stop the message; the last-line guard below still runs.
      }
    }
    return redactKnown(result, secrets);
  };
  const write = (stream: CliStream, text: string): void => {
    stream.write(redact(text));
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
    addRedactor: (redactor) => {
      redactors.push(redactor);
    },
    redact,
  };
}
