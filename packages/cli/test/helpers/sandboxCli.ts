import { afterAll, beforeAll, expect } from 'vitest';
import { type CliResult, runCliProcess } from './cliProcess.ts';
import { SECRET_MARK, type ServedSandbox, startSandbox } from './sandboxServer.ts';

/**
 * Serves a sandbox for the file's tests (started before all, closed after all) and returns
 * `cli` (runs the built CLI against it; no test key may appear in its output) and `json`
 * (the same with `--json`, which must succeed quietly, parsed).
 */
export function useSandboxCli(seed: number) {
  let served: ServedSandbox;
  beforeAll(async () => {
    served = await startSandbox({ seed });
  });
  afterAll(() => served.close());

  async function cli(args: string[]): Promise<CliResult> {
    const result = await runCliProcess(args, { env: served.env });
    expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
    return result;
  }

  async function json<T = Record<string, unknown>[]>(args: string[]): Promise<T> {
    const result = await cli([...args, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as T;
  }

  return { cli, json, served: () => served };
}

/** [resource word, id field] of every per-study resource (its list and get commands). */
export const PER_STUDY_RESOURCES: [string, string][] = [
  ['sites', 'siteId'],
  ['subjects', 'subjectKey'],
  ['forms', 'formId'],
  ['intervals', 'intervalId'],
  ['variables', 'variableId'],
  ['visits', 'visitId'],
  ['records', 'recordId'],
  ['record-revisions', 'recordRevisionId'],
  ['queries', 'annotationId'],
  ['users', 'userId'],
  ['codings', 'codingId'],
];
