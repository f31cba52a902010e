import { describe, expectTypeOf, test } from 'vitest';
import {
  buildFilter,
  buildSort,
  type FilterCondition,
  type FilterObject,
  type FilterOperator,
  type FilterScalar,
  type Filters,
  type Sort,
} from '../src/index.ts';

type SiteField = 'siteId' | 'siteName' | 'dateCreated';

describe('Filters typing', () => {
  test('accepts every condition form on known fields', () => {
    const filters: Filters<SiteField> = {
      siteId: [1, 2],
      siteName: 'My Site',
      dateCreated: [
        ['>=', new Date()],
        ['<', new Date()],
      ],
    };
    expectTypeOf(buildFilter(filters)).toEqualTypeOf<string | undefined>();
    expectTypeOf<Filters<SiteField>>().toExtend<Filters>();
    expectTypeOf<'raw==1'>().toExtend<Filters<SiteField>>();
    expectTypeOf<undefined>().toExtend<FilterObject<SiteField>['siteId']>();
  });

  test('refuses unknown fields, unknown operators and non-scalars', () => {
    // @ts-expect-error unknown field
    const unknownField: Filters<SiteField> = { siteKey: 1 };
    // An OR array of strings cannot exclude '=>' at the type level (buildFilter refuses it at
    // run time); the tuple form itself only takes known operators.
    // @ts-expect-error unknown operator
    const badOp: readonly [FilterOperator, FilterScalar] = ['=>', 1];
    // @ts-expect-error objects are not filter values
    const objectValue: FilterCondition = { a: 1 };
    // @ts-expect-error null is not a filter value
    const nullValue: FilterCondition = null;
    void [unknownField, badOp, objectValue, nullValue];
  });

  test('tuples and ranges', () => {
    expectTypeOf<readonly ['>', Date]>().toExtend<FilterCondition>();
    expectTypeOf<readonly (readonly ['>=', number])[]>().toExtend<FilterCondition>();
    expectTypeOf<readonly string[]>().toExtend<FilterCondition>();
  });

  test('Sort', () => {
    expectTypeOf<{ dateCreated: 'DESC' }>().toExtend<Sort>();
    // @ts-expect-error direction must be ASC or DESC
    const bad: Sort = { dateCreated: 'DOWN' };
    void bad;
    expectTypeOf(buildSort('a,ASC')).toEqualTypeOf<string | undefined>();
  });
});
