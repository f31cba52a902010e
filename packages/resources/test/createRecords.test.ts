import { isInvalidInputError, isResponseValidationError, isServerError } from '@imednet/core';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createRecords, type RecordInput } from '../src/index.ts';
import { api, BASE, ORIGIN, rejection, testClient, useNock } from './helpers.ts';
import { specExample } from './spec.ts';

useNock();

const PATH = `${BASE}/studies/S1/records`;

function cyclic(): Record<string, unknown> {
  const inner: Record<string, unknown> = {};
  inner.self = inner;
  return { self: inner };
}
const accepted = () => specExample<Record<string, string>>('ExamplePostRecordResponse');

describe('createRecords', () => {
  it.each([
    'ExampleRegisterSubjectRequest',
    'ExampleUpdateScheduledRecordRequest',
    'ExampleCreateNewRecordRequest',
  ])('POSTs the spec example %s as JSON and returns the job', async (name) => {
    const records = specExample<RecordInput[]>(name);
    const scope = api()
      .matchHeader('content-type', /application\/json/)
      .post(PATH, (body) => JSON.stringify(body) === JSON.stringify(records))
      .reply(202, accepted());
    const job = await createRecords(testClient(), 'S1', records);
    expect(job).toMatchObject({
      jobId: '9663fe34-eec7-460a-a820-097f1eb2875e',
      batchId: 'c3q191e4-f894-72cd-a753-b37283eh0866',
      state: 'created',
    });
    scope.done();
  });

  it.each([
    [true, 'true'],
    [false, 'false'],
    ['team@example.com', 'team@example.com'],
  ] as const)('sends emailNotify %s as x-email-notify: %s', async (emailNotify, header) => {
    const scope = api().matchHeader('x-email-notify', header).post(PATH).reply(202, accepted());
    const job = await createRecords(
      testClient(),
      'S1',
      [{ formKey: 'AE', subjectKey: '1', data: {} }],
      {
        emailNotify,
      },
    );
    expect(job.state).toBe('created');
    scope.done();
  });

  it('sends no x-email-notify header when not asked', async () => {
    const scope = api()
      .post(PATH)
      .reply(202, function reply() {
        return { ...accepted(), sawHeader: this.req.headers['x-email-notify'] !== undefined };
      });
    const job = await createRecords(testClient(), 'S1', [
      { formId: 3, subjectId: 1, data: { a: 1 } },
    ]);
    expect((job as unknown as { sawHeader: boolean }).sawHeader).toBe(false);
    scope.done();
  });

  const refused: [string, unknown, unknown, { index?: number; field?: string }][] = [
    ['an empty list', [], undefined, { field: 'records' }],
    ['not a list', { formKey: 'A', data: {} }, undefined, { field: 'records' }],
    [
      'no formKey or formId',
      [{ formKey: 'A', data: {} }, { data: {} }],
      undefined,
      { index: 1, field: 'formKey' },
    ],
    ['data not an object', [{ formKey: 'A', data: [1] }], undefined, { index: 0, field: 'data' }],
    ['no data', [{ formKey: 'A' }], undefined, { index: 0, field: 'data' }],
    [
      'a registration with a subject key',
      [{ formKey: 'REG', siteName: 'Minneapolis', subjectKey: '01-001', data: {} }],
      undefined,
      { index: 0, field: 'subjectKey' },
    ],
    [
      'a registration by siteId with a subjectOid',
      [
        { formKey: 'A', data: {} },
        { formKey: 'REG', siteId: 4, subjectOid: 'O', data: {} },
      ],
      undefined,
      { index: 1, field: 'subjectOid' },
    ],
    [
      'an e-mail with CR/LF',
      [{ formKey: 'A', data: {} }],
      'a@b.c\r\nx-evil: 1',
      { field: 'emailNotify' },
    ],
    ['an e-mail that is not one', [{ formKey: 'A', data: {} }], 'yes', { field: 'emailNotify' }],
    [
      'a BigInt in data',
      [
        { formKey: 'A', data: { N: 1 } },
        { formKey: 'A', data: { LBVAL: 12345678901234567891n } },
      ],
      undefined,
      { index: 1, field: 'data.LBVAL' },
    ],
    [
      'a cyclic value in data',
      [{ formKey: 'A', data: cyclic() }],
      undefined,
      { index: 0, field: 'data.self.self' },
    ],
    [
      'a nested BigInt',
      [{ formKey: 'A', data: { list: [1, 2n] } }],
      undefined,
      { index: 0, field: 'data.list.1' },
    ],
    [
      'NaN, which JSON would turn into null',
      [{ formKey: 'A', data: { X: Number.NaN } }],
      undefined,
      { index: 0, field: 'data.X' },
    ],
    [
      'Infinity',
      [{ formKey: 'A', data: { X: -Infinity } }],
      undefined,
      { index: 0, field: 'data.X' },
    ],
  ];

  it.each(refused)('refuses %s and sends nothing', async (_, records, emailNotify, detail) => {
    // No interceptor: any request would fail with nock's NetConnectNotAllowedError instead.
    const error = await rejection(
      createRecords(testClient(), 'S1', records as RecordInput[], {
        emailNotify: emailNotify as string | undefined,
      }),
    );
    expect(isInvalidInputError(error)).toBe(true);
    expect(error.details).toContainEqual(expect.objectContaining(detail));
    expect(nock.isDone()).toBe(true);
  });

  it('retries the POST after a 429 (refused before processing)', async () => {
    let posts = 0;
    const scope = nock(ORIGIN)
      .post(PATH)
      .reply(() => {
        posts += 1;
        return [429, '', { 'Retry-After': '0' }];
      })
      .post(PATH)
      .reply(() => {
        posts += 1;
        return [202, accepted()];
      });
    const job = await createRecords(testClient(), 'S1', [
      { formKey: 'A', subjectKey: 'S', data: {} },
    ]);
    expect(job.batchId).toBe('c3q191e4-f894-72cd-a753-b37283eh0866');
    expect(posts).toBe(2);
    scope.done();
  });

  it('never repeats the POST after a 5xx', async () => {
    let posts = 0;
    const scope = nock(ORIGIN)
      .post(PATH)
      .times(4)
      .reply(() => {
        posts += 1;
        return [503, { metadata: { status: 'ERROR', error: { message: 'down' } } }];
      });
    const error = await rejection(
      createRecords(testClient(), 'S1', [{ formKey: 'A', subjectKey: 'S', data: {} }]),
    );
    expect(isServerError(error)).toBe(true);
    expect(posts).toBe(1);
    // The 3 spare replies stay unused on purpose: only a repeated POST would take them.
    expect(scope.isDone()).toBe(false);
    nock.cleanAll();
  });

  it('refuses an answer without batchId', async () => {
    const scope = api().post(PATH).reply(202, { jobId: 'j', state: 'created' });
    const error = await rejection(
      createRecords(testClient(), 'S1', [{ formKey: 'A', subjectKey: 'S', data: {} }]),
    );
    expect(isResponseValidationError(error)).toBe(true);
    expect(error.path).toBe('batchId');
    scope.done();
  });
});
