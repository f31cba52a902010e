import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../src/cli/commandSpec.ts';
import { parseCommandLine } from '../../src/cli/parseCommandLine.ts';
import { isUsageError } from '../../src/errors/UsageError.ts';

const run = async () => 0;
const COMMANDS: CommandSpec[] = [
  {
    path: ['sites', 'list'],
    summary: 'list sites',
    arguments: [{ name: 'studyKey', required: true, description: '' }],
    options: {
      filter: { type: 'string', multiple: true, description: '' },
      limit: { type: 'string', description: '' },
    },
    run,
  },
  {
    path: ['jobs', 'status'],
    summary: 'status',
    arguments: [
      { name: 'studyKey', required: true, description: '' },
      { name: 'batchId', required: true, description: '' },
    ],
    options: {},
    run,
  },
  {
    path: ['demo'],
    summary: 'demo',
    arguments: [],
    options: { out: { type: 'string', description: '' } },
    run,
  },
];

function usageMessage(argv: string[]): string {
  try {
    parseCommandLine(argv, COMMANDS);
  } catch (error) {
    if (isUsageError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseCommandLine', () => {
  it('finds the command and its arguments, with global flags anywhere', () => {
    const parsed = parseCommandLine(
      [
        '--base-url',
        'http://127.0.0.1:1',
        'sites',
        'list',
        'S1',
        '--filter',
        'a==1',
        '--filter',
        'b==2',
        '--json',
      ],
      COMMANDS,
    );
    expect(parsed.kind).toBe('run');
    if (parsed.kind !== 'run') return;
    expect(parsed.command.path).toEqual(['sites', 'list']);
    expect(parsed.positionals).toEqual(['S1']);
    expect(parsed.options.filter).toEqual(['a==1', 'b==2']);
    expect(parsed.flags.baseUrl).toBe('http://127.0.0.1:1');
    expect(parsed.format).toBe('json');
  });

  it('reads --debug as verbose and --no-color as colour off', () => {
    const parsed = parseCommandLine(['demo', '--debug', '--no-color'], COMMANDS);
    expect(parsed.flags).toMatchObject({ debug: true, verbose: true, color: false });
  });

  it('answers --help for a command, a group, and the root', () => {
    expect(parseCommandLine(['jobs', 'status', '--help'], COMMANDS)).toMatchObject({
      kind: 'help',
      path: ['jobs', 'status'],
      exitCode: 0,
    });
    expect(parseCommandLine(['jobs'], COMMANDS)).toMatchObject({
      kind: 'help',
      path: ['jobs'],
      exitCode: 2,
    });
    expect(parseCommandLine([], COMMANDS)).toMatchObject({ kind: 'help', path: [], exitCode: 2 });
    expect(parseCommandLine(['--help'], COMMANDS)).toMatchObject({ kind: 'help', exitCode: 0 });
    expect(parseCommandLine(['--version'], COMMANDS)).toMatchObject({ kind: 'version' });
  });

  it('refuses unknown commands and options, missing and extra arguments, two formats', () => {
    expect(usageMessage(['nope'])).toMatch(/unknown command 'nope'/);
    expect(usageMessage(['jobs', 'nope'])).toMatch(/unknown command 'jobs nope'/);
    expect(usageMessage(['sites', 'list', 'S1', '--bogus'])).toMatch(/--bogus/);
    expect(usageMessage(['sites', 'list'])).toMatch(/missing argument <studyKey>/);
    expect(usageMessage(['jobs', 'status', 'S1'])).toMatch(/missing argument <batchId>/);
    expect(usageMessage(['sites', 'list', 'S1', 'S2'])).toMatch(/unexpected argument 'S2'/);
    expect(usageMessage(['sites', 'list', 'S1', '--json', '--csv'])).toMatch(/one output format/);
    expect(usageMessage(['sites', 'list', 'S1', '--limit'])).toMatch(/--limit/);
  });

  it('does not take an option of another command', () => {
    expect(usageMessage(['sites', 'list', 'S1', '--out', 'x'])).toMatch(/--out/);
  });
});
