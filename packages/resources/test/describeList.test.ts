import { isInvalidInputError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { describeList } from '../src/internal/describeList.ts';
import { records } from '../src/records/records.ts';
import { studies } from '../src/studies/studies.ts';
import { users } from '../src/users/users.ts';

// The describe step is pure: these run with no transport at all.
describe('describeList', () => {
  it('records: path, study-key rule on every branch, recordDataFilter, one sort', () => {
    expect(
      describeList(
        records,
        'S 1',
        { formKey: ['AE', 'CM'], deleted: false },
        {
          sort: { dateCreated: 'DESC' },
          recordDataFilter: { aeterm: ['=~', 'head ache'] },
        },
      ),
    ).toEqual({
      method: 'GET',
      path: ['studies', 'S 1', 'records'],
      query: {
        filter:
          'formKey==AE;deleted==false;studyKey=="S 1",formKey==CM;deleted==false;studyKey=="S 1"',
        recordDataFilter: 'aeterm=~"head ache"',
        sort: 'dateCreated,DESC',
      },
    });
  });

  it('studies: no study key, no study-key rule', () => {
    expect(describeList(studies, undefined, { studyKey: 'X' })).toEqual({
      method: 'GET',
      path: ['studies'],
      query: { filter: 'studyKey==X', sort: undefined },
    });
  });

  it('users: includeInactive, never a filter parameter', () => {
    const description = describeList(users, 'S1', { lastName: 'Smith' }, { includeInactive: true });
    expect(description.query).toEqual({ includeInactive: true, sort: undefined });
  });

  it('refuses what the server would reject or misread', () => {
    const bad: [() => unknown, string][] = [
      [() => describeList(records, '', undefined), 'studyKey'],
      [() => describeList(records, 'S1', undefined, { pageSize: 0 }), 'pageSize'],
      [() => describeList(records, 'S1', undefined, { pageSize: 2.5 }), 'pageSize'],
      [() => describeList(users, 'S1', 'login==a'), 'filters'],
      [() => describeList(records, 'S1', undefined, { sort: 'a,DESC,b' }), 'sort'],
    ];
    for (const [call, field] of bad) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(isInvalidInputError(error), field).toBe(true);
      expect((error as { details: { field?: string }[] }).details[0]?.field).toBe(field);
    }
  });
});
