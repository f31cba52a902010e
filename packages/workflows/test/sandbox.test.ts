import { type Client, createClient } from '@imednet/core';
import {
  listQueries,
  listRecordRevisions,
  listRecords,
  listSubjects,
  listVariables,
} from '@imednet/resources';
import { createSandbox } from '@imednet/sandbox';
import { type Listening, listen } from '@imednet/sandbox/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkRecords,
  createWorkflows,
  extractAuditTrail,
  extractRecords,
  FIXED_COLUMNS,
  getOpenQueries,
  getQueriesBySite,
  getQueriesForSubject,
  getQueryState,
  getQueryStateCounts,
  getStudyStructure,
  getSubjectData,
  iterateFormTables,
  iterateLongRows,
  iterateRecordRows,
  listRecordRows,
  loadValidationSchema,
  openRecordTable,
  registerSubject,
  validateRecords,
} from '../src/index.ts';
import { collect } from './helpers.ts';

let server: Listening;
let sandbox: ReturnType<typeof createSandbox>;
let client: Client;
let study: string;

beforeAll(async () => {
  sandbox = createSandbox({ seed: 6, studyCount: 1, recordsPerStudy: 120, jobDurationMs: 20 });
  server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
  client = createClient({ ...sandbox.credentials, baseUrl: server.url, retryDelay: 1, env: {} });
  study = sandbox.studyKeys[0]!;
});

afterAll(async () => {
  await server?.close();
  sandbox?.close();
});

