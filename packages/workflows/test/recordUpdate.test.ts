import { isInvalidInputError } from '@imednet/core';
import { isJobFailedError } from '@imednet/jobs';
import { describe, expect, it } from 'vitest';
import {
  createNewRecord,
  createOrUpdateRecords,
  loadValidationSchema,
  registerSubject,
  updateScheduledRecord,
  validateRecords,
} from '../src/index.ts';
import { api, PATH, rejection, STUDY, serve, testClient, useNock } from './helpers.ts';

useNock();
const client = testClient();

function serveStudy(scope: ReturnType<typeof api>) {
  const seen = serve(scope, 'forms', [
    { formId: 1, formKey: 'REG' },
    { formId: 2, formKey: 'VS' },
    { formId: 3, formKey: 'AE' },
  ]);
  serve(scope, 'variables', [
    { variableId: 1, formId: 1, formKey: 'REG', variableName: 'INITIALS', variableType: 'TEXT' },
    { variableId: 2, formId: 1, formKey: 'REG', variableName: 'BRTHDAT', variableType: 'DATE' },
    { variableId: 3, formId: 2, formKey: 'VS', variableName: 'WEIGHT', variableType: 'NUMBER' },
    { variableId: 4, formId: 2, formKey: 'VS', variableName: 'VSTIM', variableType: 'TIME' },
    { variableId: 5, formId: 3, formKey: 'AE', variableName: 'AESEV', variableType: 'DROPDOWN' },
    { variableId: 6, formId: 3, formKey: 'AE', variableName: 'AEONGO', variableType: 'checkbox' },
  ]);
  serve(scope, 'intervals', [{ intervalId: 9, intervalName: 'Week 1' }]);
  serve(scope, 'sites', [{ siteId: 5, siteName: 'North' }]);
  return seen;
}

/** Expects one POST of `body` and answers 202 with a job; the check it returns says so. */
function expectPost(body: unknown, batchId = 'B-1') {
  const sent: unknown[] = [];
  const scope = api()
    .post(`${PATH}/records`, (b) => {
      sent.push(b);
      return true;
    })
    .reply(202, { jobId: 'J-1', batchId, state: 'CREATED' });
  return () => {
    scope.done();
    expect(sent).toEqual([body]);
  };
}

describe('validateRecords', () => {
  it('loads the study and reports every problem with index and field', async () => {
    const scope = api();
    serveStudy(scope);
    const result = await validateRecords(
      client,
      STUDY,
      [
        { formKey: 'REG', siteName: 'North', data: { INITIALS: 'AB', BRTHDAT: '1980-02-30' } },
        {
          formKey: 'VS',
          subjectKey: 'S1',
          intervalName: 'Week 1',
          data: { WEIGHT: 'heavy', VSTIM: '10:61', HEIGHT: 1 },
        },
        { formKey: 'AE', subjectKey: 'S1', data: { AESEV: 'MILD', AEONGO: 'maybe' } },
        { formKey: 'REG', siteName: 'South', data: {} },
      ],
      { choices: { AESEV: ['1', '2', '3'] } },
    );
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => `${i.index}:${i.field}`)).toEqual([
      '0:BRTHDAT',
      '1:WEIGHT',
      '1:VSTIM',
      '1:HEIGHT',
      '2:AESEV',
      '2:AEONGO',
      '3:siteName',
    ]);
    scope.done();
  });

  it('uses a schema given, with no request', async () => {
    const scope = api();
    serveStudy(scope);
    const schema = await loadValidationSchema(client, STUDY);
    const result = await validateRecords(
      client,
      STUDY,
      [{ formKey: 'VS', recordId: 4, data: { WEIGHT: 70 } }],
      { schema },
    );
    expect(result).toEqual({ valid: true, issues: [] });
    scope.done();
  });
});

