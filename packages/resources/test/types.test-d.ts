import { type Client, createClient } from '@imednet/core';
import * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type * as resources from '../src/index.ts';
import {
  type Coding,
  createRecords,
  type EdcRecord,
  getCoding,
  getRecord,
  getStudy,
  iterateRecords,
  iterateUsers,
  type JobRef,
  type KeywordSchema,
  listRecords,
  listRecordsPage,
  listStudies,
  listUsers,
  listVisits,
  type PageResult,
  RecordSchema,
  type Study,
  type User,
  type Visit,
} from '../src/index.ts';

const client: Client = createClient({ apiKey: 'k', securityKey: 's' });

describe('return types', () => {
  it('list, iterate and page return the named item types', () => {
    expectTypeOf(listRecords(client, 'S')).toEqualTypeOf<Promise<EdcRecord[]>>();
    expectTypeOf(iterateRecords(client, 'S')).toEqualTypeOf<AsyncIterable<EdcRecord>>();
    expectTypeOf(listRecordsPage(client, 'S', undefined, { page: 0 })).toEqualTypeOf<
      Promise<PageResult<EdcRecord>>
    >();
    expectTypeOf(listStudies(client)).toEqualTypeOf<Promise<Study[]>>();
    expectTypeOf(iterateUsers(client, 'S')).toEqualTypeOf<AsyncIterable<User>>();
    expectTypeOf(getRecord(client, 'S', 1)).toEqualTypeOf<Promise<EdcRecord>>();
    expectTypeOf(getStudy(client, 'S')).toEqualTypeOf<Promise<Study>>();
    expectTypeOf(createRecords(client, 'S', [{ formKey: 'A', data: {} }])).toEqualTypeOf<
      Promise<JobRef>
    >();
  });

  it('decoded fields: ids always present, timestamps Date | null, visit dates strings', () => {
    expectTypeOf<EdcRecord['recordId']>().toEqualTypeOf<number>();
    expectTypeOf<EdcRecord['dateCreated']>().toEqualTypeOf<Date | null>();
    expectTypeOf<Visit['visitDate']>().toEqualTypeOf<string | null>();
    expectTypeOf<Coding['codingId']>().toEqualTypeOf<string>();
    expectTypeOf<User['userId']>().toEqualTypeOf<string>();
  });
});

describe('filters', () => {
  it('are keyed by the resource fields, or a raw string', () => {
    listRecords(client, 'S', { formKey: 'AE', recordId: [1, 2], dateCreated: ['>', new Date()] });
    listRecords(client, 'S', 'formKey==AE');
    listVisits(client, 'S', {
      visitDate: [
        ['>=', '2025-01-01'],
        ['<', '2025-02-01'],
      ],
    });
    // @ts-expect-error not a record field
    listRecords(client, 'S', { formKye: 'AE' });
    // @ts-expect-error users filter on user fields
    listUsers(client, 'S', { recordId: 1 });
    // @ts-expect-error a study-scoped list needs a study key
    listRecords(client, { formKey: 'AE' });
    // @ts-expect-error getCoding takes the coding id as a string
    getCoding(client, 'S', 1);
  });

  it('options: recordDataFilter for records only, includeInactive for users only', () => {
    listRecords(client, 'S', undefined, { recordDataFilter: { anyVariable: ['=~', 'x'] } });
    listUsers(client, 'S', undefined, { includeInactive: true });
    // @ts-expect-error users have no recordDataFilter
    listUsers(client, 'S', undefined, { recordDataFilter: 'a==1' });
    // @ts-expect-error a page call needs its page
    listRecordsPage(client, 'S', undefined, {});
  });
});

describe('names', () => {
  it("exports the record type as EdcRecord only, never shadowing TypeScript's Record", () => {
    // @ts-expect-error the package has no export named Record
    type Shadow = resources.Record;
    expectTypeOf<resources.EdcRecord>().toEqualTypeOf<EdcRecord>();
    expectTypeOf<Shadow>().toBeAny();
    expectTypeOf<Record<string, number>>().toEqualTypeOf<{ [key: string]: number }>();
  });
});

describe('composed schemas keep the decoded field types', () => {
  it('v.omit, v.pick, v.partial and spreading .entries', () => {
    const draft = v.omit(RecordSchema, ['recordId']);
    type Draft = v.InferOutput<typeof draft>;
    // Gone from the known fields: only the loose object's index signature (unknown) is left.
    expectTypeOf<Draft['recordId']>().toEqualTypeOf<unknown>();
    expectTypeOf<Draft['dateCreated']>().toEqualTypeOf<Date | null>();
    const picked = v.pick(RecordSchema, ['recordId', 'keywords']);
    expectTypeOf<v.InferOutput<typeof picked>['recordId']>().toEqualTypeOf<number>();
    expectTypeOf<v.InferOutput<typeof picked>['keywords']>().toEqualTypeOf<
      v.InferOutput<typeof KeywordSchema>[] | null
    >();
    const partial = v.partial(RecordSchema);
    expectTypeOf<v.InferOutput<typeof partial>['recordId']>().toEqualTypeOf<number | undefined>();
    const ae = v.object({ ...RecordSchema.entries, recordData: v.object({ aeterm: v.string() }) });
    expectTypeOf<v.InferOutput<typeof ae>['recordData']>().toEqualTypeOf<{ aeterm: string }>();
    expectTypeOf<v.InferOutput<typeof ae>['siteId']>().toEqualTypeOf<number | null>();
    expectTypeOf<v.InferOutput<typeof RecordSchema>>().toMatchTypeOf<EdcRecord>();
  });
});
