import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Client } from '@imednet/core';
import { type EdcRecord, iterateRecords, listForms, listVariables } from '@imednet/resources';
import { describe, expect, it } from 'vitest';
import {
  type DatasetJsonColumn,
  type DatasetJsonRow,
  datasetDataTypeOf,
  exportStudies,
  exportStudy,
  readDatasetJson,
} from '../src/index.ts';
import { expectRowsFit, parseDataset } from './helpers/datasetJsonChecks.ts';
import { sandboxClient } from './helpers/sandboxClient.ts';
import { useTempDir } from './helpers/tempDir.ts';

const tempDir = useTempDir();

/** Values a careless export would change, put into some VS records on the wire. */
const TRICKY = [
  {
    VSNOTE: 'Ünïcödé 頭痛 😀, "quoted", back\\slash\nsecond line\r\n\ttab',
    TEMP: '36.60',
    VSDT: '05-MAR-2024',
  },
  { VSNOTE: '', TEMP: '12345678901234567890.123456789012', VSDT: '2024-02-29', SYSBP: '' },
  { VSNOTE: '=1+2', TEMP: '-0.000001', VSDT: null, DIABP: null },
];
const TRICKY_EXPECTED = [
  { VSNOTE: TRICKY[0]!.VSNOTE, TEMP: '36.60', VSDT: '2024-03-05' },
  { VSNOTE: null, TEMP: '12345678901234567890.123456789012', VSDT: '2024-02-29', SYSBP: null },
  { VSNOTE: '=1+2', TEMP: '-0.000001', VSDT: null, DIABP: null },
];

/**
 * A client on an in-process sandbox whose record pages carry {@link TRICKY} values in the
 * first VS records (only the wire is changed: the body the server sends).
 */
function trickyClient(): { client: Client; studyKeys: readonly string[]; changed: Set<number> } {
  const changed = new Set<number>();
  const { client, studyKeys } = sandboxClient({
    seed: 11,
    recordsPerStudy: 80,
    rewrite: async (url, response) => {
      if (!url.pathname.endsWith('/records') || !response.ok) return response;
      const body = await response.json();
      for (const record of body.data as EdcRecord[]) {
        if (record.formKey !== 'VS') continue;
        const index = changed.has(record.recordId)
          ? [...changed].indexOf(record.recordId)
          : changed.size;
        if (index >= TRICKY.length) continue;
        changed.add(record.recordId);
        Object.assign(record.recordData!, TRICKY[index]);
      }
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: response.headers,
      });
    },
  });
  return { client, studyKeys, changed };
}

async function recordsOf(client: Client, studyKey: string): Promise<Map<string, EdcRecord[]>> {
  const byForm = new Map<string, EdcRecord[]>();
  for await (const record of iterateRecords(client, studyKey)) {
    if (record.deleted === true) continue;
    const list = byForm.get(record.formKey!) ?? [];
    list.push(record);
    byForm.set(record.formKey!, list);
  }
  return byForm;
}

/** Reads one written file, checking it against the official schema, in its encoding. */
async function readWritten(path: string) {
  const bytes = await readFile(path);
  if (path.endsWith('.dsjc')) return parseDataset(gunzipSync(bytes).toString('utf8'), 'ndjson');
  return parseDataset(bytes.toString('utf8'), path.endsWith('.ndjson') ? 'ndjson' : 'json');
}

describe('datasetDataTypeOf', () => {
  it('maps every iMednet variable type, in any letter case', () => {
    const cases: [string | null, object][] = [
      ['NUMBER', { dataType: 'decimal', targetDataType: 'decimal' }],
      ['float', { dataType: 'decimal', targetDataType: 'decimal' }],
      ['Decimal', { dataType: 'decimal', targetDataType: 'decimal' }],
      ['NUMERIC', { dataType: 'decimal', targetDataType: 'decimal' }],
      ['integer', { dataType: 'integer' }],
      ['INT', { dataType: 'integer' }],
      ['CheckBox', { dataType: 'boolean' }],
      ['DATE', { dataType: 'date' }],
      [' datetime ', { dataType: 'datetime' }],
      ['TIME', { dataType: 'time' }],
      ['TEXT', { dataType: 'string' }],
      ['MEMO', { dataType: 'string' }],
      ['RADIO', { dataType: 'string' }],
      ['DROPDOWN', { dataType: 'string' }],
      ['SIGNATURE', { dataType: 'string' }],
      [null, { dataType: 'string' }],
    ];
    for (const [type, expected] of cases)
      expect(datasetDataTypeOf(type), String(type)).toEqual(expected);
  });
});

