import type { CommandSpec } from '../cli/commandSpec.ts';
import type { CliContext } from '../cli/context.ts';
import { plural } from '../output/plural.ts';
import { writeObject } from '../output/writeObject.ts';
import { readDuration } from './readDuration.ts';
import { readPositiveInteger } from './readListOptions.ts';
import { readPort } from './readPort.ts';
import { waitForAbort } from './waitForAbort.ts';

/**
 * `sandbox`: serves a generated fake iMednet API on 127.0.0.1 until Ctrl-C, and prints its
 * URL and the demo keys it accepts.
 *
 * @throws never
 * @example
 * const command = createSandboxCommand();
 */
export function createSandboxCommand(): CommandSpec {
  return {
    path: ['sandbox'],
    summary: 'serve a sandbox iMednet API on 127.0.0.1 until Ctrl-C; prints its URL and demo keys',
    details:
      'Point any iMednet client at it: the printed IMEDNET_* lines can be pasted into a shell\n' +
      'or a .env file. The data is generated from the seed, so the same seed gives the same data.',
    arguments: [],
    options: {
      port: {
        type: 'string',
        valueName: '<n>',
        description: 'port to listen on (default: a free one)',
      },
      seed: {
        type: 'string',
        valueName: '<seed>',
        description: 'seed of the generated data (default 1)',
      },
      studies: { type: 'string', valueName: '<n>', description: 'number of studies (default 3)' },
      subjects: { type: 'string', valueName: '<n>', description: 'subjects per study' },
      records: {
        type: 'string',
        valueName: '<n>',
        description: 'records per study, roughly (default 500)',
      },
      latency: {
        type: 'string',
        valueName: '<duration>',
        description: 'delay before each answer, e.g. 200ms',
      },
      'job-duration': {
        type: 'string',
        valueName: '<duration>',
        description: 'how long a records job takes to finish, e.g. 2s',
      },
    },
    examples: ['imednet sandbox --port 8080 --seed 7', 'imednet sandbox --json'],
    run: runSandbox,
  };
}

async function runSandbox(context: CliContext): Promise<number> {
  const path = context.commandPath;
  const port = readPort(context.options.port, path);
  const seed = typeof context.options.seed === 'string' ? context.options.seed : undefined;
  const studyCount = readPositiveInteger(context.options.studies, '--studies', path);
  const subjectsPerStudy = readPositiveInteger(context.options.subjects, '--subjects', path);
  const recordsPerStudy = readPositiveInteger(context.options.records, '--records', path);
  const jobDurationMs = readDuration(context.options['job-duration'], '--job-duration', path);
  const latencyMs = readDuration(context.options.latency, '--latency', path);
  const { createSandbox } = await import('@imednet/sandbox');
  const { listen } = await import('@imednet/sandbox/node');
  const sandbox = createSandbox({
    ...(seed === undefined ? {} : { seed: /^\d+$/.test(seed) ? Number(seed) : seed }),
    ...(studyCount === undefined ? {} : { studyCount }),
    ...(subjectsPerStudy === undefined ? {} : { subjectsPerStudy }),
    ...(recordsPerStudy === undefined ? {} : { recordsPerStudy }),
    ...(jobDurationMs === undefined ? {} : { jobDurationMs }),
    ...(latencyMs === undefined ? {} : { latencyMs }),
  });
  const server = await listen(sandbox, { host: '127.0.0.1', port: port ?? 0 });
  try {
    const { apiKey, securityKey } = sandbox.credentials;
    if (context.format === 'table') {
      context.out.data(
        `IMEDNET_BASE_URL=${server.url}\nIMEDNET_API_KEY=${apiKey}\nIMEDNET_SECURITY_KEY=${securityKey}\n`,
      );
      context.out.info(
        `Sandbox serving ${plural(sandbox.studyKeys.length, 'study', 'studies')} (${sandbox.studyKeys.join(', ')}) at ${server.url}\n` +
          'These are demo keys for this sandbox only. Press Ctrl-C to stop.\n',
      );
    } else {
      // One line, so that a program reading stdout has everything at the first newline.
      const info = { url: server.url, apiKey, securityKey, studyKeys: sandbox.studyKeys };
      writeObject(context.out, info, context.format === 'csv' ? 'csv' : 'ndjson');
    }
    await waitForAbort(context.signal);
    context.out.info(`Sandbox stopped after ${plural(server.requests(), 'request')}.\n`);
    return 0;
  } finally {
    await server.close();
    sandbox.close();
  }
}