describe('against the sandbox', () => {
  it('getStudyStructure: every live variable sits under its form, every form is listed', async () => {
    const structure = await getStudyStructure(client, study);
    const variables = (await listVariables(client, study)).filter((v) => v.deleted !== true);
    const scheduled = structure.intervals.flatMap((i) => i.forms);
    const allForms = new Set([...scheduled, ...structure.unscheduledForms]);
    const placed = [...allForms].flatMap((f) => f.variables.map((v) => v.variableId));
    expect(new Set(placed)).toEqual(new Set(variables.map((v) => v.variableId)));
    expect(structure.intervals.length).toBeGreaterThan(0);
    for (const form of allForms) {
      const seq = form.variables.map((v) => v.sequence ?? 0);
      expect(seq).toEqual([...seq].sort((a, b) => a - b));
    }
  });

  it('openRecordTable: one row per live record, values as the record holds them', async () => {
    const { columns, rows } = await openRecordTable(client, study);
    expect(columns.slice(0, 8).map((c) => c.name)).toEqual(FIXED_COLUMNS.map((c) => c.name));
    const names = columns.map((c) => c.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const records = (await listRecords(client, study)).filter((r) => r.deleted !== true);
    const byId = new Map(records.map((r) => [r.recordId, r]));
    const out = await collect(rows);
    expect(out.length).toBe(records.length);
    for (const row of out) {
      const record = byId.get(row.recordId as number)!;
      expect(row.subjectKey).toBe(record.subjectKey);
      expect(row.intervalName === null || typeof row.intervalName === 'string').toBe(true);
      for (const column of columns.filter(
        (c) => c.source === 'variable' && c.formKey === row.formKey,
      )) {
        const raw = record.recordData?.[column.variableName!];
        const cell = row[column.name];
        if (raw === undefined || raw === null || raw === '') expect(cell).toBeNull();
        else if (column.type === 'number' || column.type === 'integer')
          expect(cell).toBe(Number(raw));
        else if (column.type === 'boolean')
          expect(cell).toBe(raw === true || raw === 'true' || raw === 1 || raw === '1');
        else expect(cell).toBe(String(raw));
      }
    }
    expect(out.filter((r) => r.intervalName !== null).length).toBeGreaterThan(0);
    // The sandbox's INTEGER, TIME and DATETIME variables get their own column types.
    const typeOf = (name: string) => columns.find((c) => c.variableName === name)?.type;
    expect([typeOf('CMFREQ'), typeOf('CMSTTM'), typeOf('CMSTDTM'), typeOf('AESTDT')]).toEqual([
      'integer',
      'time',
      'timestamp',
      'date',
    ]);
    const cm = out.filter((r) => r.formKey === 'CM');
    expect(cm.some((r) => Number.isInteger(r.CMFREQ))).toBe(true);
    expect(cm.some((r) => /^\d{2}:\d{2}$/.test(String(r.CMSTTM)))).toBe(true);
    expect(cm.some((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(String(r.CMSTDTM)))).toBe(true);
  });

  it('iterateFormTables and iterateLongRows cover the same records', async () => {
    const wide = await collect(iterateRecordRows(client, study, { labels: true }));
    expect(await listRecordRows(client, study, { labels: true })).toEqual(wide);
    let total = 0;
    for await (const table of iterateFormTables(client, study, { labels: true })) {
      const tableRows = await collect(table.rows);
      expect(tableRows.every((r) => r.formKey === table.formKey)).toBe(true);
      total += tableRows.length;
    }
    expect(total).toBe(wide.length);
    const longRows = await collect(iterateLongRows(client, study));
    const wideIds = new Set(wide.map((r) => r.recordId));
    const longIds = new Set(longRows.map((r) => r.recordId));
    expect([...longIds].every((id) => wideIds.has(id))).toBe(true);
    const fixed = new Set(FIXED_COLUMNS.map((c) => c.name));
    const withData = wide.filter((r) =>
      Object.entries(r).some(([k, v]) => !fixed.has(k) && v !== null),
    );
    expect(withData.every((r) => longIds.has(r.recordId))).toBe(true);
    expect(longRows.length).toBeGreaterThan(wide.length);
  });

  it('extractRecords joins subjects of one site', async () => {
    const subjects = await listSubjects(client, study);
    const siteName = subjects.find((s) => s.siteName)!.siteName!;
    const atSite = new Set<string | null>(
      subjects.filter((s) => s.siteName === siteName).map((s) => s.subjectKey),
    );
    const records = await collect(extractRecords(client, study, { subjects: { siteName } }));
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => atSite.has(r.subjectKey))).toBe(true);
    const all = await listRecords(client, study);
    expect(records.length).toBe(all.filter((r) => atSite.has(r.subjectKey)).length);
  });

  it('extractAuditTrail returns exactly the revisions in [from, to)', async () => {
    const all = await listRecordRevisions(client, study);
    const times = all.map((r) => r.dateCreated!.getTime()).sort((a, b) => a - b);
    const from = new Date(times[Math.floor(times.length / 4)]!);
    const to = new Date(times[Math.floor((times.length * 3) / 4)]!);
    const expected = all.filter(
      (r) => r.dateCreated!.getTime() >= from.getTime() && r.dateCreated!.getTime() < to.getTime(),
    );
    const got = await collect(extractAuditTrail(client, study, { from, to }));
    expect(got.map((r) => r.recordRevisionId).sort()).toEqual(
      expected.map((r) => r.recordRevisionId).sort(),
    );
    const user = all[0]!.user!;
    const byUser = await collect(extractAuditTrail(client, study, { user }));
    expect(byUser.length).toBe(all.filter((r) => r.user === user).length);
  });

  it('extractAuditTrail splits a filter on 200 users into bounded requests, in user order', async () => {
    const all = await listRecordRevisions(client, study);
    const logins = [...new Set(all.map((r) => r.user!))];
    expect(logins.length).toBeGreaterThan(2);
    const [first, second] = [logins[1]!, logins[0]!];
    const fake = (n: number) => Array.from({ length: n }, (_, i) => `nobody.${i}@example.org`);
    // Two real users far apart among unknown ones, one of them twice.
    const users = [
      ...fake(60),
      first,
      ...fake(140).slice(60),
      second,
      ...fake(200).slice(140),
      first,
    ];
    const urls: string[] = [];
    const counting = createClient({
      ...sandbox.credentials,
      baseUrl: server.url,
      retryDelay: 1,
      env: {},
      fetch: (input, init) => {
        urls.push(String(input));
        return fetch(input, init);
      },
    });
    const got = await collect(extractAuditTrail(counting, study, { user: users }));
    const ids = got.map((r) => r.recordRevisionId);
    const byId = (a: number, b: number) => a - b;
    const of = (login: string) =>
      all
        .filter((r) => r.user === login)
        .map((r) => r.recordRevisionId)
        .sort(byId);
    // The sandbox filters by user for real: exactly both users' revisions, each once, the
    // first user's (in the server's id order) before the second's.
    expect(ids).toEqual([...of(first), ...of(second)]);
    expect(new Set(ids).size).toBe(ids.length);
    // More than one request, each filter within 50 OR branches and 4 KB.
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) {
      const filter = new URL(url).searchParams.get('filter') ?? '';
      expect(filter.split(',').length).toBeLessThanOrEqual(50);
      expect(filter.length).toBeLessThanOrEqual(4096);
    }
    // Each user is asked for exactly once.
    const asked = urls.flatMap((u) =>
      [...(new URL(u).searchParams.get('filter') ?? '').matchAll(/user==([^;,]+)/g)].map(
        (m) => m[1],
      ),
    );
    expect(asked.length).toBe(new Set(users).size);
  });

  it('query management agrees with the raw query list', async () => {
    const queries = await listQueries(client, study);
    const counts = await getQueryStateCounts(client, study);
    expect(counts.total).toBe(queries.length);
    expect(counts.open + counts.closed + counts.unknown).toBe(queries.length);
    const open = await getOpenQueries(client, study);
    expect(open.length).toBe(counts.open);
    expect(open.every((q) => getQueryState(q) === 'open')).toBe(true);
    const subjectKey = queries[0]!.subjectKey!;
    const forSubject = await getQueriesForSubject(client, study, subjectKey);
    expect(forSubject.length).toBe(queries.filter((q) => q.subjectKey === subjectKey).length);
    const subjects = await listSubjects(client, study);
    const site = subjects.find((s) => s.subjectKey === subjectKey)!;
    const keys = new Set<string | null>(
      subjects.filter((s) => s.siteId === site.siteId).map((s) => s.subjectKey),
    );
    const bySite = await getQueriesBySite(client, study, site.siteId!, {}, { chunkSize: 2 });
    expect(bySite.map((q) => q.annotationId).sort()).toEqual(
      queries
        .filter((q) => keys.has(q.subjectKey))
        .map((q) => q.annotationId)
        .sort(),
    );
  });

  it('getSubjectData gathers one subject', async () => {
    const [subject] = await listSubjects(client, study, undefined, { pageSize: 1 });
    const data = await getSubjectData(client, study, subject!.subjectKey!);
    expect(data.subject.subjectKey).toBe(subject!.subjectKey);
    expect(data.records.length).toBeGreaterThan(0);
    expect(data.records.every((r) => r.subjectKey === subject!.subjectKey)).toBe(true);
    expect(data.visits.every((v) => v.subjectKey === subject!.subjectKey)).toBe(true);
  });

  it('validation accepts every stored record and refuses broken copies', async () => {
    const schema = await loadValidationSchema(client, study);
    const records = (await listRecords(client, study)).filter((r) => r.deleted !== true);
    const updates = records.map((r) => ({
      formKey: r.formKey!,
      recordId: r.recordId,
      data: r.recordData ?? {},
    }));
    const result = checkRecords(schema, updates);
    expect(result.issues).toEqual([]);
    const broken = updates
      .slice(0, 5)
      .map((u) => ({ ...u, data: { ...u.data, NOT_A_VARIABLE: 1 } }));
    expect(checkRecords(schema, broken).issues.map((i) => i.index)).toEqual([0, 1, 2, 3, 4]);
    // INTEGER, TIME and DATETIME variables (form CM) are checked by their own types.
    const cm = updates.find((u) => u.formKey === 'CM')!;
    const wrong = [
      { CMFREQ: 2.5 },
      { CMFREQ: 'two' },
      { CMSTTM: '24:00' },
      { CMSTTM: '9:5' },
      { CMSTDTM: '2024-02-30 10:00' },
      { CMSTDTM: '2024-02-01' },
    ].map((data) => ({ ...cm, data: { ...cm.data, ...data } }));
    const issues = checkRecords(schema, wrong).issues;
    expect(issues.map((i) => [i.index, i.field])).toEqual([
      [0, 'CMFREQ'],
      [1, 'CMFREQ'],
      [2, 'CMSTTM'],
      [3, 'CMSTTM'],
      [4, 'CMSTDTM'],
      [5, 'CMSTDTM'],
    ]);
    const right = { CMFREQ: '3', CMSTTM: '23:59:59', CMSTDTM: '2024-02-29T08:15' };
    expect(checkRecords(schema, [{ ...cm, data: { ...cm.data, ...right } }]).issues).toEqual([]);
  });

  it('registers a subject, waits for the job, and the subject appears', async () => {
    const before = await listSubjects(client, study);
    const siteName = before.find((s) => s.siteName)!.siteName!;
    const data = { SUBJINIT: 'ZZ', REGDT: '2024-03-01', CONSENT: true };
    const invalid = await validateRecords(client, study, [
      { formKey: 'REG', siteName, data: { ...data, REGDT: '2024-02-30' } },
    ]);
    expect(invalid.issues.map((i) => i.field)).toEqual(['REGDT']);
    const { job, status } = await registerSubject(
      client,
      study,
      { formKey: 'REG', siteName, data },
      { wait: { interval: 10 } },
    );
    expect(job.batchId).toBeTruthy();
    expect(status?.state.toUpperCase()).toMatch(/COMPLETED|SUCCESS|^$/);
    const after = await listSubjects(client, study);
    expect(after.length).toBe(before.length + 1);
    const batches = sandbox.receivedBatches();
    expect(batches.at(-1)?.body).toEqual([{ formKey: 'REG', siteName, data }]);
  });

  it('the bound namespace reaches the same server', async () => {
    const ns = createWorkflows(client);
    expect(await ns.queryManagement.getQueryStateCounts(study)).toEqual(
      await getQueryStateCounts(client, study),
    );
  });
});
