import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { isServerError, withOptions } from '@imednet/core';
import { listRecordsPage } from '@imednet/resources';
import { iterateFormTables, openRecordTable } from '@imednet/workflows';
import Database from 'better-sqlite3';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { type ExportProgress, exportStudies, exportStudy, isExportError } from '../src/index.ts';
import { parseCsv } from './helpers/parseCsv.ts';
import { sandboxClient } from './helpers/sandboxClient.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

/** What the mapper yields for a study: the reference every export is compared with. */
async function mapped(client: Parameters<typeof openRecordTable>[0], studyKey: string) {
  const { columns, rows } = await openRecordTable(client, studyKey, {});
  const all: Record<string, unknown>[] = [];
  for await (const row of rows) all.push(row);
  return { columns, rows: all };
}

/** A mapped row as hyparquet reads it back from the typed file. */
function asParquetReadsIt(
  row: Record<string, unknown>,
  columns: readonly { name: string; type: string }[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { name, type } of columns) {
    const value = row[name] ?? null;
    if (value === null || value === '') out[name] = null;
    else if (type === 'integer') out[name] = BigInt(value as number);
    else if (type === 'date') out[name] = new Date(`${value}T00:00:00Z`);
    else if (type === 'time') {
      const [h, m, sec = 0] = String(value).split(':').map(Number) as number[];
      out[name] = ((h! * 60 + m!) * 60 + sec) * 1000;
    } else if (type === 'timestamp' && typeof value === 'string') {
      out[name] = new Date(`${value.replace(' ', 'T')}Z`);
    } else out[name] = value;
  }
  return out;
}

