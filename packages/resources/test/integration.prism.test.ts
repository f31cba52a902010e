import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Client, createClient, type FetchLike } from '@imednet/core';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as r from '../src/index.ts';

// The whole surface against Prism 5.14.2 serving the spec: every call must succeed and Prism
// must report no violation of the spec (`sl-violations`) for any request or response.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const STUDY = 'PHARMADEMO';

let prism: ChildProcess | undefined;
let client: Client;
const violations: string[] = [];
const statuses: number[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilUp(url: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (prism?.exitCode !== null) throw new Error(`prism exited with ${prism?.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('prism did not start within 30 s');
}

beforeAll(async () => {
  nock.enableNetConnect('127.0.0.1');
  const port = await freePort();
  prism = spawn(
    `${ROOT}node_modules/.bin/prism`,
    ['mock', `${ROOT}spec/mednet.yaml`, '-h', '127.0.0.1', '-p', String(port)],
    { stdio: 'ignore' },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseUrl);
  const watching: FetchLike = async (input, init) => {
    const response = await fetch(input, init);
    statuses.push(response.status);
    const violation = response.headers.get('sl-violations');
    if (violation) violations.push(`${init?.method ?? 'GET'} ${String(input)}: ${violation}`);
    return response;
  };
  client = createClient({
    apiKey: 'prism-api-key',
    securityKey: 'prism-security-key',
    baseUrl,
    apiPath: '',
    retries: 0,
    env: {},
    fetch: watching,
  });
}, 40_000);

afterAll(async () => {
  const child = prism;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  nock.disableNetConnect();
});

describe('against Prism serving the spec', () => {
  it('every list, iterate, page and get call succeeds', async () => {
    const first = async <T>(items: AsyncIterable<T>) => {
      for await (const item of items) return item;
      throw new Error('empty');
    };
    const calls: [string, () => Promise<unknown>][] = [
      ['listStudies', () => r.listStudies(client, { studyType: 'STUDY' }, { sort: 'studyKey' })],
      ['iterateStudies', () => first(r.iterateStudies(client))],
      ['listStudiesPage', () => r.listStudiesPage(client, undefined, { page: 0 })],
      ['getStudy', () => r.getStudy(client, STUDY)],
      ['listSites', () => r.listSites(client, STUDY, { siteName: 'Mock Site 1' })],
      ['iterateSites', () => first(r.iterateSites(client, STUDY))],
      ['listSitesPage', () => r.listSitesPage(client, STUDY, undefined, { page: 0 })],
      ['getSite', () => r.getSite(client, STUDY, 1)],
      [
        'listSubjects',
        () => r.listSubjects(client, STUDY, { subjectStatus: ['Enrolled', 'Screened'] }),
      ],
      ['iterateSubjects', () => first(r.iterateSubjects(client, STUDY))],
      ['listSubjectsPage', () => r.listSubjectsPage(client, STUDY, undefined, { page: 0 })],
      ['getSubject', () => r.getSubject(client, STUDY, '01-001')],
      ['listForms', () => r.listForms(client, STUDY)],
      ['iterateForms', () => first(r.iterateForms(client, STUDY))],
      ['listFormsPage', () => r.listFormsPage(client, STUDY, undefined, { page: 0 })],
      ['getForm', () => r.getForm(client, STUDY, 1)],
      ['listIntervals', () => r.listIntervals(client, STUDY)],
      ['iterateIntervals', () => first(r.iterateIntervals(client, STUDY))],
      ['listIntervalsPage', () => r.listIntervalsPage(client, STUDY, undefined, { page: 0 })],
      ['getInterval', () => r.getInterval(client, STUDY, 1)],
      ['listVariables', () => r.listVariables(client, STUDY, { formKey: 'FORM_1' })],
      ['iterateVariables', () => first(r.iterateVariables(client, STUDY))],
      ['listVariablesPage', () => r.listVariablesPage(client, STUDY, undefined, { page: 0 })],
      ['getVariable', () => r.getVariable(client, STUDY, 1)],
      ['listVisits', () => r.listVisits(client, STUDY, { visitDate: ['>=', '2025-01-01'] })],
      ['iterateVisits', () => first(r.iterateVisits(client, STUDY))],
      ['listVisitsPage', () => r.listVisitsPage(client, STUDY, undefined, { page: 0 })],
      ['getVisit', () => r.getVisit(client, STUDY, 1)],
      [
        'listRecords',
        () =>
          r.listRecords(
            client,
            STUDY,
            { formKey: 'AE' },
            { recordDataFilter: { aeterm: ['=~', 'Bron'] }, sort: { recordId: 'DESC' } },
          ),
      ],
      ['iterateRecords', () => first(r.iterateRecords(client, STUDY))],
      ['listRecordsPage', () => r.listRecordsPage(client, STUDY, undefined, { page: 0 })],
      ['getRecord', () => r.getRecord(client, STUDY, 1)],
      [
        'listRecordRevisions',
        () => r.listRecordRevisions(client, STUDY, { dateCreated: ['>', new Date(0)] }),
      ],
      ['iterateRecordRevisions', () => first(r.iterateRecordRevisions(client, STUDY))],
      [
        'listRecordRevisionsPage',
        () => r.listRecordRevisionsPage(client, STUDY, undefined, { page: 0 }),
      ],
      ['getRecordRevision', () => r.getRecordRevision(client, STUDY, 1)],
      ['listQueries', () => r.listQueries(client, STUDY)],
      ['iterateQueries', () => first(r.iterateQueries(client, STUDY))],
      ['listQueriesPage', () => r.listQueriesPage(client, STUDY, undefined, { page: 0 })],
      ['getQuery', () => r.getQuery(client, STUDY, 1)],
      ['listUsers', () => r.listUsers(client, STUDY, { lastName: 'Smith' })],
      [
        'iterateUsers',
        () => first(r.iterateUsers(client, STUDY, undefined, { includeInactive: true })),
      ],
      ['listUsersPage', () => r.listUsersPage(client, STUDY, undefined, { page: 0 })],
      ['getUser', () => r.getUser(client, STUDY, '685253e1-1a95-4352-a7b0-4c62d3807727')],
      ['listCodings', () => r.listCodings(client, STUDY)],
      ['iterateCodings', () => first(r.iterateCodings(client, STUDY))],
      ['listCodingsPage', () => r.listCodingsPage(client, STUDY, undefined, { page: 0 })],
      ['getCoding', () => r.getCoding(client, STUDY, '1')],
    ];
    expect(calls).toHaveLength(48);
    const failures: string[] = [];
    for (const [name, call] of calls) {
      try {
        const result = await call();
        const items = Array.isArray(result)
          ? result
          : result && typeof result === 'object' && 'items' in result
            ? (result as { items: unknown[] }).items
            : [result];
        if (items.length === 0) failures.push(`${name}: no items`);
      } catch (error) {
        failures.push(`${name}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(violations).toEqual([]);
    expect(statuses.every((s) => s === 200)).toBe(true);
  }, 60_000);

  it('createRecords is accepted with 202 and a job', async () => {
    statuses.length = 0;
    const job = await r.createRecords(
      client,
      STUDY,
      [{ formKey: 'REG', siteName: 'Minneapolis', data: { textField: 'Text value' } }],
      { emailNotify: 'team@example.com' },
    );
    expect(job).toMatchObject({
      batchId: 'c3q191e4-f894-72cd-a753-b37283eh0866',
      state: 'created',
    });
    expect(statuses).toEqual([202]);
    expect(violations).toEqual([]);
  });

  it('discovery helpers find the spec examples', async () => {
    expect(await r.discoverStudyKey(client)).toBe(STUDY);
    expect(await r.discoverSiteName(client, STUDY)).toBe('Mock Site 1');
    expect(await r.discoverSubjectKey(client, STUDY)).toBe('01-001');
    // The spec's only interval is disabled and its only form is no subject record report.
    expect(r.isNoLiveDataError(await r.discoverIntervalName(client, STUDY).catch((e) => e))).toBe(
      true,
    );
    expect(r.isNoLiveDataError(await r.discoverFormKey(client, STUDY).catch((e) => e))).toBe(true);
    expect(violations).toEqual([]);
  });
});
