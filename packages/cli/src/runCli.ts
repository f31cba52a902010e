import type { CommandSpec } from './cli/commandSpec.ts';
import type { CliContext, CliIo, Printer } from './cli/context.ts';
import { formatErrorDetails, formatErrorLine } from './cli/formatError.ts';
import { formatHelp, formatUsage } from './cli/formatHelp.ts';
import { parseCommandLine } from './cli/parseCommandLine.ts';
import { createCommandTable } from './commands/commandTable.ts';
import { mergeEnv } from './env/readDotenv.ts';
import { isUsageError } from './errors/UsageError.ts';
import { createColors } from './output/colors.ts';
import { createPrinter } from './output/createPrinter.ts';
import { readVersion } from './readVersion.ts';

/** Exit code for a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/**
 * Runs the `imednet` command line and resolves to its exit code: 0 success, 1 a runtime
 * error (one line on stderr, a stack only with --debug), 2 a usage error, 130 when the
 * signal aborted it. Never throws and never calls `process.exit`, so that tests and other
 * programs can run it in-process.
 *
 * @throws never
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), {
 *   stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(),
 * });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const signal = io.signal ?? new AbortController().signal;
  const commands = createCommandTable();
  // Mask the environment's keys from the first byte printed, even before parsing.
  let env: Record<string, string | undefined> = { ...io.env };
  const out = createPrinter({
    stdout: io.stdout,
    stderr: io.stderr,
    quiet: argv.includes('--quiet') || argv.includes('-q'),
    verbose: argv.includes('--verbose') || argv.includes('-v') || argv.includes('--debug'),
    secrets: [env.IMEDNET_API_KEY, env.IMEDNET_SECURITY_KEY],
  });
  const debug = argv.includes('--debug');
  const colorAllowed = !argv.includes('--no-color') && io.env.NO_COLOR === undefined;
  const errColors = createColors(colorAllowed && io.stderr.isTTY === true);
  try {
    env = mergeEnv(io.env, io.cwd);
    out.addSecret(env.IMEDNET_API_KEY);
    out.addSecret(env.IMEDNET_SECURITY_KEY);
    const parsed = parseCommandLine(argv, commands);
    const outColors = createColors(colorAllowed && io.stdout.isTTY === true);
    if (parsed.kind === 'version') {
      out.data(`${readVersion()}\n`);
      return 0;
    }
    if (parsed.kind === 'help') {
      const text = formatHelp(commands, parsed.path, parsed.exitCode === 0 ? outColors : errColors);
      if (parsed.exitCode === 0) out.data(text);
      else out.error(text);
      return parsed.exitCode;
    }
    const context: CliContext = {
      io,
      flags: parsed.flags,
      format: parsed.format,
      env,
      out,
      colors: errColors,
      outColors,
      signal,
      positionals: parsed.positionals,
      options: parsed.options,
      commandPath: parsed.command.path,
    };
    return (await parsed.command.run(context)) ?? 0;
  } catch (error) {
    return reportError(error, { out, debug, signal, errColors, commands });
  }
}

function reportError(
  error: unknown,
  state: {
    out: Printer;
    debug: boolean;
    signal: AbortSignal;
    errColors: ReturnType<typeof createColors>;
    commands: readonly CommandSpec[];
  },
): number {
  const { out, errColors } = state;
  if (isUsageError(error)) {
    out.error(`${errColors.red('imednet: error:')} ${error.message}\n`);
    const command = findCommand(state.commands, error.commandPath);
    if (command !== undefined) out.error(`Usage: ${formatUsage(command)}\n`);
    const helpPath = command !== undefined ? `${command.path.join(' ')} ` : '';
    out.error(`Run 'imednet ${helpPath}--help' for help.\n`);
    return 2;
  }
  if (state.signal.aborted) {
    out.error(`${errColors.yellow('imednet: aborted')}\n`);
    if (state.debug) out.error(formatErrorDetails(error));
    return EXIT_INTERRUPTED;
  }
  out.error(`${errColors.red('imednet: error:')} ${formatErrorLine(error)}\n`);
  if (state.debug) out.error(formatErrorDetails(error));
  return 1;
}

function findCommand(
  commands: readonly CommandSpec[],
  path: readonly string[] | undefined,
): CommandSpec | undefined {
  if (path === undefined || path.length === 0) return undefined;
  return commands.find(
    (spec) => spec.path.length === path.length && spec.path.every((word, i) => word === path[i]),
  );
}