describe('exportStudy against the sandbox', () => {
  it('writes a wide CSV whose cells are the mapped values', async () => {
    const { client, studyKeys, sandbox } = sandboxClient();
    const studyKey = studyKeys[0]!;
    // Deleted records are listed by the API but not exported: the expected total leaves them out.
    const { items } = await listRecordsPage(client, studyKey, undefined, { page: 0, pageSize: 3 });
    for (const record of items) expect(sandbox.deleteRecord(studyKey, record.recordId)).toBe(true);
    const out = join(await tempDir(), 'nested', 'study.csv');
    const progress: ExportProgress[] = [];
    const result = await exportStudy(client, studyKey, {
      format: 'csv',
      out,
      formulaGuard: false,
      onProgress: (p) => progress.push(p),
      progressInterval: 25,
    });
    const expected = await mapped(client, studyKey);
    expect(result).toMatchObject({
      studyKey,
      format: 'csv',
      files: [out],
      rows: expected.rows.length,
    });
    expect(expected.rows.length).toBeGreaterThan(25);
    const [header, ...records] = parseCsv(await readFile(out, 'utf8'));
    expect(header).toEqual(expected.columns.map((c) => c.name));
    expect(records).toEqual(
      expected.rows.map((row) =>
        expected.columns.map((c) => {
          const value = row[c.name];
          if (value === null) return null;
          return value instanceof Date ? value.toISOString() : String(value);
        }),
      ),
    );
    // Every event carries the rows to come: the study's records but the deleted ones, so the
    // last event's total is the expected one.
    const { totalElements } = await listRecordsPage(client, studyKey, undefined, {
      page: 0,
      pageSize: 1,
    });
    expect(totalElements).toBe(expected.rows.length + 3);
    expect(progress.length).toBeGreaterThan(1);
    for (const event of progress) expect(event.expectedRows).toBe(expected.rows.length);
    expect(progress.at(-1)).toEqual({
      studyKey,
      table: 'records',
      rows: expected.rows.length,
      totalRows: expected.rows.length,
      expectedRows: expected.rows.length,
    });
    expect(await readdir(join(out, '..'))).toEqual(['study.csv']);
  });

  it('writes one Parquet file per form, named from the form keys', async () => {
    const { client, studyKeys } = sandboxClient();
    const studyKey = studyKeys[0]!;
    const dir = join(await tempDir(), 'forms');
    const result = await exportStudy(client, studyKey, {
      format: 'parquet',
      out: dir,
      byForm: true,
    });
    const forms: string[] = [];
    let total = 0;
    for await (const table of iterateFormTables(client, studyKey, {})) {
      forms.push(table.formKey);
      const file = join(dir, `${table.formKey}.parquet`);
      const back = await parquetReadObjects({ file: await asyncBufferFromFile(file) });
      const rows: Record<string, unknown>[] = [];
      for await (const row of table.rows) rows.push(row);
      total += rows.length;
      expect(back).toHaveLength(rows.length);
      // Integers come back as INT64 (bigint), dates as Date at UTC midnight, times as
      // milliseconds of the day, date-times as Date; everything else as written.
      expect(back).toEqual(rows.map((row) => asParquetReadsIt(row, table.columns)));
    }
    expect((await readdir(dir)).sort()).toEqual(forms.map((f) => `${f}.parquet`).sort());
    expect(result.rows).toBe(total);
  });

  it('writes SQLite tables per form and the long layout', async () => {
    const { client, studyKeys } = sandboxClient();
    const studyKey = studyKeys[0]!;
    const dir = await tempDir();
    const byForm = await exportStudy(client, studyKey, {
      format: 'sqlite',
      out: join(dir, 'forms.sqlite'),
      byForm: true,
    });
    const long = await exportStudy(client, studyKey, {
      format: 'sqlite',
      out: join(dir, 'long.sqlite'),
      layout: 'long',
    });
    const expected = await mapped(client, studyKey);
    const db = new Database(join(dir, 'forms.sqlite'), { readonly: true });
    try {
      let count = 0;
      for (const table of byForm.tables) {
        count += (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
      }
      expect(count).toBe(expected.rows.length);
      const first = expected.rows[0]!;
      const back = db
        .prepare(`SELECT * FROM "${first.formKey}" WHERE recordId = ?`)
        .get(first.recordId) as Record<string, unknown>;
      expect(back.subjectKey).toBe(first.subjectKey);
      expect(back.dateCreated).toBe((first.dateCreated as Date).toISOString());
    } finally {
      db.close();
    }
    const longDb = new Database(join(dir, 'long.sqlite'), { readonly: true });
    try {
      expect(long.tables).toEqual(['records_long']);
      const cols = longDb
        .prepare('SELECT * FROM records_long LIMIT 1')
        .columns()
        .map((c) => c.name);
      expect(cols).toEqual(['recordId', 'subjectKey', 'formKey', 'variable', 'label', 'value']);
      const n = (longDb.prepare('SELECT count(*) AS n FROM records_long').get() as { n: number }).n;
      expect(n).toBe(long.rows);
      expect(n).toBeGreaterThan(expected.rows.length);
    } finally {
      longDb.close();
    }
  });

  it('writes a DuckDB table with the mapped values', async () => {
    const { client, studyKeys } = sandboxClient();
    const studyKey = studyKeys[1]!;
    const out = join(await tempDir(), 'study.duckdb');
    await exportStudy(client, studyKey, { format: 'duckdb', out, forms: ['DM'] });
    const expected = (await openRecordTable(client, studyKey, { forms: ['DM'] })).columns;
    const instance = await DuckDBInstance.create(out, { access_mode: 'READ_ONLY' });
    try {
      const connection = await instance.connect();
      const reader = await connection.runAndReadAll('SELECT * FROM records ORDER BY recordId');
      expect(reader.columnNames()).toEqual(expected.map((c) => c.name));
      expect(reader.currentRowCount).toBeGreaterThan(0);
      connection.closeSync();
    } finally {
      instance.closeSync();
    }
  });

  it('leaves no file when aborted mid-export', async () => {
    const { client, studyKeys } = sandboxClient();
    for (const format of ['csv', 'parquet', 'sqlite', 'duckdb'] as const) {
      const dir = await tempDir();
      const controller = new AbortController();
      const run = exportStudy(client, studyKeys[0]!, {
        format,
        out: join(dir, `study.${format}`),
        signal: controller.signal,
        progressInterval: 10,
        onProgress: (p) => {
          if (p.rows >= 20) controller.abort(new Error(`stopped ${format}`));
        },
      });
      await expect(run).rejects.toThrow(`stopped ${format}`);
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it('leaves no per-form files when a later form fails', async () => {
    const { client, studyKeys } = sandboxClient();
    const dir = join(await tempDir(), 'forms');
    const controller = new AbortController();
    const run = exportStudy(client, studyKeys[0]!, {
      format: 'ndjson',
      out: dir,
      byForm: true,
      signal: controller.signal,
      progressInterval: 1,
      onProgress: (p) => {
        // Abort inside the second form, after the first file is complete.
        if (p.totalRows > p.rows && p.rows === 1) controller.abort(new Error('second form'));
      },
    });
    await expect(run).rejects.toThrow('second form');
    expect(await readdir(dir)).toEqual([]);
  });

  it('names columns by label and keeps only the chosen forms and variables', async () => {
    const { client, studyKeys } = sandboxClient();
    const studyKey = studyKeys[0]!;
    const out = join(await tempDir(), 'labels.csv');
    const { columns } = await openRecordTable(client, studyKey, { forms: ['DM'] });
    const variable = columns.find((c) => c.source === 'variable' && c.label)!;
    await exportStudy(client, studyKey, {
      format: 'csv',
      out,
      labels: true,
      forms: ['DM'],
      variables: [variable.variableName!],
    });
    const [header, ...records] = parseCsv(await readFile(out, 'utf8'));
    expect(header!.at(-1)).toBe(variable.label);
    expect(header).toHaveLength(9);
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r[header!.indexOf('formKey')]))).toEqual(new Set(['DM']));
  });

  it('removes its temporary file when the final rename fails', async () => {
    const { client, studyKeys } = sandboxClient();
    const dir = await tempDir();
    // The target is a folder with a file in it: renaming a file onto it fails.
    const out = join(dir, 'taken');
    await mkdir(out);
    await writeFile(join(out, 'keep.txt'), 'x');
    await expect(exportStudy(client, studyKeys[0]!, { format: 'csv', out })).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readdir(out)).toEqual(['keep.txt']);
  });

  it.each([
    ['csv', false],
    ['ndjson', false],
    ['parquet', true],
    ['sqlite', false],
    ['dataset-json', false],
  ] as const)(
    'refuses a %s output (byForm %s) under an existing file with an ExportError',
    async (format, byForm) => {
      const { client, studyKeys } = sandboxClient({ studyCount: 1, recordsPerStudy: 5 });
      const dir = await tempDir();
      const blocker = join(dir, 'a-file');
      await writeFile(blocker, 'keep me');
      const error = await exportStudy(client, studyKeys[0]!, {
        format,
        byForm,
        out: join(blocker, 'nested', `out.${format}`),
      }).catch((e: unknown) => e);
      expect(isExportError(error), String(error)).toBe(true);
      expect((error as Error).message).toContain(blocker);
      expect(['EEXIST', 'ENOTDIR']).toContain(((error as Error).cause as { code?: string })?.code);
      expect(await readFile(blocker, 'utf8')).toBe('keep me');
      expect(await readdir(dir)).toEqual(['a-file']);
    },
  );

  it('refuses bad options with an ExportError before any request', async () => {
    const { client, studyKeys } = sandboxClient();
    const out = join(await tempDir(), 'x');
    await expect(
      exportStudy(client, studyKeys[0]!, { format: 'xls' as 'csv', out }),
    ).rejects.toMatchObject({ code: 'EXPORT_ERROR' });
    await expect(
      exportStudy(client, studyKeys[0]!, { format: 'csv', out, layout: 'long', byForm: true }),
    ).rejects.toMatchObject({ code: 'EXPORT_ERROR' });
    await expect(
      exportStudy(client, studyKeys[0]!, { format: 'csv', out: '' }),
    ).rejects.toMatchObject({ code: 'EXPORT_ERROR' });
  });
});

