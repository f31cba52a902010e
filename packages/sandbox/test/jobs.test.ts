import { describe, expect, test } from 'vitest';
import { all, setup } from './helpers.ts';

const T0 = Date.UTC(2026, 0, 1, 12);

function clocked(options = {}) {
  const clock = { now: T0 };
  const ctx = setup({
    now: () => clock.now,
    jobDurationMs: 1000,
    recordsPerStudy: 100,
    ...options,
  });
  const job = async (batchId: string) =>
    (await ctx.get(`/studies/${ctx.key}/jobs/${batchId}`)).body;
  const done = async (items: unknown) => {
    const posted = await ctx.post(`/studies/${ctx.key}/records`, items);
    expect(posted.status).toBe(202);
    clock.now += 1000;
    return job(posted.body.batchId);
  };
  return { ...ctx, clock, job, done };
}

describe('POST records: body checks (400 naming the item)', () => {
  test.each([
    ['not JSON', '{', 'body'],
    ['an object', { formKey: 'REG' }, 'body'],
    ['an empty array', [], 'body'],
    ['an item that is not an object', [1], '[0]'],
    ['no form', [{ subjectKey: '01-001', data: {} }], '[0].formKey'],
    ['no data', [{ formKey: 'DM', subjectKey: '01-001' }], '[0].data'],
    ['data not an object', [{ formKey: 'DM', subjectKey: '01-001', data: [] }], '[0].data'],
    [
      'a nested value',
      [{ formKey: 'DM', subjectKey: '01-001', data: { SEX: { v: 1 } } }],
      '[0].data.SEX',
    ],
    ['formId not an integer', [{ formId: '7', subjectKey: '01-001', data: {} }], '[0].formId'],
    [
      'an unknown property',
      [{ formKey: 'DM', subjectKey: '01-001', data: {}, colour: 1 }],
      '[0].colour',
    ],
    ['no site, subject or record', [{ formKey: 'DM', data: {} }], '[0]'],
    [
      'a registration with subjectKey',
      [{ formKey: 'REG', siteName: 'X', subjectKey: '01-001', data: {} }],
      '[0].subjectKey',
    ],
    [
      'a registration with subjectId',
      [{ formKey: 'REG', siteId: 101, subjectId: 5, data: {} }],
      '[0].subjectId',
    ],
    [
      'a registration with subjectOid',
      [{ formKey: 'REG', siteId: 101, subjectOid: 'OID-1', data: {} }],
      '[0].subjectOid',
    ],
    [
      'the second item bad',
      [
        { formKey: 'DM', subjectKey: '01-001', data: {} },
        { formKey: 'DM', data: {} },
      ],
      '[1]',
    ],
  ])('%s', async (_, body, attribute) => {
    const { post, key, sandbox } = setup();
    const { status, body: answer } = await post(`/studies/${key}/records`, body);
    expect(status).toBe(400);
    expect(answer.metadata.status).toBe('BAD_REQUEST');
    expect(answer.metadata.error.field.attribute).toBe(attribute);
    expect(sandbox.receivedBatches().at(-1)).toMatchObject({ status: 400, batchId: null });
  });

  test('x-email-notify must be true, false or an address', async () => {
    const { post, key } = setup();
    const items = [{ formKey: 'DM', subjectKey: '01-001', data: {} }];
    expect(
      (await post(`/studies/${key}/records`, items, { 'x-email-notify': 'a@b.example' })).status,
    ).toBe(202);
    expect(
      (await post(`/studies/${key}/records`, items, { 'x-email-notify': 'false' })).status,
    ).toBe(202);
    expect(
      (await post(`/studies/${key}/records`, items, { 'x-email-notify': 'maybe' })).status,
    ).toBe(400);
  });
});

