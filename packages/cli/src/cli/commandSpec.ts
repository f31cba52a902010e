import type { CliContext } from './context.ts';

/** One option of a command, in node:util parseArgs terms plus help text. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Shown in help after the flag, e.g. `<path>`. */
  valueName?: string;
  description: string;
  /** Options that may not be given with this one (a usage error, exit 2). */
  conflicts?: readonly string[];
}

/** One positional argument. */
export interface ArgumentSpec {
  name: string;
  required: boolean;
  description: string;
}

/** One command of the table: its words, its help and what it runs. */
export interface CommandSpec {
  /** The words that name it, e.g. `['sites', 'list']`. */
  path: readonly string[];
  summary: string;
  /** Longer help, printed under the usage line. */
  details?: string;
  arguments: readonly ArgumentSpec[];
  options: Readonly<Record<string, OptionSpec>>;
  /** Extra lines for the help's Examples section. */
  examples?: readonly string[];
  /** Runs the command; resolves to the exit code (0 when omitted). */
  run(context: CliContext): Promise<number | undefined>;
}