describe('exportStudy as Dataset-JSON', () => {
  for (const encoding of ['json', 'ndjson', 'dsjc'] as const) {
    it(`writes one valid dataset per form with the source values exactly (${encoding})`, async () => {
      const { client, studyKeys, changed } = trickyClient();
      const studyKey = studyKeys[0]!;
      const out = join(await tempDir(), 'dsj');
      const result = await exportStudy(client, studyKey, {
        format: 'dataset-json',
        out,
        datasetJson: { encoding, originator: 'Test Org' },
      });
      expect(changed.size).toBe(TRICKY.length);
      const [forms, variables] = await Promise.all([
        listForms(client, studyKey),
        listVariables(client, studyKey),
      ]);
      const records = await recordsOf(client, studyKey);
      const files = (await readdir(out)).sort();
      // Every form with variables has its dataset (forms without records too); nothing else.
      const formKeys = [...new Set(variables.filter((v) => !v.deleted).map((v) => v.formKey!))];
      expect(files).toEqual(formKeys.map((key) => `${key}.${encoding}`).sort());
      expect(result.files.map((f) => f.slice(out.length + 1)).sort()).toEqual(files);
      let total = 0;
      for (const formKey of formKeys) {
        const { metadata, rows } = await readWritten(join(out, `${formKey}.${encoding}`));
        const columns = metadata.columns as DatasetJsonColumn[];
        expectRowsFit(columns, rows);
        const form = forms.find((f) => f.formKey === formKey)!;
        const source = records.get(formKey) ?? [];
        expect(metadata).toMatchObject({
          datasetJSONVersion: '1.1.0',
          originator: 'Test Org',
          studyOID: studyKey,
          itemGroupOID: `IG.${formKey}`,
          name: formKey,
          label: form.formName,
          records: source.length,
        });
        expect(rows).toHaveLength(source.length);
        total += rows.length;
        // Keys first, in keySequence order.
        expect(columns.slice(0, 5).map((c) => [c.name, c.keySequence])).toEqual([
          ['studyKey', 1],
          ['siteId', 2],
          ['subjectKey', 3],
          ['visitId', 4],
          ['recordId', 5],
        ]);
        expect(columns.filter((c) => c.keySequence !== undefined)).toHaveLength(5);
        const newest = source.reduce((max, r) => Math.max(max, r.dateModified!.getTime()), 0);
        if (source.length > 0) {
          expect(metadata.dbLastModifiedDateTime).toBe(new Date(newest).toISOString());
        }
        const ofForm = variables
          .filter((v) => v.formKey === formKey && !v.deleted)
          .sort((a, b) => a.sequence! - b.sequence!);
        expect(columns.slice(9).map((c) => [c.itemOID, c.name, c.label])).toEqual(
          ofForm.map((v) => [`IT.${formKey}.${v.variableName}`, v.variableName, v.label]),
        );
        const TYPES: Record<string, string> = {
          NUMBER: 'decimal',
          FLOAT: 'decimal',
          INTEGER: 'integer',
          DATE: 'date',
          TIME: 'time',
          DATETIME: 'datetime',
          CHECKBOX: 'boolean',
        };
        for (const [i, v] of ofForm.entries()) {
          const column = columns[9 + i]!;
          expect(column.dataType, v.variableName!).toBe(
            TYPES[v.variableType!.toUpperCase()] ?? 'string',
          );
          if (column.dataType === 'string' && rows.some((row) => row[9 + i] !== null)) {
            const longest = Math.max(
              ...rows.map((row) => (row[9 + i] === null ? 0 : [...(row[9 + i] as string)].length)),
            );
            expect(column.length).toBe(longest);
          }
        }
        // Each row against its source record, value by value.
        const byId = new Map(source.map((r) => [r.recordId, r]));
        for (const row of rows) {
          const record = byId.get(row[4] as number)!;
          expect(record).toBeDefined();
          expect(row.slice(0, 5)).toEqual([
            studyKey,
            record.siteId,
            record.subjectKey,
            record.visitId,
            record.recordId,
          ]);
          expect(row[6]).toBe(record.recordStatus);
          expect(row[7]).toBe(record.dateCreated!.toISOString());
          expect(row[8]).toBe(record.dateModified!.toISOString());
          const tricky = changed.has(record.recordId)
            ? TRICKY_EXPECTED[[...changed].indexOf(record.recordId)]
            : undefined;
          for (const [i, v] of ofForm.entries()) {
            const name = v.variableName!;
            const raw = record.recordData?.[name];
            const expected =
              tricky && name in tricky
                ? tricky[name as keyof typeof tricky]
                : raw === undefined || raw === null || raw === ''
                  ? null
                  : columns[9 + i]!.dataType === 'decimal'
                    ? String(raw)
                    : columns[9 + i]!.dataType === 'datetime'
                      ? String(raw).replace(' ', 'T')
                      : raw;
            expect(row[9 + i], `${formKey} ${record.recordId} ${name}`).toEqual(expected);
          }
        }
      }
      expect(result.rows).toBe(total);
      // The reader gives back exactly what was written.
      const vs = await readDatasetJson(join(out, `VS.${encoding}`));
      const back: DatasetJsonRow[] = [];
      for await (const row of vs.rows) back.push(row);
      expect(back).toEqual((await readWritten(join(out, `VS.${encoding}`))).rows);
      expect(vs.encoding).toBe(encoding);
    });
  }

  it('leaves nothing behind when aborted, not even the spooled rows', async () => {
    const { client, studyKeys } = trickyClient();
    const out = await tempDir();
    const controller = new AbortController();
    const error = await exportStudy(client, studyKeys[0]!, {
      format: 'dataset-json',
      out,
      signal: controller.signal,
      progressInterval: 5,
      onProgress: (p) => {
        if (p.totalRows >= 30) controller.abort(new Error('user stop'));
      },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('user stop');
    expect(await readdir(out)).toEqual([]);
  });

  it('exports every study into a folder each, and refuses a bad encoding or the long layout', async () => {
    const { client, studyKeys } = trickyClient();
    const out = await tempDir();
    const results = await exportStudies(client, {
      format: 'dataset-json',
      out,
      datasetJson: { encoding: 'ndjson' },
    });
    expect([...results.values()].map((r) => r.outcome)).toEqual(studyKeys.map(() => 'SUCCESS'));
    expect((await readdir(out)).sort()).toEqual([...studyKeys].sort());
    for (const key of studyKeys) {
      for (const file of await readdir(join(out, key))) {
        expect(file).toMatch(/^[A-Z_]+\.ndjson$/);
        const { metadata, rows } = await readWritten(join(out, key, file));
        expectRowsFit(metadata.columns as DatasetJsonColumn[], rows);
        expect(rows).toHaveLength(metadata.records as number);
      }
    }
    await expect(
      exportStudy(client, studyKeys[0]!, {
        format: 'dataset-json',
        out,
        datasetJson: { encoding: 'xml' as never },
      }),
    ).rejects.toMatchObject({ code: 'EXPORT_ERROR', message: expect.stringContaining('xml') });
    await expect(
      exportStudy(client, studyKeys[0]!, { format: 'dataset-json', out, layout: 'long' }),
    ).rejects.toMatchObject({ code: 'EXPORT_ERROR' });
  });
});
