import { isInvalidInputError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { getRecord, listRecords, listRecordsPage } from '../src/index.ts';
import { api, BASE, envelope, rejection, testClient, useNock } from './helpers.ts';
import { listEnvelope } from './spec.ts';

useNock();

const PATH = `${BASE}/studies/S1/records`;

describe('records', () => {
  it('sends recordDataFilter (with =~) beside the study-key filter', async () => {
    const scope = api()
      .get(PATH)
      .query({
        page: '0',
        size: '500',
        filter: 'formKey==AE;studyKey==S1,formKey==CM;studyKey==S1',
        recordDataFilter: 'aeterm=~Bronch;aeser==Y',
      })
      .reply(200, listEnvelope('Records'));
    const records = await listRecords(
      testClient(),
      'S1',
      { formKey: ['AE', 'CM'] },
      { recordDataFilter: { aeterm: ['=~', 'Bronch'], aeser: 'Y' } },
    );
    expect(records[0]!.recordData).toEqual({
      dateCreated: '2018-10-18 06:21:46',
      unvnum: '1',
      dateModified: '2018-11-18 07:11:16',
      aeser: '',
      aeterm: 'Bronchitis',
    });
    expect(records[0]!.keywords?.[0]?.keywordKey).toBe('DEE');
    scope.done();
  });

  it('refuses =~ in the ordinary filter before any request', async () => {
    const error = await rejection(listRecords(testClient(), 'S1', { formKey: ['=~', 'A'] }));
    expect(isInvalidInputError(error)).toBe(true);
  });

  it('page and get carry recordDataFilter and the study key too', async () => {
    const pageScope = api()
      .get(PATH)
      .query({ page: '2', size: '10', filter: 'studyKey==S1', recordDataFilter: 'x==1' })
      .reply(200, envelope([], { currentPage: 2, size: 10, totalPages: 3, totalElements: 20 }));
    const page = await listRecordsPage(testClient(), 'S1', undefined, {
      page: 2,
      pageSize: 10,
      recordDataFilter: 'x==1',
    });
    expect(page.items).toEqual([]);
    pageScope.done();
    const getScope = api()
      .get(PATH)
      .query({ page: '0', size: '500', filter: 'recordId==1;studyKey==S1' })
      .reply(200, listEnvelope('Records'));
    expect((await getRecord(testClient(), 'S1', 1)).formKey).toBe('AE');
    getScope.done();
  });

  it('percent-encodes the study key as one path segment', async () => {
    const scope = api()
      .get(`${BASE}/studies/A%3FB%20C/records`)
      .query({ page: '0', size: '500', filter: 'studyKey=="A?B C"' })
      .reply(200, envelope([]));
    expect(await listRecords(testClient(), 'A?B C')).toEqual([]);
    scope.done();
  });

  it.each(['A/B', '../S1', '%2e%2e', 'S\r\nx: 1'])(
    'refuses the study key %j before any request (core path check)',
    async (key) => {
      const error = await listRecords(testClient(), key).catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe('INVALID_INPUT');
      expect((error as Error).message).toContain('after studies/');
    },
  );

  it('an aborted signal stops the call before any request', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const error = await rejection(
      listRecords(testClient(), 'S1', undefined, { signal: controller.signal }),
    );
    expect(String(error)).toMatch(/stop|abort/i);
  });

  it('refuses an empty study key before any request', async () => {
    expect(isInvalidInputError(await rejection(listRecords(testClient(), '')))).toBe(true);
  });
});
