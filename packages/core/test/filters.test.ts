import { describe, expect, test } from 'vitest';
import { buildFilter, buildSort, type Filters, isInvalidInputError } from '../src/index.ts';

function refused(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(isInvalidInputError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected an InvalidInputError');
}

describe('buildFilter: scalars and operators', () => {
  test.each<[Filters, string]>([
    [{ siteId: 5 }, 'siteId==5'],
    [{ formKey: 'AE' }, 'formKey==AE'],
    [{ deleted: false }, 'deleted==false'],
    [{ disabled: true }, 'disabled==true'],
    [{ score: -1.5 }, 'score==-1.5'],
    [{ version: '1.2-rc_3' }, 'version==1.2-rc_3'],
    [{ siteId: ['!=', 5] }, 'siteId!=5'],
    [{ siteId: ['<', 5] }, 'siteId<5'],
    [{ siteId: ['<=', 5] }, 'siteId<=5'],
    [{ siteId: ['>', 5] }, 'siteId>5'],
    [{ siteId: ['>=', 5] }, 'siteId>=5'],
    [{ siteId: ['==', 5] }, 'siteId==5'],
  ])('%j → %s', (filters, expected) => {
    expect(buildFilter(filters)).toBe(expected);
  });

  test('Date is written as UTC ISO 8601 (quoted: it holds ":")', () => {
    const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(buildFilter({ dateCreated: ['>', d] })).toBe('dateCreated>"2024-01-02T03:04:05.000Z"');
  });

  test('undefined keys are skipped; nothing left means undefined', () => {
    expect(buildFilter({ a: undefined, b: 1 })).toBe('b==1');
    expect(buildFilter({ a: undefined })).toBeUndefined();
    expect(buildFilter({})).toBeUndefined();
    expect(buildFilter(undefined)).toBeUndefined();
    expect(buildFilter('')).toBeUndefined();
  });

  test('=~ only with allowContains (recordDataFilter)', () => {
    expect(refused(() => buildFilter({ aeTerm: ['=~', 'head'] }))).toContain('recordDataFilter');
    expect(buildFilter({ aeTerm: ['=~', 'head'] }, { allowContains: true })).toBe('aeTerm=~head');
  });
});

describe('buildFilter: quoting and escaping', () => {
  test.each<[string, string]>([
    ['My Site', 'name=="My Site"'],
    ['say "hi"', 'name=="say \\"hi\\""'],
    ['back\\slash', 'name=="back\\\\slash"'],
    ['a;b', 'name=="a;b"'],
    ['a,b', 'name=="a,b"'],
    ['x==y', 'name=="x==y"'],
    ['', 'name==""'],
    ['ünï', 'name=="ünï"'],
    ['\\"', 'name=="\\\\\\""'],
  ])('value %j → %s', (value, expected) => {
    expect(buildFilter({ name: value })).toBe(expected);
  });
});

describe('buildFilter: AND/OR expansion', () => {
  test('object keys are AND', () => {
    expect(buildFilter({ formKey: 'AE', siteId: 5 })).toBe('formKey==AE;siteId==5');
  });

  test('an array of values is OR', () => {
    expect(buildFilter({ type: ['A', 'B'] })).toBe('type==A,type==B');
  });

  test('every OR branch repeats the AND conditions', () => {
    expect(buildFilter({ type: ['A', 'B'], siteId: 5 })).toBe(
      'type==A;siteId==5,type==B;siteId==5',
    );
  });

  test('two OR keys give their cross product', () => {
    expect(buildFilter({ a: [1, 2], b: ['x', 'y'] })).toBe(
      'a==1;b==x,a==1;b==y,a==2;b==x,a==2;b==y',
    );
  });

  test('an array of [op, value] tuples is AND (a range)', () => {
    const from = new Date('2024-01-01T00:00:00Z');
    const to = new Date('2024-02-01T00:00:00Z');
    expect(
      buildFilter({
        dateCreated: [
          ['>=', from],
          ['<', to],
        ],
      }),
    ).toBe('dateCreated>="2024-01-01T00:00:00.000Z";dateCreated<"2024-02-01T00:00:00.000Z"');
    expect(
      buildFilter({
        siteId: [
          ['>', 1],
          ['<', 9],
        ],
        type: ['A', 'B'],
      }),
    ).toBe('siteId>1;siteId<9;type==A,siteId>1;siteId<9;type==B');
  });

  test('the `and` option is added to every branch', () => {
    expect(buildFilter({ type: ['A', 'B'] }, { and: { studyKey: 'S 1' } })).toBe(
      'type==A;studyKey=="S 1",type==B;studyKey=="S 1"',
    );
    expect(buildFilter(undefined, { and: { studyKey: 'S1' } })).toBe('studyKey==S1');
  });

  test('values needing quotes inside an OR stay one branch each', () => {
    expect(buildFilter({ siteName: ['a,b', 'c;d'] })).toBe('siteName=="a,b",siteName=="c;d"');
  });
});

describe('buildFilter: raw strings', () => {
  test('passed through as given', () => {
    expect(buildFilter('a==1,b==2;c==3')).toBe('a==1,b==2;c==3');
  });

  test('with `and`: appended to every top-level OR branch', () => {
    expect(buildFilter('a==1,b==2;c==3', { and: { studyKey: 'S1' } })).toBe(
      'a==1;studyKey==S1,b==2;c==3;studyKey==S1',
    );
  });

  test('commas inside quotes (and escaped quotes) do not split', () => {
    expect(buildFilter('name=="x,\\",y",b==2', { and: { studyKey: 'S1' } })).toBe(
      'name=="x,\\",y";studyKey==S1,b==2;studyKey==S1',
    );
  });

  test('an empty OR branch is refused when `and` must be appended', () => {
    refused(() => buildFilter('a==1,', { and: { studyKey: 'S1' } }));
  });
});

describe('buildFilter: refusals', () => {
  test.each<[string, unknown]>([
    ['unknown operator', { a: ['~=', 1] }],
    [
      'unknown operator in a range',
      {
        a: [
          ['>', 1],
          ['<>', 2],
        ],
      },
    ],
    ['empty array', { a: [] }],
    ['null', { a: null }],
    ['null inside OR', { a: [1, null] }],
    ['NaN', { a: Number.NaN }],
    ['Infinity', { a: ['<', Number.POSITIVE_INFINITY] }],
    ['invalid Date', { a: new Date('nope') }],
    ['object value', { a: { b: 1 } }],
    ['mixed forms', { a: [1, ['>', 2]] }],
    ['bad range item', { a: [['>', 1, 2]] }],
    ['bad field name', { 'a;b': 1 }],
    ['empty field name', { '': 1 }],
    ['array as filters', [1, 2]],
    ['null filters', null],
  ])('%s', (_label, filters) => {
    refused(() => buildFilter(filters as Filters));
  });

  test('bound: more than 50 OR branches is refused, with a clear message', () => {
    const values = Array.from({ length: 51 }, (_, i) => i);
    expect(refused(() => buildFilter({ a: values }))).toContain('50');
    expect(buildFilter({ a: values.slice(0, 50) })?.split(',').length).toBe(50);
    expect(
      refused(() => buildFilter({ a: [1, 2, 3, 4, 5, 6, 7, 8], b: [1, 2, 3, 4, 5, 6, 7] })),
    ).toContain('branches');
  });

  test('bound: more than 4096 characters is refused', () => {
    expect(refused(() => buildFilter({ a: 'x'.repeat(5000) }))).toContain('4096');
    expect(refused(() => buildFilter('x'.repeat(5000)))).toContain('characters');
  });

  test('bounds are configurable', () => {
    refused(() => buildFilter({ a: [1, 2, 3] }, { maxBranches: 2 }));
    refused(() => buildFilter({ a: 'abcdef' }, { maxLength: 5 }));
  });
});

describe('buildSort', () => {
  test.each<[Parameters<typeof buildSort>[0], string | undefined]>([
    [{ dateCreated: 'DESC' }, 'dateCreated,DESC'],
    [{ siteId: 'asc' }, 'siteId,ASC'],
    ['siteName,ASC', 'siteName,ASC'],
    ['siteName,desc', 'siteName,DESC'],
    ['siteName', 'siteName,ASC'],
    [undefined, undefined],
    ['', undefined],
    [{}, undefined],
  ])('%j → %s', (sort, expected) => {
    expect(buildSort(sort)).toBe(expected);
  });

  test.each([['a,UP'], ['a,ASC,b'], ['a b,ASC']])('refuses %j', (sort) => {
    refused(() => buildSort(sort));
  });

  test('refuses two fields (the API takes one sort parameter) and bad directions', () => {
    refused(() => buildSort({ a: 'ASC', b: 'DESC' }));
    refused(() => buildSort({ a: 'sideways' as 'ASC' }));
  });
});