describe('createOrUpdateRecords', () => {
  it('validates, sends nothing when invalid, and lists the problems', async () => {
    const scope = api();
    const forms = serveStudy(scope);
    const error = await rejection(
      createOrUpdateRecords(client, STUDY, [
        { formKey: 'VS', subjectKey: 'S1', data: { WEIGHT: 'x' } },
      ]),
    );
    expect(isInvalidInputError(error)).toBe(true);
    expect(error.details).toEqual([
      { index: 0, field: 'WEIGHT', message: expect.stringContaining('number') },
    ]);
    expect(error.message).toContain('nothing was sent');
    expect(forms).toHaveLength(1);
    scope.done();
  });

  it('submits valid records and returns the job without waiting', async () => {
    const scope = api();
    serveStudy(scope);
    const record = {
      formKey: 'VS',
      subjectKey: 'S1',
      intervalName: 'Week 1',
      data: { WEIGHT: 70.5 },
    };
    const check = expectPost([record]);
    const result = await createOrUpdateRecords(client, STUDY, [record]);
    check();
    expect(result).toEqual({
      job: expect.objectContaining({ batchId: 'B-1', state: 'CREATED' }),
      status: null,
    });
    scope.done();
  });

  it('skips validation when asked, and waits for the job', async () => {
    const record = { formKey: 'ANY', subjectKey: 'S1', data: { X: 1 } };
    const check = expectPost([record], 'B-7');
    const status = api()
      .get(`${PATH}/jobs/B-7`)
      .reply(200, { jobId: 'J-1', batchId: 'B-7', state: 'COMPLETED' });
    const result = await createOrUpdateRecords(client, STUDY, [record], {
      validate: false,
      wait: { interval: 1 },
    });
    check();
    expect(result.status?.state).toBe('COMPLETED');
    status.done();
  });

  it('throws the job failure when waiting', async () => {
    const check = expectPost([{ formKey: 'X', subjectKey: 'S', data: {} }], 'B-8');
    const status = api().get(`${PATH}/jobs/B-8`).reply(200, { batchId: 'B-8', state: 'failed' });
    const error = await rejection(
      createOrUpdateRecords(client, STUDY, [{ formKey: 'X', subjectKey: 'S', data: {} }], {
        validate: false,
        wait: true,
      }),
    );
    check();
    expect(isJobFailedError(error)).toBe(true);
    status.done();
  });
});

describe('registerSubject, updateScheduledRecord, createNewRecord', () => {
  it('registers a subject at a site', async () => {
    const scope = api();
    serveStudy(scope);
    const check = expectPost([
      { formKey: 'REG', siteName: 'North', data: { INITIALS: 'AB', BRTHDAT: '01-Feb-1980' } },
    ]);
    await registerSubject(client, STUDY, {
      formKey: 'REG',
      siteName: 'North',
      data: { INITIALS: 'AB', BRTHDAT: '01-Feb-1980' },
    });
    check();
    scope.done();
  });

  it('refuses a registration that names a subject or no site', async () => {
    const withKey = await rejection(
      registerSubject(client, STUDY, {
        formKey: 'REG',
        siteName: 'North',
        subjectKey: 'S1',
        data: {},
      } as never),
    );
    expect(withKey.details[0].field).toBe('subjectKey');
    const noSite = await rejection(registerSubject(client, STUDY, { formKey: 'REG', data: {} }));
    expect(noSite.details[0].field).toBe('siteName');
  });

  it('updates a scheduled record', async () => {
    const scope = api();
    serveStudy(scope);
    const input = {
      formKey: 'VS',
      subjectKey: 'S1',
      intervalName: 'Week 1',
      data: { VSTIM: '08:30' },
    };
    const check = expectPost([input]);
    await updateScheduledRecord(client, STUDY, input);
    check();
    const error = await rejection(
      updateScheduledRecord(client, STUDY, { formKey: 'VS', data: {} }),
    );
    expect(error.details.map((d: { field: string }) => d.field)).toEqual([
      'subjectKey',
      'intervalName',
    ]);
    scope.done();
  });

  it('creates a new record for a subject', async () => {
    const scope = api();
    serveStudy(scope);
    const input = { formKey: 'AE', subjectKey: 'S1', data: { AESEV: '2', AEONGO: true } };
    const check = expectPost([input]);
    const { job } = await createNewRecord(client, STUDY, input, { choices: { AESEV: ['1', '2'] } });
    check();
    expect(job.batchId).toBe('B-1');
    const error = await rejection(createNewRecord(client, STUDY, { formKey: 'AE', data: {} }));
    expect(error.details[0].field).toBe('subjectKey');
    scope.done();
  });
});
