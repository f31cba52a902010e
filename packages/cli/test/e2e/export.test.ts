import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliResult,
  runCliProcess,
  startCliProcess,
  waitUntil,
} from '../helpers/cliProcess.ts';
import { SECRET_MARK, type ServedSandbox, startSandbox } from '../helpers/sandboxServer.ts';

let served: ServedSandbox;
let dir: string;
let studyKey: string;
beforeAll(async () => {
  served = await startSandbox({ seed: 6, studyCount: 2, recordsPerStudy: 60 });
  dir = mkdtempSync(join(tmpdir(), 'imednet-cli-export-'));
  studyKey = served.sandbox.studyKeys[0]!;
});
afterAll(async () => {
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = served.env): Promise<CliResult> {
  const result = await runCliProcess(args, { env, cwd: dir });
  expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
  return result;
}

describe.concurrent('imednet export', () => {
  it('writes one wide CSV file, the format taken from the extension', async () => {
    const result = await cli(['export', studyKey, '--out', 'wide.csv', '--json']);
    expect(result.code).toBe(0);
    const [summary] = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(summary).toMatchObject({
      studyKey,
      format: 'csv',
      tables: 1,
      files: [join(dir, 'wide.csv')],
    });
    const lines = readFileSync(join(dir, 'wide.csv'), 'utf8').trim().split(/\r?\n/);
    expect(lines.length).toBe((summary!.rows as number) + 1);
    expect(lines[0]).toMatch(/recordId/);
  });

  it('--by-form writes one NDJSON file per form into a folder', async () => {
    const result = await cli([
      'export',
      studyKey,
      '--format',
      'ndjson',
      '--by-form',
      '--out',
      'forms',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const files = readdirSync(join(dir, 'forms'));
    expect(files.length).toBeGreaterThan(1);
    expect(files.every((name) => name.endsWith('.ndjson'))).toBe(true);
    const [summary] = JSON.parse(result.stdout) as { files: string[] }[];
    expect(summary!.files).toHaveLength(files.length);
  });

  it('writes Parquet, JSON and SQLite files', async () => {
    const parquet = await cli(['export', studyKey, '--out', 'study.parquet']);
    expect(parquet.code).toBe(0);
    const bytes = readFileSync(join(dir, 'study.parquet'));
    expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
    const json = await cli(['export', studyKey, '--format', 'json', '--out', 'study.json']);
    expect(json.code).toBe(0);
    expect(Array.isArray(JSON.parse(readFileSync(join(dir, 'study.json'), 'utf8')))).toBe(true);
    const sqlite = await cli(['export', studyKey, '--by-form', '--out', 'study.sqlite', '--json']);
    expect(sqlite.code).toBe(0);
    expect(readFileSync(join(dir, 'study.sqlite')).subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    );
    expect((JSON.parse(sqlite.stdout) as { tables: number }[])[0]!.tables).toBeGreaterThan(1);
  });

  it('writes a DuckDB database (the optional @duckdb/node-api is installed here)', async () => {
    const result = await cli(['export', studyKey, '--by-form', '--out', 'study.duckdb', '--json']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'study.duckdb')).subarray(8, 12).toString()).toBe('DUCK');
    expect((JSON.parse(result.stdout) as { tables: number }[])[0]!.tables).toBeGreaterThan(1);
  });

  it('--format xlsx (or excel) writes one workbook, a sheet per form, the rows as the CSV export has them', async () => {
    const result = await cli([
      'export',
      studyKey,
      '--format',
      'excel',
      '--out',
      'book.xlsx',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const [summary] = JSON.parse(result.stdout) as {
      format: string;
      rows: number;
      tables: number;
    }[];
    expect(summary).toMatchObject({ format: 'xlsx', files: [join(dir, 'book.xlsx')] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'book.xlsx'));
    expect(book.worksheets.length).toBe(summary!.tables);
    expect(book.worksheets.length).toBeGreaterThan(1);
    // Each sheet: a header, then one row per record of the form; together every record.
    const rows = book.worksheets.reduce((sum, sheet) => sum + sheet.rowCount - 1, 0);
    expect(rows).toBe(summary!.rows);
    const csv = await cli([
      'export',
      studyKey,
      '--by-form',
      '--format',
      'csv',
      '--out',
      'xlsx-csv',
    ]);
    expect(csv.code).toBe(0);
    const first = book.worksheets[0]!;
    const lines = readFileSync(join(dir, 'xlsx-csv', `${first.name}.csv`), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect((first.getRow(1).values as unknown[]).slice(1).join(',')).toBe(lines[0]);
    expect(first.rowCount).toBe(lines.length);
    // Two exports on a machine shared with other tests: more than the default 60 s may pass.
  }, 180_000);

  it('--long-format --forms --vars on a SQL export: one records_long table of only those forms and variables', async () => {
    const variables = (await cli(['variables', 'list', studyKey, '--json'])).stdout;
    const byForm = new Map<string, string[]>();
    for (const v of JSON.parse(variables) as { formKey: string; variableName: string }[])
      byForm.set(v.formKey, [...(byForm.get(v.formKey) ?? []), v.variableName]);
    const [first, second] = [...byForm].filter(([, vars]) => vars.length >= 2);
    const [formA, varsA] = first!;
    const [formB, varsB] = second!;
    const chosen = [varsA![0]!, varsB![1]!];
    const result = await cli([
      'export',
      studyKey,
      '--format',
      'sqlite',
      '--long-format',
      '--forms',
      `${formA},${formB}`,
      '--vars',
      chosen[0]!,
      '--variables',
      chosen[1]!,
      '--out',
      'long.sqlite',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const db = new Database(join(dir, 'long.sqlite'), { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      expect(tables).toEqual([{ name: 'records_long' }]);
      const rows = db.prepare('SELECT formKey, variable FROM records_long').all() as {
        formKey: string;
        variable: string;
      }[];
      expect(rows.length).toBe((JSON.parse(result.stdout) as { rows: number }[])[0]!.rows);
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.formKey))).toEqual(new Set([formA, formB]));
      expect(new Set(rows.map((row) => row.variable))).toEqual(new Set(chosen));
    } finally {
      db.close();
    }
  }, 180_000);

  it('--layout long and --page-size reach the requests; bad values are usage errors (exit 2)', async () => {
    const result = await cli([
      'export',
      studyKey,
      '--layout',
      'long',
      '--page-size',
      '7',
      '--out',
      'long.csv',
      '--verbose',
    ]);
    expect(result.code).toBe(0);
    const header = readFileSync(join(dir, 'long.csv'), 'utf8').split(/\r?\n/)[0];
    expect(header).toMatch(/recordId.*formKey.*variable.*value/);
    const recordPages = result.stderr.match(/> GET \S+\/records\?\S*/g) ?? [];
    expect(recordPages.length).toBeGreaterThan(1);
    for (const url of recordPages) expect(url).toMatch(/[?&]size=7(&|$)/);
    for (const [args, message] of [
      [['--layout', 'tall'], "--layout must be wide or long, not 'tall'"],
      [['--layout', 'long', '--by-form'], '--by-form'],
      [['--long-format', '--format', 'dataset-json'], 'no long layout'],
      [['--page-size', '0'], '--page-size must be a positive integer'],
      [['--page-size', '501'], '--page-size must be at most 500'],
    ] as const) {
      const bad = await cli(['export', studyKey, ...args, '--out', 'never.csv']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(message);
    }
    const unknown = await cli([
      'export',
      studyKey,
      '--forms',
      'NO_SUCH_FORM',
      '--out',
      'never.csv',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('NO_SUCH_FORM');
    expect(existsSync(join(dir, 'never.csv'))).toBe(false);
  }, 180_000);

  it('--format dataset-json writes one Dataset-JSON 1.1 dataset per form, --encoding picks the framing', async () => {
    const result = await cli([
      'export',
      studyKey,
      '--format',
      'dataset-json',
      '--encoding',
      'ndjson',
      '--out',
      'cdisc',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const files = readdirSync(join(dir, 'cdisc')).sort();
    expect(files.length).toBeGreaterThan(1);
    expect(files.every((name) => name.endsWith('.ndjson'))).toBe(true);
    const [summary] = JSON.parse(result.stdout) as { format: string; rows: number }[];
    expect(summary!.format).toBe('dataset-json');
    let records = 0;
    for (const file of files) {
      const head = JSON.parse(readFileSync(join(dir, 'cdisc', file), 'utf8').split('\n')[0]!);
      expect(head).toMatchObject({ datasetJSONVersion: '1.1.0', studyOID: studyKey });
      expect(`${head.name}.ndjson`).toBe(file);
      records += head.records;
    }
    expect(records).toBe(summary!.rows);
    const bad = await cli([
      'export',
      studyKey,
      '--format',
      'csv',
      '--encoding',
      'dsjc',
      '--out',
      'x',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--encoding goes with --format dataset-json');
    const unknown = await cli([
      'export',
      studyKey,
      '--format',
      'dataset-json',
      '--encoding',
      'xml',
      '--out',
      'x',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--encoding must be one of json, ndjson, dsjc, not 'xml'");
  });

  it('--all-studies writes one file per study into the folder', async () => {
    const result = await cli([
      'export',
      '--all-studies',
      '--format',
      'csv',
      '--out',
      'all',
      '--json',
    ]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'all')).sort()).toEqual(
      served.sandbox.studyKeys.map((key) => `${key}.csv`).sort(),
    );
    const rows = JSON.parse(result.stdout) as { studyKey: string; outcome: string }[];
    expect(rows.map((row) => row.outcome)).toEqual(served.sandbox.studyKeys.map(() => 'SUCCESS'));
  });

  it('a failed export leaves no file and keeps an older one as it was', async () => {
    const own = mkdtempSync(join(dir, 'failed-'));
    writeFileSync(join(own, 'kept.csv'), 'old content\n');
    const result = await cli(['export', 'NO-SUCH-STUDY', '--out', join(own, 'kept.csv')]);
    expect(result.code).toBe(1);
    expect(readFileSync(join(own, 'kept.csv'), 'utf8')).toBe('old content\n');
    const wrong = await cli(['export', studyKey, '--out', join(own, 'never.csv')], {
      ...served.env,
      IMEDNET_API_KEY: 'SECRET-KEY-XYZ-WRONG',
    });
    expect(wrong.code).toBe(1);
    expect(readdirSync(own)).toEqual(['kept.csv']);
  });
});

describe('Ctrl-C during an export', () => {
  it('aborts (exit 130) and leaves no partial file', async () => {
    const slow = await startSandbox({
      seed: 7,
      studyCount: 1,
      recordsPerStudy: 3000,
      latencyMs: 100,
    });
    const out = mkdtempSync(join(tmpdir(), 'imednet-cli-abort-'));
    try {
      const key = slow.sandbox.studyKeys[0]!;
      const { child, done } = startCliProcess(
        ['export', key, '--format', 'csv', '--by-form', '--out', 'forms'],
        {
          env: slow.env,
          cwd: out,
        },
      );
      // Interrupt once the export is under way (metadata read, record pages being fetched).
      await waitUntil(() => slow.requests() >= 5);
      child.kill('SIGINT');
      const result = await done;
      expect(result.code).toBe(130);
      expect(result.stderr).toMatch(/imednet: aborted/);
      const left = existsSync(join(out, 'forms')) ? readdirSync(join(out, 'forms')) : [];
      expect(left).toEqual([]);
    } finally {
      await slow.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
