import { isExactNumber, isResponseValidationError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { listRecordRevisions, listRecords } from '../src/index.ts';
import { api, BASE, envelope, rejection, testClient, useNock } from './helpers.ts';
import { listEnvelope } from './spec.ts';

useNock();

/** A list body whose first item gets `field` set to the raw JSON number `digits`. */
function bodyWith(resource: string, field: string, digits: string, inData = false): string {
  const item = { ...listEnvelope(resource).data[0]! };
  const marker = '"__MARK__"';
  if (inData) item.recordData = { ...(item.recordData as object), [field]: '__MARK__' };
  else item[field] = '__MARK__';
  return JSON.stringify(envelope([item], { totalPages: 1 })).replace(marker, digits);
}

describe('numbers beyond double precision in resources', () => {
  it('keeps a recordData integer beyond 2^53 exactly', async () => {
    const body = bodyWith('Records', 'LBVAL', '12345678901234567891', true);
    const scope = api().get(`${BASE}/studies/S1/records`).query(true).reply(200, body);
    const [record] = await listRecords(testClient(), 'S1');
    const value = record!.recordData!.LBVAL;
    expect(isExactNumber(value)).toBe(true);
    expect(String(value)).toBe('12345678901234567891');
    scope.done();
  });

  it('1e400 in recordData is kept, never Infinity', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/records`)
      .query(true)
      .reply(200, bodyWith('Records', 'HUGE', '1e400', true));
    const [record] = await listRecords(testClient(), 'S1');
    expect(String(record!.recordData!.HUGE)).toBe('1e400');
    scope.done();
  });

  it.each([
    ['subjectKey', '12345678901234567891'],
    ['recordOid', '1e400'],
  ])('a text field %s sent as the huge number %s is its exact digits', async (field, digits) => {
    api()
      .get(`${BASE}/studies/S1/records`)
      .query(true)
      .reply(200, bodyWith('Records', field, digits));
    const [record] = await listRecords(testClient(), 'S1');
    expect((record as unknown as Record<string, unknown>)[field]).toBe(digits);
  });

  it.each([
    ['Records', 'recordId', 'records'],
    ['Records', 'subjectId', 'records'],
    ['RecordRevisions', 'recordRevisionId', 'recordRevisions'],
  ])(
    'an integer field %s.%s out of safe range is a ResponseValidationError',
    async (resource, field, path) => {
      const scope = api()
        .get(`${BASE}/studies/S1/${path}`)
        .query(true)
        .reply(200, bodyWith(resource, field, '9007199254740993'));
      const list = path === 'records' ? listRecords : listRecordRevisions;
      const error = await rejection(list(testClient(), 'S1'));
      expect(isResponseValidationError(error)).toBe(true);
      expect(String((error as Error).message)).toContain(field);
      scope.done();
    },
  );
});
