import { parseArgs } from 'node:util';
import type { CommandSpec, OptionSpec } from './commandSpec.ts';
import type { GlobalFlags, OptionValues, OutputFormat } from './context.ts';
import { GLOBAL_OPTIONS } from './globalOptions.ts';
import { didYouMean } from './suggest.ts';
import { UsageError } from './usageError.ts';

/** What the command line asks for. */
export type ParsedCommandLine =
  | { kind: 'help'; path: readonly string[]; flags: GlobalFlags; exitCode: 0 | 2 }
  | { kind: 'version'; flags: GlobalFlags }
  | {
      kind: 'run';
      command: CommandSpec;
      positionals: string[];
      options: OptionValues;
      flags: GlobalFlags;
      format: OutputFormat;
    };

type ParseArgsOptions = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
>;

/**
 * Parses the arguments (without `node` and the script) against the command table: the
 * leading words choose the command, then its options and the global ones are parsed
 * strictly. Global flags may come before or after the command words.
 *
 * @throws UsageError for an unknown command or option, a missing or extra argument, a
 *   string option without a value, or two output formats at once
 * @example
 * const parsed = parseCommandLine(['sites', 'list', 'S1', '--json'], COMMANDS);
 */
export function parseCommandLine(
  argv: readonly string[],
  commands: readonly CommandSpec[],
): ParsedCommandLine {
  const loose = parseArgs({
    args: [...argv],
    options: toParseArgsOptions(unionOptions(commands)),
    strict: false,
    allowPositionals: true,
  });
  const flags = readGlobalFlags(loose.values);
  const words = loose.positionals;
  if (words[0] === 'help') return { kind: 'help', path: words.slice(1), flags, exitCode: 0 };
  const command = findCommand(words, commands);
  if (command === undefined) {
    // Report a bad option before a bad command: `--bogus value` makes `value` look like a word.
    parseStrictly(argv, GLOBAL_OPTIONS, unionOptions(commands), undefined);
    if (words.length === 0) {
      if (flags.version) return { kind: 'version', flags };
      return { kind: 'help', path: [], flags, exitCode: flags.help ? 0 : 2 };
    }
    const group = commands.some((spec) => spec.path[0] === words[0] && spec.path.length > 1);
    if (group && words.length === 1) {
      return { kind: 'help', path: [words[0]!], flags, exitCode: flags.help ? 0 : 2 };
    }
    throw new UsageError(
      `unknown command '${words.join(' ')}'${suggestCommand(words, commands)}`,
      group ? [words[0]!] : [],
    );
  }
  if (flags.help) return { kind: 'help', path: command.path, flags, exitCode: 0 };
  const strict = parseStrictly(argv, GLOBAL_OPTIONS, command.options, command.path);
  const positionals = strict.positionals.slice(command.path.length);
  checkArity(command, positionals);
  checkConflicts(command, strict.values);
  const flagsRead = readGlobalFlags(strict.values);
  checkBaseUrl(flagsRead.baseUrl, command.path);
  return {
    kind: 'run',
    command,
    positionals,
    options: strict.values as OptionValues,
    flags: flagsRead,
    format: readFormat(strict.values, command.path),
  };
}

function parseStrictly(
  argv: readonly string[],
  globals: Readonly<Record<string, OptionSpec>>,
  own: Readonly<Record<string, OptionSpec>>,
  path: readonly string[] | undefined,
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({
      args: [...argv],
      options: toParseArgsOptions({ ...globals, ...own }),
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    // parseArgs' messages name the option and what is wrong with it; keep them, minus noise.
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /\. To specify a positional argument.*$/s,
      '',
    );
    const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    const names = Object.keys({ ...globals, ...own }).map((name) => `--${name}`);
    const hint = unknown?.startsWith('--') ? didYouMean(unknown, names) : '';
    throw new UsageError(`${message}${hint}`, path);
  }
}

