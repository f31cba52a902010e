import { describe, expect, test } from 'vitest';
import { all, setup } from './helpers.ts';

type Row = Record<string, unknown>;
const q = encodeURIComponent;
const ms = (t: unknown) =>
  Date.parse(String(t).replace(' ', 'T') + (String(t).length > 10 ? 'Z' : 'T00:00:00Z'));

async function fixture() {
  const ctx = setup({ recordsPerStudy: 300, subjectsPerStudy: 30 });
  const records = await all(ctx.get, `/studies/${ctx.key}/records`);
  const ids = (rows: Row[]) => rows.map((r) => r.recordId);
  const filtered = async (param: 'filter' | 'recordDataFilter', expr: string, list = 'records') =>
    all(ctx.get, `/studies/${ctx.key}/${list}?${param}=${q(expr)}`);
  return { ...ctx, records, ids, filtered };
}

describe('filter operators', () => {
  test('every operator on an integer compares numbers', async () => {
    const { records, ids, filtered } = await fixture();
    const pivot = records[150]!.recordId as number;
    const cases: [string, (n: number) => boolean][] = [
      ['==', (n) => n === pivot],
      ['!=', (n) => n !== pivot],
      ['<', (n) => n < pivot],
      ['<=', (n) => n <= pivot],
      ['>', (n) => n > pivot],
      ['>=', (n) => n >= pivot],
    ];
    for (const [op, want] of cases) {
      const got = await filtered('filter', `recordId${op}${pivot}`);
      expect(ids(got)).toEqual(ids(records.filter((r) => want(r.recordId as number))));
      expect(got.length).toBeGreaterThan(0);
    }
  });

  test('strings compare exactly and by code order', async () => {
    const { records, ids, filtered } = await fixture();
    expect(ids(await filtered('filter', 'formKey==VS'))).toEqual(
      ids(records.filter((r) => r.formKey === 'VS')),
    );
    expect(ids(await filtered('filter', 'formKey!=VS'))).toEqual(
      ids(records.filter((r) => r.formKey !== 'VS')),
    );
    expect(ids(await filtered('filter', 'formKey<DM'))).toEqual(
      ids(records.filter((r) => (r.formKey as string) < 'DM')),
    );
    expect(await filtered('filter', 'formKey==vs')).toEqual([]);
  });

  test('timestamps compare as instants, whatever form the value takes', async () => {
    const { records, ids, filtered } = await fixture();
    const pivot = ms(records[100]!.dateCreated);
    const want = ids(records.filter((r) => ms(r.dateCreated) > pivot));
    const iso = new Date(pivot).toISOString();
    expect(ids(await filtered('filter', `dateCreated>"${iso}"`))).toEqual(want);
    expect(
      ids(await filtered('filter', `dateCreated>"${iso.slice(0, 10)} ${iso.slice(11, 19)}"`)),
    ).toEqual(want);
    const day = iso.slice(0, 10);
    expect(ids(await filtered('filter', `dateCreated>=${day}`))).toEqual(
      ids(records.filter((r) => ms(r.dateCreated) >= Date.parse(`${day}T00:00:00Z`))),
    );
    // An offset moves the instant: 02:00+02:00 is midnight UTC.
    expect(ids(await filtered('filter', `dateCreated>="${day}T02:00:00+02:00"`))).toEqual(
      ids(records.filter((r) => ms(r.dateCreated) >= Date.parse(`${day}T00:00:00Z`))),
    );
  });

  test('visit dates compare as calendar dates and blanks never match', async () => {
    const { get, key, filtered } = await fixture();
    const visits = await all(get, `/studies/${key}/visits`);
    const pivot = visits[40]!.visitDate as string;
    const got = await filtered('filter', `visitDate<=${pivot}`, 'visits');
    expect(got.map((v) => v.visitId)).toEqual(
      visits
        .filter((v) => v.visitDate !== '' && ms(v.visitDate) <= ms(pivot))
        .map((v) => v.visitId),
    );
    expect(visits.some((v) => v.visitDate === '')).toBe(true);
    expect(got.every((v) => v.visitDate !== '')).toBe(true);
  });

  test('booleans take true or false with == and !=', async () => {
    const { get, key, filtered } = await fixture();
    const forms = await all(get, `/studies/${key}/forms`);
    expect((await filtered('filter', 'disabled==true', 'forms')).map((f) => f.formKey)).toEqual([
      'LAB_OLD',
    ]);
    expect((await filtered('filter', 'disabled!=true', 'forms')).length).toBe(forms.length - 1);
    expect((await get(`/studies/${key}/forms?filter=disabled>true`)).status).toBe(400);
    expect((await get(`/studies/${key}/forms?filter=disabled==yes`)).status).toBe(400);
  });
});

