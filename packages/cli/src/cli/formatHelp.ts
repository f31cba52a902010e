import type { Colors } from '../output/colors.ts';
import type { CommandSpec, OptionSpec } from './commandSpec.ts';
import { GLOBAL_OPTIONS } from './globalOptions.ts';

/**
 * The usage line of one command, e.g. `imednet sites list <studyKey> [options]`.
 *
 * @throws never
 * @example
 * formatUsage(command); // 'imednet jobs wait <studyKey> <batchId> [options]'
 */
export function formatUsage(command: CommandSpec): string {
  const args = command.arguments.map((arg) => (arg.required ? `<${arg.name}>` : `[${arg.name}]`));
  return ['imednet', ...command.path, ...args, '[options]'].join(' ');
}

/**
 * Help for the whole CLI (`path` empty), one group (`['jobs']`) or one command.
 *
 * @throws never
 * @example
 * process.stdout.write(formatHelp(COMMANDS, ['sites', 'list'], colors));
 */
export function formatHelp(
  commands: readonly CommandSpec[],
  path: readonly string[],
  colors: Colors,
): string {
  const exact = commands.find(
    (spec) => spec.path.length === path.length && spec.path.every((word, i) => word === path[i]),
  );
  if (exact !== undefined) return formatCommandHelp(exact, colors);
  const listed = commands.filter((spec) => path.every((word, i) => spec.path[i] === word));
  const shown = listed.length > 0 ? listed : commands;
  const lines = [
    `${colors.bold('Usage:')} imednet ${path.length > 0 && listed.length > 0 ? path.join(' ') : '<command>'} ... [options]`,
    '',
    path.length === 0 || listed.length === 0
      ? 'The iMednet EDC toolkit on the command line: list, export, submit records, run pipelines.\n'
      : '',
    colors.bold('Commands:'),
    ...table(
      shown.map((spec) => [
        formatUsage(spec)
          .replace(/^imednet /, '')
          .replace(/ \[options\]$/, ''),
        spec.summary,
      ]),
    ),
    '',
    colors.bold('Global options:'),
    ...formatOptions(GLOBAL_OPTIONS),
    '',
    'Credentials come from IMEDNET_API_KEY and IMEDNET_SECURITY_KEY in the environment or in',
    'a .env file in the working directory (never from flags). Try `imednet demo` first: it',
    "needs no credentials. `imednet <command> --help` shows a command's own options.",
    '',
  ];
  return lines.filter((line, index) => !(line === '' && lines[index - 1] === '')).join('\n');
}

function formatCommandHelp(command: CommandSpec, colors: Colors): string {
  const lines = [`${colors.bold('Usage:')} ${formatUsage(command)}`, '', command.summary];
  if (command.details !== undefined) lines.push('', command.details);
  if (command.arguments.length > 0) {
    lines.push('', colors.bold('Arguments:'));
    lines.push(...table(command.arguments.map((arg) => [arg.name, arg.description])));
  }
  if (Object.keys(command.options).length > 0) {
    lines.push('', colors.bold('Options:'), ...formatOptions(command.options));
  }
  lines.push('', colors.bold('Global options:'), ...formatOptions(GLOBAL_OPTIONS));
  if (command.examples !== undefined && command.examples.length > 0) {
    lines.push('', colors.bold('Examples:'), ...command.examples.map((example) => `  ${example}`));
  }
  return `${lines.join('\n')}\n`;
}

function formatOptions(options: Readonly<Record<string, OptionSpec>>): string[] {
  return table(
    Object.entries(options).map(([name, spec]) => {
      const short = spec.short === undefined ? '    ' : `-${spec.short}, `;
      const value = spec.type === 'string' ? ` ${spec.valueName ?? '<value>'}` : '';
      const repeat = spec.multiple ? ' (repeatable)' : '';
      return [`${short}--${name}${value}`, spec.description + repeat];
    }),
  );
}

function table(rows: readonly (readonly [string, string])[] | string[][]): string[] {
  const width = Math.max(0, ...rows.map((row) => row[0]?.length ?? 0));
  return rows.map((row) => `  ${(row[0] ?? '').padEnd(width)}  ${row[1] ?? ''}`.trimEnd());
}