function findCommand(
  words: readonly string[],
  commands: readonly CommandSpec[],
): CommandSpec | undefined {
  let best: CommandSpec | undefined;
  for (const spec of commands) {
    const matches = spec.path.every((word, index) => words[index] === word);
    if (matches && (best === undefined || spec.path.length > best.path.length)) best = spec;
  }
  return best;
}

/** ` (did you mean ...?)` for the command words typed: the longest commands that are close. */
function suggestCommand(words: readonly string[], commands: readonly CommandSpec[]): string {
  const lengths = [...new Set(commands.map((spec) => spec.path.length))].sort((a, b) => b - a);
  for (const length of lengths.filter((n) => n <= words.length)) {
    const candidates = commands
      .filter((spec) => spec.path.length >= length)
      .map((spec) => spec.path.slice(0, length).join(' '));
    const hint = didYouMean(words.slice(0, length).join(' '), candidates);
    if (hint !== '') return hint;
  }
  return '';
}

function checkConflicts(command: CommandSpec, values: Record<string, unknown>): void {
  for (const [name, spec] of Object.entries(command.options)) {
    if (values[name] === undefined) continue;
    const clash = spec.conflicts?.find((other) => values[other] !== undefined);
    if (clash !== undefined) {
      throw new UsageError(`--${name} and --${clash} cannot be used together`, command.path);
    }
  }
}

/** --base-url is a usage error when it is not an http(s) URL without credentials, query or hash. */
function checkBaseUrl(value: string | undefined, path: readonly string[]): void {
  if (value === undefined) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new UsageError(
      `--base-url must be an https:// URL without credentials, query or hash, not '${value}'`,
      path,
    );
  }
}

function checkArity(command: CommandSpec, positionals: readonly string[]): void {
  const required = command.arguments.filter((arg) => arg.required);
  if (positionals.length < required.length) {
    const missing = required.slice(positionals.length).map((arg) => `<${arg.name}>`);
    throw new UsageError(`missing argument ${missing.join(' ')}`, command.path);
  }
  if (positionals.length > command.arguments.length) {
    const extra = positionals.slice(command.arguments.length).join(' ');
    throw new UsageError(`unexpected argument '${extra}'`, command.path);
  }
  for (const value of positionals) {
    if (value.trim() === '') throw new UsageError('an argument is empty', command.path);
  }
}

function readGlobalFlags(values: Record<string, unknown>): GlobalFlags {
  const baseUrl = values['base-url'];
  return {
    sandbox: values.sandbox === true,
    baseUrl: typeof baseUrl === 'string' ? baseUrl : undefined,
    verbose: values.verbose === true || values.debug === true,
    debug: values.debug === true,
    quiet: values.quiet === true,
    color: values['no-color'] !== true,
    allowInsecure: values['allow-insecure'] === true,
    help: values.help === true,
    version: values.version === true,
  };
}

function readFormat(values: Record<string, unknown>, path: readonly string[]): OutputFormat {
  const chosen = (['json', 'ndjson', 'csv'] as const).filter((format) => values[format] === true);
  if (chosen.length > 1) {
    throw new UsageError(
      `choose one output format, not ${chosen.map((f) => `--${f}`).join(' and ')}`,
      path,
    );
  }
  return chosen[0] ?? 'table';
}

function unionOptions(commands: readonly CommandSpec[]): Record<string, OptionSpec> {
  const all: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS };
  for (const spec of commands) Object.assign(all, spec.options);
  return all;
}

function toParseArgsOptions(specs: Readonly<Record<string, OptionSpec>>): ParseArgsOptions {
  const result: ParseArgsOptions = {};
  for (const [name, spec] of Object.entries(specs)) {
    result[name] = {
      type: spec.type,
      ...(spec.short === undefined ? {} : { short: spec.short }),
      ...(spec.multiple === undefined ? {} : { multiple: spec.multiple }),
    };
  }
  return result;
}