describe('filter grammar', () => {
  test('; binds tighter than , (a OR (b AND c))', async () => {
    const { records, ids, filtered } = await fixture();
    const subject = records[0]!.subjectKey;
    const got = await filtered('filter', `formKey==CM,formKey==VS;subjectKey==${subject}`);
    expect(ids(got)).toEqual(
      ids(
        records.filter(
          (r) => r.formKey === 'CM' || (r.formKey === 'VS' && r.subjectKey === subject),
        ),
      ),
    );
    const other = await filtered('filter', `formKey==VS;subjectKey==${subject},formKey==CM`);
    expect(ids(other)).toEqual(ids(got));
  });

  test('the study key condition is decided per branch', async () => {
    const { records, ids, filtered, key } = await fixture();
    expect(await filtered('filter', 'studyKey==OTHER')).toEqual([]);
    expect(ids(await filtered('filter', `studyKey==${key}`))).toEqual(ids(records));
    expect(ids(await filtered('filter', 'studyKey==OTHER;formKey==VS,formKey==AE'))).toEqual(
      ids(records.filter((r) => r.formKey === 'AE')),
    );
  });

  test('quoted values: spaces, commas, semicolons, \\" and \\\\', async () => {
    const { get, key, records, filtered } = await fixture();
    const sites = await all(get, `/studies/${key}/sites`);
    const name = sites[0]!.siteName as string;
    expect(name).toContain(' ');
    expect(
      (await filtered('filter', `siteName=="${name}"`, 'sites')).map((s) => s.siteName),
    ).toEqual([name]);
    const note = 'Repeat measurement requested, see "notes" field.';
    const escaped = note.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const got = await filtered('recordDataFilter', `VSNOTE=="${escaped}"`);
    expect(got.length).toBeGreaterThan(0);
    expect(got.map((r) => r.recordId)).toEqual(
      records.filter((r) => (r.recordData as Row).VSNOTE === note).map((r) => r.recordId),
    );
    const semi = await filtered('recordDataFilter', 'VSNOTE=~"comma, semicolon;"');
    expect(semi.length).toBeGreaterThan(0);
    expect(await filtered('filter', 'recordOid=="back\\\\slash"')).toEqual([]);
  });

  test.each([
    ['siteName==Chicago Hope Hospital', 'filter'],
    ['siteName=="unterminated', 'filter'],
    ['siteName=="bad \\escape"', 'filter'],
    ['siteId==', 'filter'],
    ['siteId=1', 'filter'],
    ['==5', 'filter'],
    ['siteId==1;', 'filter'],
    ['siteId==1,,siteId==2', 'filter'],
    ['siteId==one', 'siteId'],
    ['siteName=~Chicago', 'filter'],
    ['dateCreated>"yesterday"', 'dateCreated'],
    ['dateCreated>2024-13-01', 'dateCreated'],
  ])('%s is a 400', async (expr, attribute) => {
    const { get, key } = setup();
    const { status, body } = await get(`/studies/${key}/sites?filter=${q(expr)}`);
    expect(status).toBe(400);
    expect(body.metadata.status).toBe('BAD_REQUEST');
    expect(body.metadata.error.code).toBe(1000);
    expect(body.metadata.error.field.attribute).toBe(attribute);
  });

  test('an unknown attribute is a 400 naming it, with the reference notes body', async () => {
    const { get, key } = setup();
    const { status, body } = await get(`/studies/${key}/records?filter=${q('colour==red')}`);
    expect(status).toBe(400);
    expect(body.metadata).toMatchObject({
      status: 'BAD_REQUEST',
      path: `/api/v1/edc/studies/${key}/records`,
      error: { code: 1000, field: { attribute: 'colour', value: 'red' } },
    });
    expect(typeof body.metadata.timestamp).toBe('string');
    expect(body.metadata.error.description).toMatch(/colour/);
    // Nested values are not attributes.
    expect((await get(`/studies/${key}/records?filter=recordData==x`)).status).toBe(400);
    expect((await get(`/studies/${key}/users?filter=login==x`)).status).toBe(400);
  });
});