describe('the job life cycle', () => {
  test('created, then processing, then completed, with dates', async () => {
    const { post, key, clock, job } = clocked();
    const posted = await post(`/studies/${key}/records`, [
      { formKey: 'DM', subjectKey: '01-001', data: { SEX: 'F' } },
    ]);
    expect(posted.body).toEqual({
      jobId: expect.any(String),
      batchId: expect.any(String),
      state: 'created',
    });
    expect(posted.body.jobId).not.toBe(posted.body.batchId);
    const created = await job(posted.body.batchId);
    expect(created).toMatchObject({ state: 'created', dateCreated: '2026-01-01 12:00:00' });
    expect(created.dateStarted).toBeUndefined();
    clock.now += 250;
    expect(await job(posted.body.batchId)).toMatchObject({
      state: 'processing',
      dateStarted: '2026-01-01 12:00:00',
    });
    clock.now += 749;
    expect((await job(posted.body.batchId)).state).toBe('processing');
    clock.now += 1;
    const finished = await job(posted.body.batchId);
    expect(finished).toMatchObject({
      state: 'completed',
      progress: 100,
      dateFinished: '2026-01-01 12:00:01',
    });
  });

  test('a job with jobDurationMs 0 is completed on the next request', async () => {
    const { post, get, key } = setup({ jobDurationMs: 0 });
    const posted = await post(`/studies/${key}/records`, [
      { formKey: 'DM', subjectKey: '01-001', data: {} },
    ]);
    expect((await get(`/studies/${key}/jobs/${posted.body.batchId}`)).body.state).toBe('completed');
  });

  test('fails with reasons for unknown forms, subjects, sites, intervals, records and misfit data; applies nothing', async () => {
    const { done, get, key } = clocked();
    const before = await all(get, `/studies/${key}/records`);
    const failed = await done([
      { formKey: 'NOPE', subjectKey: '01-001', data: {} },
      { formKey: 'DM', subjectKey: '99-999', data: {} },
      { formKey: 'REG', siteName: 'Atlantis', data: {} },
      { formKey: 'VS', subjectKey: '01-001', intervalName: 'Week 99', data: {} },
      { formKey: 'DM', recordId: 1, data: {} },
      {
        formKey: 'DM',
        subjectKey: '01-001',
        data: { HEIGHT: 'tall', WEIGHT: 'x', SEX: 'Q', BRTHDT: '2020-02-30', NOTAVAR: 1 },
      },
      { formKey: 'REG', subjectKey: '01-001', data: { CONSENT: 'perhaps', SUBJINIT: 'ABCD' } },
      { formKey: 'LAB_OLD', subjectKey: '01-001', data: {} },
      { formKey: 'VS', subjectKey: '01-001', intervalName: 'Screening', data: {} },
      { formKey: 'DM', subjectKey: '01-001', data: {} },
    ]);
    expect(failed.state).toBe('failed');
    const reasons: string[] = failed.reasons;
    for (const text of [
      'item 0: unknown form "NOPE"',
      'item 1: unknown subject "99-999"',
      'item 2: unknown site "Atlantis"',
      'item 3: unknown interval "Week 99"',
      'item 4: unknown record 1',
      'item 5: "tall" does not fit HEIGHT (NUMBER)',
      'item 5: "x" does not fit WEIGHT (FLOAT)',
      'item 5: "Q" does not fit SEX (RADIO)',
      'item 5: "2020-02-30" does not fit BRTHDT (DATE)',
      'item 5: variable NOTAVAR is not on form DM',
      'item 6: "perhaps" does not fit CONSENT (CHECKBOX)',
      'item 6: "ABCD" does not fit SUBJINIT (TEXT)',
      'item 7: form LAB_OLD is disabled',
      'item 8: form VS is not scheduled at interval Screening',
    ]) {
      expect(reasons.some((r) => r.startsWith(text))).toBe(true);
    }
    expect(reasons.some((r) => r.startsWith('item 9'))).toBe(false);
    expect(await all(get, `/studies/${key}/records`)).toEqual(before);
  });

  test('INTEGER, TIME and DATETIME variables take their own values, and filter as numbers and dates', async () => {
    const { done, get, key } = clocked();
    const cm = (await all(get, `/studies/${key}/records?filter=formKey==CM`))[0]!;
    const data = cm.recordData as Record<string, unknown>;
    expect(Number.isInteger(data.CMFREQ)).toBe(true);
    expect(data.CMSTTM).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    expect(data.CMSTDTM).toMatch(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/);
    const failed = await done([
      {
        formKey: 'CM',
        recordId: cm.recordId,
        data: { CMFREQ: 2.5, CMSTTM: '24:00', CMSTDTM: '2024-02-30 10:00' },
      },
    ]);
    expect(failed.state).toBe('failed');
    for (const text of [
      'item 0: 2.5 does not fit CMFREQ (INTEGER)',
      'item 0: "24:00" does not fit CMSTTM (TIME)',
      'item 0: "2024-02-30 10:00" does not fit CMSTDTM (DATETIME)',
    ]) {
      expect(failed.reasons.some((r: string) => r.startsWith(text))).toBe(true);
    }
    const fits = { CMFREQ: '3', CMSTTM: '08:30:15', CMSTDTM: '2024-02-29T08:15' };
    expect((await done([{ formKey: 'CM', recordId: cm.recordId, data: fits }])).state).toBe(
      'completed',
    );
    const [after] = await all(get, `/studies/${key}/records?filter=recordId==${cm.recordId}`);
    expect(after!.recordData).toMatchObject({ ...fits, CMFREQ: 3 });
    const filtered = async (expr: string) =>
      (
        await all(
          get,
          `/studies/${key}/records?filter=formKey==CM&recordDataFilter=${encodeURIComponent(expr)}`,
        )
      ).map((r) => r.recordId);
    const records = await all(get, `/studies/${key}/records?filter=formKey==CM`);
    const value = (r: Record<string, unknown>, name: string) =>
      (r.recordData as Record<string, unknown>)[name];
    expect(await filtered('CMFREQ>=3')).toEqual(
      records.filter((r) => (value(r, 'CMFREQ') as number) >= 3).map((r) => r.recordId),
    );
    expect(await filtered('CMSTDTM<2026-01-01')).toEqual(
      records
        .filter((r) => value(r, 'CMSTDTM') !== '' && String(value(r, 'CMSTDTM')) < '2026-01-01')
        .map((r) => r.recordId),
    );
  });

  test('a registration creates a subject with a new key, its record and visits', async () => {
    const { done, get, key } = clocked();
    const subjects = await all(get, `/studies/${key}/subjects`);
    const sites = await all(get, `/studies/${key}/sites`);
    const open = sites.find((s) => s.siteEnrollmentStatus !== 'Enrollment Closed')!;
    const closed = sites.find((s) => s.siteEnrollmentStatus === 'Enrollment Closed')!;
    const job = await done([
      { formKey: 'REG', siteName: open.siteName, data: { SUBJINIT: 'NEW', CONSENT: true } },
    ]);
    expect(job.state).toBe('completed');
    const after = await all(get, `/studies/${key}/subjects`);
    expect(after).toHaveLength(subjects.length + 1);
    const fresh = after.at(-1)!;
    expect(subjects.some((s) => s.subjectKey === fresh.subjectKey)).toBe(false);
    expect(fresh).toMatchObject({
      siteId: open.siteId,
      subjectStatus: 'Registered',
      dateCreated: '2026-01-01 12:00:01',
    });
    const records = await all(
      get,
      `/studies/${key}/records?filter=subjectKey==${fresh.subjectKey}`,
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.recordData).toEqual({ SUBJINIT: 'NEW', REGDT: '', CONSENT: true });
    expect(records[0]!.recordStatus).toBe('Record Incomplete');
    const visits = await all(get, `/studies/${key}/visits?filter=subjectKey==${fresh.subjectKey}`);
    expect(visits.length).toBeGreaterThan(0);
    const revisions = await all(
      get,
      `/studies/${key}/recordRevisions?filter=recordId==${records[0]!.recordId}`,
    );
    expect(revisions.map((r) => r.recordRevision)).toEqual([1]);
    const refused = await done([{ formKey: 'REG', siteId: closed.siteId, data: {} }]);
    expect(refused.state).toBe('failed');
  });

  test('an update changes recordData, moves dateModified and appends a revision', async () => {
    const { done, get, key } = clocked();
    const [record] = (await get(`/studies/${key}/records?filter=formKey==DM&size=1`)).body.data;
    const revisionsBefore = await all(
      get,
      `/studies/${key}/recordRevisions?filter=recordId==${record.recordId}`,
    );
    const job = await done([
      { formKey: 'DM', recordId: record.recordId, data: { HEIGHT: '181', SEX: 'M' } },
    ]);
    expect(job.state).toBe('completed');
    const [after] = (await get(`/studies/${key}/records?filter=recordId==${record.recordId}`)).body
      .data;
    expect(after.recordData).toEqual({ ...record.recordData, HEIGHT: 181, SEX: 'M' });
    expect(after.dateModified).toBe('2026-01-01 12:00:01');
    expect(after.dateCreated).toBe(record.dateCreated);
    const revisions = await all(
      get,
      `/studies/${key}/recordRevisions?filter=recordId==${record.recordId}`,
    );
    expect(revisions).toHaveLength(revisionsBefore.length + 1);
    expect(revisions.at(-1)).toMatchObject({
      recordRevision: revisionsBefore.length + 1,
      dateCreated: '2026-01-01 12:00:01',
    });
    const hits = await all(get, `/studies/${key}/records?recordDataFilter=HEIGHT==181`);
    expect(hits.map((r) => r.recordId)).toContain(record.recordId);
  });

  test('a scheduled update finds the record by subject and interval; a new record is appended', async () => {
    const { done, get, key } = clocked();
    const subject = '01-001';
    const vs = await all(
      get,
      `/studies/${key}/records?filter=${encodeURIComponent(`subjectKey==${subject};formKey==VS`)}`,
    );
    const intervals = await all(get, `/studies/${key}/intervals`);
    const baseline = intervals.find((i) => i.intervalName === 'Baseline')!;
    const target = vs.find((r) => r.intervalId === baseline.intervalId)!;
    const total = (await get(`/studies/${key}/records?size=1`)).body.pagination.totalElements;
    const job = await done([
      { formKey: 'VS', subjectKey: subject, intervalName: 'Baseline', data: { SYSBP: 222 } },
      { formKey: 'AE', subjectKey: subject, data: { AETERM: 'Sneezing', AESER: 'false' } },
    ]);
    expect(job.state).toBe('completed');
    const [updated] = (await get(`/studies/${key}/records?filter=recordId==${target.recordId}`))
      .body.data;
    expect(updated.recordData.SYSBP).toBe(222);
    const after = await get(`/studies/${key}/records?size=1&sort=recordId,DESC`);
    expect(after.body.pagination.totalElements).toBe(total + 1);
    expect(after.body.data[0]).toMatchObject({ subjectKey: subject, formKey: 'AE' });
    expect(after.body.data[0].recordData).toMatchObject({ AETERM: 'Sneezing', AESER: false });
  });

  test('jobs are per study, and an unknown batch id is a 404', async () => {
    const { post, get, sandbox, key } = setup();
    const posted = await post(`/studies/${key}/records`, [
      { formKey: 'DM', subjectKey: '01-001', data: {} },
    ]);
    expect((await get(`/studies/${sandbox.studyKeys[1]}/jobs/${posted.body.batchId}`)).status).toBe(
      404,
    );
    expect((await get(`/studies/${key}/jobs/${posted.body.jobId}`)).status).toBe(404);
    expect(sandbox.receivedBatches()).toEqual([
      expect.objectContaining({ studyKey: key, batchId: posted.body.batchId, status: 202 }),
    ]);
  });
});