describe('exportStudies', () => {
  it('exports every study through the orchestrator, one file per study', async () => {
    const { client, studyKeys } = sandboxClient();
    const dir = await tempDir();
    const results = await exportStudies(client, { format: 'ndjson', out: dir, concurrency: 2 });
    expect([...results.keys()]).toEqual(studyKeys);
    for (const [studyKey, result] of results) {
      expect(result.outcome).toBe('SUCCESS');
      const text = await readFile(join(dir, `${studyKey}.ndjson`), 'utf8');
      expect(text.split('\n').length - 1).toBe(result.data!.rows);
    }
    expect((await readdir(dir)).sort()).toEqual(studyKeys.map((k) => `${k}.ndjson`).sort());
  });

  it('reports a study the API does not list as FAILED and still exports the others', async () => {
    const { client, studyKeys } = sandboxClient();
    const dir = await tempDir();
    const results = await exportStudies(client, {
      format: 'csv',
      out: dir,
      include: [studyKeys[0]!, '../NOT-THERE'],
    });
    expect(results.get(studyKeys[0]!)?.outcome).toBe('SUCCESS');
    expect(results.get('../NOT-THERE')?.outcome).toBe('FAILED');
    expect(await readdir(dir)).toEqual([`${studyKeys[0]}.csv`]);
  });

  it("keeps a failed study's error object (class, code, status) beside its message", async () => {
    const { client, studyKeys } = sandboxClient();
    const [ok, down] = studyKeys as [string, string];
    const failing = withOptions(client, {
      retries: 0,
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        new Request(input, init).url.includes(`/studies/${down}/`)
          ? Promise.resolve(new Response('busy', { status: 503 }))
          : client.fetch!(input, init),
    });
    const dir = await tempDir();
    const results = await exportStudies(failing, { format: 'csv', out: dir });
    expect(results.get(ok)?.outcome).toBe('SUCCESS');
    const failed = results.get(down)!;
    expect(failed.outcome).toBe('FAILED');
    expect(isServerError(failed.error)).toBe(true);
    expect(failed.error).toMatchObject({ code: 'SERVER_ERROR', status: 503 });
    expect(failed.message).toMatch(/503/);
    expect(failed.message).toBe(failed.error?.message);
  });
});