describe('recordDataFilter', () => {
  test('numbers compare as numbers (100 > 99), =~ contains without case', async () => {
    const { records, ids, filtered } = await fixture();
    const sys = (r: Row) => (r.recordData as Row).SYSBP;
    expect(ids(await filtered('recordDataFilter', 'SYSBP>99'))).toEqual(
      ids(records.filter((r) => typeof sys(r) === 'number' && (sys(r) as number) > 99)),
    );
    expect(records.some((r) => typeof sys(r) === 'number' && (sys(r) as number) >= 100)).toBe(true);
    const term = (r: Row) => String((r.recordData as Row).AETERM ?? '');
    expect(ids(await filtered('recordDataFilter', 'AETERM=~ACH'))).toEqual(
      ids(
        records.filter(
          (r) =>
            (r.recordData as Row).AETERM !== undefined && term(r).toLowerCase().includes('ach'),
        ),
      ),
    );
    expect(ids(await filtered('recordDataFilter', 'AESER==true;AESEV==3'))).toEqual(
      ids(
        records.filter(
          (r) => (r.recordData as Row).AESER === true && (r.recordData as Row).AESEV === '3',
        ),
      ),
    );
  });

  test('combines with filter, and refuses unknown variables', async () => {
    const { records, ids, get, key } = await fixture();
    const got = await all(
      get,
      `/studies/${key}/records?filter=formKey==DM&recordDataFilter=${q('SEX==F')}`,
    );
    expect(ids(got)).toEqual(
      ids(records.filter((r) => r.formKey === 'DM' && (r.recordData as Row).SEX === 'F')),
    );
    const bad = await get(`/studies/${key}/records?recordDataFilter=NOPE==1`);
    expect(bad.status).toBe(400);
    expect(bad.body.metadata.error.field.attribute).toBe('NOPE');
    expect((await get(`/studies/${key}/sites?recordDataFilter=SEX==F`)).status).toBe(400);
  });
});

describe('sort and includeInactive', () => {
  test('sort by a property, ASC and DESC, with ties in id order; unknown property is a 400', async () => {
    const { records, get, key } = await fixture();
    const desc = await all(get, `/studies/${key}/records?sort=dateCreated,DESC`);
    const want = [...records].sort(
      (a, b) =>
        ms(b.dateCreated) - ms(a.dateCreated) || (a.recordId as number) - (b.recordId as number),
    );
    expect(desc.map((r) => r.recordId)).toEqual(want.map((r) => r.recordId));
    const page = await get(`/studies/${key}/records?sort=subjectKey,ASC&sort=recordId,DESC&size=5`);
    expect(page.body.pagination.sort).toEqual([
      { property: 'subjectKey', direction: 'ASC' },
      { property: 'recordId', direction: 'DESC' },
    ]);
    expect((await get(`/studies/${key}/records?sort=nothing,ASC`)).status).toBe(400);
    expect((await get(`/studies/${key}/records?sort=recordId,UP`)).status).toBe(400);
  });

  test('dates sort as dates, blanks last in both directions, booleans false first', async () => {
    const { get, key } = setup({ recordsPerStudy: 200 });
    for (const direction of ['ASC', 'DESC']) {
      const visits = await all(get, `/studies/${key}/visits?sort=visitDate,${direction}`);
      const dates = visits.map((v) => v.visitDate as string);
      const filled = dates.filter((d) => d !== '');
      expect(filled.length).toBeGreaterThan(0);
      expect(dates.slice(filled.length).every((d) => d === '')).toBe(true);
      const sorted = [...filled].sort();
      expect(filled).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
    }
    const forms = await all(get, `/studies/${key}/forms?sort=disabled,DESC`);
    expect(forms[0]!.formKey).toBe('LAB_OLD');
  });

  test('users: inactive ones only with includeInactive=true', async () => {
    const { get, key } = setup();
    const active = await all(get, `/studies/${key}/users`);
    const everyone = await all(get, `/studies/${key}/users?includeInactive=true`);
    expect(active.every((u) => u.userActiveInStudy === true)).toBe(true);
    expect(everyone.length).toBeGreaterThan(active.length);
    expect(everyone.some((u) => u.userActiveInStudy === false)).toBe(true);
    expect((await all(get, `/studies/${key}/users?includeInactive=false`)).length).toBe(
      active.length,
    );
    expect((await get(`/studies/${key}/users?includeInactive=maybe`)).status).toBe(400);
  });
});
