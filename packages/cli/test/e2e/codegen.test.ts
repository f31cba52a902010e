import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCliProcess } from '../helpers/cliProcess.ts';
import { SECRET_MARK, type ServedSandbox, startSandbox } from '../helpers/sandboxServer.ts';

let served: ServedSandbox;
let changed: ServedSandbox;
let dir: string;
beforeAll(async () => {
  served = await startSandbox({ seed: 8, recordsPerStudy: 40 });
  // The same study after a build change: HEIGHT retyped, PULSE added, RACE removed.
  changed = await startSandbox({
    seed: 8,
    recordsPerStudy: 40,
    variableChanges: [
      { formKey: 'DM', variableName: 'HEIGHT', type: 'TEXT' },
      { formKey: 'VS', variableName: 'PULSE', type: 'NUMBER' },
      { formKey: 'DM', variableName: 'RACE', remove: true },
    ],
  });
  dir = mkdtempSync(join(tmpdir(), 'imednet-cli-codegen-'));
});
afterAll(async () => {
  await served.close();
  await changed.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env = served.env): Promise<CliResult> {
  const result = await runCliProcess(args, { env, cwd: dir });
  expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
  return result;
}

describe('codegen', () => {
  it('writes the module; --check exits 0 on it and 1 with the changes once the study changed', async () => {
    const wrote = await cli(['codegen', 'PHARMADEMO', '--out', 'gen/pharmademo.ts']);
    expect(wrote.code).toBe(0);
    expect(wrote.stderr).toContain(': 7 forms of study PHARMADEMO');
    expect(wrote.stderr).not.toContain('(s)');
    const source = readFileSync(join(dir, 'gen/pharmademo.ts'), 'utf8');
    expect(source).toContain("export const DM_FORM_KEY = 'DM';");

    const fresh = await cli(['codegen', 'PHARMADEMO', '--check', 'gen/pharmademo.ts']);
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toBe('');
    expect(fresh.stderr).toContain('up to date');

    const drift = await cli(['codegen', 'PHARMADEMO', '--check', 'gen/pharmademo.ts'], changed.env);
    expect(drift.code).toBe(1);
    expect(drift.stdout.trim().split('\n')).toEqual([
      '- variable DM.RACE (DROPDOWN)',
      '~ variable DM.HEIGHT: NUMBER -> TEXT',
      '+ variable VS.PULSE (NUMBER)',
    ]);
    expect(drift.stderr).toContain('3 changes)');

    const json = await cli(
      ['codegen', 'PHARMADEMO', '--check', 'gen/pharmademo.ts', '--json'],
      changed.env,
    );
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ studyKey: 'PHARMADEMO', upToDate: false });
  });

  it('without --out writes to stdout, the same bytes each time', async () => {
    const a = await cli(['codegen', 'CARDIO-202', '--generated-at', '2025-06-01T00:00:00Z']);
    const b = await cli(['codegen', 'CARDIO-202', '--generated-at', '2025-06-01T00:00:00Z']);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('metadata as of 2025-06-01T00:00:00Z.');
    expect(b.stdout).toBe(a.stdout);
  });

  it('refuses --out with --check, a module of another study, and a missing file', async () => {
    const both = await cli(['codegen', 'PHARMADEMO', '--out', 'a.ts', '--check', 'b.ts']);
    expect(both.code).toBe(2);
    writeFileSync(join(dir, 'other.ts'), (await cli(['codegen', 'CARDIO-202'])).stdout);
    const other = await cli(['codegen', 'PHARMADEMO', '--check', 'other.ts']);
    expect(other.code).not.toBe(0);
    expect(other.stderr).toContain('generated from study CARDIO-202');
    const missing = await cli(['codegen', 'PHARMADEMO', '--check', 'nope.ts']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/nope.ts/);
    expect(missing.stdout).toBe('');
  });
});
