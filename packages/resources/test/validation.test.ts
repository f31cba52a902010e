import { isResponseValidationError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import { iterateSites, listForms, listSitesPage } from '../src/index.ts';
import {
  API_KEY,
  api,
  BASE,
  envelope,
  rejection,
  SECURITY_KEY,
  testClient,
  useNock,
} from './helpers.ts';

useNock();

describe('unreadable values', () => {
  it('throw a ResponseValidationError naming resource, item index, path and raw value', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/sites`)
      .query({ page: '0', size: '2' })
      .reply(
        200,
        envelope([{ siteId: 1 }, { siteId: 2 }], { size: 2, totalPages: 2, totalElements: 4 }),
      )
      .get(`${BASE}/studies/S1/sites`)
      .query({ page: '1', size: '2' })
      .reply(
        200,
        envelope([{ siteId: 3 }, { siteId: 4, dateCreated: 'not a date' }], {
          currentPage: 1,
          size: 2,
          totalPages: 2,
          totalElements: 4,
        }),
      );
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const site of iterateSites(testClient(), 'S1', undefined, { pageSize: 2 })) {
          seen.push(site.siteId);
        }
      })(),
    );
    expect(seen).toEqual([1, 2, 3]);
    expect(isResponseValidationError(error)).toBe(true);
    expect(error).toMatchObject({
      resource: 'sites',
      index: 3,
      path: 'dateCreated',
      value: 'not a date',
    });
    expect(error.message).toContain('sites[3].dateCreated');
    scope.done();
  });

  it("'report' keeps the item with the raw value and calls hooks.onValidationIssue", async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/forms`)
      .query({ page: '0', size: '500' })
      .reply(200, envelope([{ formId: 'x12', disabled: 'maybe', formKey: 'AE', revision: '2' }]));
    const issues: unknown[] = [];
    const client = testClient({ hooks: { onValidationIssue: (s) => issues.push(s) } });
    const [form] = await listForms(client, 'S1', undefined, { onInvalid: 'report' });
    expect(form).toMatchObject({ formId: 'x12', disabled: 'maybe', formKey: 'AE', revision: 2 });
    expect(issues).toEqual([
      expect.objectContaining({ resource: 'forms', index: 0, path: 'formId', value: 'x12' }),
      expect.objectContaining({ resource: 'forms', index: 0, path: 'disabled', value: 'maybe' }),
    ]);
    scope.done();
  });

  it('page items are indexed from the page start', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/sites`)
      .query({ page: '2', size: '10' })
      .reply(200, envelope([{ siteId: 1 }, { siteId: null }], { currentPage: 2, size: 10 }));
    const error = await rejection(
      listSitesPage(testClient(), 'S1', undefined, { page: 2, pageSize: 10 }),
    );
    expect(error).toMatchObject({ resource: 'sites', index: 21, path: 'siteId', value: null });
    scope.done();
  });
});

// A hostile or broken server may echo the keys in the data of a 200 answer: what reaches an
// error or a hook state is masked, in strings deep inside objects and arrays too.
describe('keys echoed in unreadable values', () => {
  const echoed = () => ({
    siteId: 7,
    siteName: `name ${API_KEY}`,
    dateCreated: { note: `at ${API_KEY}`, list: [1, `${SECURITY_KEY}!`, null, { deep: API_KEY }] },
  });
  const hasKey = (value: unknown) => {
    const text = JSON.stringify(value);
    return text.includes(API_KEY) || text.includes(SECURITY_KEY);
  };

  it('are masked in a ResponseValidationError (value, message and stack)', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/sites`)
      .query(true)
      .reply(200, envelope([echoed()]));
    const error = await rejection(listSitesPage(testClient(), 'S1', undefined, { page: 0 }));
    expect(isResponseValidationError(error)).toBe(true);
    expect(error).toMatchObject({ resource: 'sites', index: 0, path: 'dateCreated' });
    const value = (error as unknown as { value: Record<string, unknown> }).value;
    expect(value.note).toBe('at ********');
    expect(value.list).toEqual([1, '********!', null, { deep: '********' }]);
    expect(hasKey({ value, message: error.message, stack: error.stack })).toBe(false);
    scope.done();
  });

  it('are masked in the onValidationIssue state, while the kept item stays as sent', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/sites`)
      .query(true)
      .reply(200, envelope([echoed(), { siteId: `${API_KEY}` }]));
    const issues: unknown[] = [];
    const client = testClient({ hooks: { onValidationIssue: (s) => issues.push(s) } });
    const sites = await listSitesPage(client, 'S1', undefined, { page: 0, onInvalid: 'report' });
    expect(issues).toHaveLength(2);
    expect(issues[1]).toMatchObject({ index: 1, path: 'siteId', value: '********' });
    expect(hasKey(issues)).toBe(false);
    // 'report' keeps the item exactly as the server sent it: the caller asked for raw data.
    expect(JSON.stringify(sites.items[0])).toContain(API_KEY);
    scope.done();
  });

  it("'report' without a hook keeps the items and reports nothing", async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/sites`)
      .query(true)
      .reply(200, envelope([echoed()]));
    const page = await listSitesPage(testClient(), 'S1', undefined, {
      page: 0,
      onInvalid: 'report',
    });
    expect(page.items).toHaveLength(1);
    scope.done();
  });
});
