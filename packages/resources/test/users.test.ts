import { isInvalidInputError, isItemNotFoundError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { getUser, iterateUsers, listUsers, listUsersPage } from '../src/index.ts';
import { api, BASE, envelope, rejection, testClient, useNock } from './helpers.ts';
import { listEnvelope } from './spec.ts';

useNock();

const PATH = `${BASE}/studies/S1/users`;

const user = (userId: string, lastName: string, active = true) => ({
  userId,
  login: userId,
  lastName,
  userActiveInStudy: active,
});

describe('users', () => {
  it('sends includeInactive=false by default and no filter; decodes the spec example', async () => {
    const scope = api()
      .get(PATH)
      .query({ page: '0', size: '500', includeInactive: 'false' })
      .reply(200, listEnvelope('Users'));
    const [first] = await listUsers(testClient(), 'S1');
    expect(first?.userId).toBe('685253e1-1a95-4352-a7b0-4c62d3807727');
    expect(first?.roles?.[0]?.dateModified).toEqual(new Date('2025-06-05T21:12:07.625Z'));
    scope.done();
  });

  it('matches object filters while paging, across pages', async () => {
    const scope = api()
      .get(PATH)
      .query({ page: '0', size: '2', includeInactive: 'true', sort: 'login,ASC' })
      .reply(
        200,
        envelope([user('a', 'Smith'), user('b', 'Jones')], {
          size: 2,
          totalPages: 2,
          totalElements: 3,
        }),
      )
      .get(PATH)
      .query({ page: '1', size: '2', includeInactive: 'true', sort: 'login,ASC' })
      .reply(
        200,
        envelope([user('c', 'Smith', false)], {
          currentPage: 1,
          size: 2,
          totalPages: 2,
          totalElements: 3,
        }),
      );
    const smiths: string[] = [];
    for await (const u of iterateUsers(
      testClient(),
      'S1',
      { lastName: ['Smith', 'Smyth'], userActiveInStudy: ['!=', 'maybe'] },
      { includeInactive: true, pageSize: 2, sort: 'login' },
    )) {
      smiths.push(u.userId);
    }
    expect(smiths).toEqual(['a', 'c']);
    scope.done();
  });

  it('filters a page locally, keeping the server figures', async () => {
    const scope = api()
      .get(PATH)
      .query({ page: '0', size: '100', includeInactive: 'false' })
      .reply(200, envelope([user('a', 'Smith'), user('b', 'Jones')], { totalElements: 2 }));
    const page = await listUsersPage(testClient(), 'S1', { lastName: 'Jones' }, { page: 0 });
    expect(page.items.map((u) => u.userId)).toEqual(['b']);
    expect(page.totalElements).toBe(2);
    scope.done();
  });

  it('refuses a raw string filter and =~ before any request', async () => {
    expect(isInvalidInputError(await rejection(listUsers(testClient(), 'S1', 'login==a')))).toBe(
      true,
    );
    const error = await rejection(listUsers(testClient(), 'S1', { login: ['=~', 'a'] }));
    expect(isInvalidInputError(error)).toBe(true);
  });

  it('getUser looks among inactive users too, and needs an exact id', async () => {
    const found = api()
      .get(PATH)
      .query({ page: '0', size: '500', includeInactive: 'true' })
      .reply(200, envelope([user('ab', 'X'), user('a', 'Y', false)]));
    expect((await getUser(testClient(), 'S1', 'a')).lastName).toBe('Y');
    found.done();
    const missing = api()
      .get(PATH)
      .query({ page: '0', size: '500', includeInactive: 'true' })
      .reply(200, envelope([user('ab', 'X')]));
    expect(isItemNotFoundError(await rejection(getUser(testClient(), 'S1', 'a')))).toBe(true);
    missing.done();
  });
});
