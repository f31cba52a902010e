import { describe, expect, test } from 'vitest';
import { all, setup } from './helpers.ts';

type Row = Record<string, unknown>;

describe('generated data', () => {
  test('the same seed gives the same data; another seed different data', async () => {
    const a = setup({ seed: 3, recordsPerStudy: 80 });
    const b = setup({ seed: 3, recordsPerStudy: 80 });
    const c = setup({ seed: 4, recordsPerStudy: 80 });
    for (const list of [
      'subjects',
      'records',
      'queries',
      'codings',
      'users',
      'recordRevisions',
      'visits',
    ]) {
      const path = `/studies/${a.key}/${list}${list === 'users' ? '?includeInactive=true' : ''}`;
      const x = await all(a.get, path);
      expect(await all(b.get, path)).toEqual(x);
      expect(await all(c.get, path)).not.toEqual(x);
    }
  });

  test('variables of every type, radio and dropdown with choices that the data uses', async () => {
    const { get, key } = setup({ recordsPerStudy: 400 });
    const variables = await all(get, `/studies/${key}/variables`);
    const types = new Set(variables.map((v) => String(v.variableType).toUpperCase()));
    for (const t of [
      'TEXT',
      'MEMO',
      'NUMBER',
      'INTEGER',
      'FLOAT',
      'DATE',
      'TIME',
      'DATETIME',
      'RADIO',
      'DROPDOWN',
      'CHECKBOX',
    ]) {
      expect(types.has(t)).toBe(true);
    }
    expect(variables.some((v) => v.variableType !== String(v.variableType).toUpperCase())).toBe(
      true,
    );
    const typeOf = new Map(
      variables.map((v) => [v.variableName as string, String(v.variableType).toUpperCase()]),
    );
    const formOf = new Map(variables.map((v) => [v.variableName as string, v.formKey]));
    const records = await all(get, `/studies/${key}/records`);
    const seen = new Map<string, Set<unknown>>();
    for (const r of records) {
      for (const [name, value] of Object.entries(r.recordData as Row)) {
        expect(formOf.get(name)).toBe(r.formKey);
        if (!seen.has(name)) seen.set(name, new Set());
        seen.get(name)!.add(value);
        if (value === '') continue;
        switch (typeOf.get(name)) {
          case 'NUMBER':
          case 'INTEGER':
            expect(Number.isInteger(value)).toBe(true);
            break;
          case 'TIME':
            expect(value).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
            break;
          case 'DATETIME':
            expect(value).toMatch(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/);
            break;
          case 'FLOAT':
            expect(typeof value).toBe('number');
            break;
          case 'DATE':
            expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            break;
          case 'CHECKBOX':
            expect(typeof value).toBe('boolean');
            break;
          default:
            expect(typeof value).toBe('string');
        }
      }
    }
    expect([...seen.get('SEX')!].filter((v) => v !== '').sort()).toEqual(['F', 'M']);
    expect([...seen.get('AESEV')!].filter((v) => v !== '').sort()).toEqual(['1', '2', '3']);
    expect(records.some((r) => r.recordStatus === 'Record Incomplete')).toBe(true);
    expect(records.some((r) => r.recordStatus === 'Record Complete')).toBe(true);
  });

  test('queries with open and closed comments; codings point at real records', async () => {
    const { get, key } = setup({ recordsPerStudy: 200 });
    const queries = await all(get, `/studies/${key}/queries`);
    const closed = queries.filter((q) => (q.queryComments as Row[]).at(-1)!.closed === true);
    const open = queries.filter((q) => (q.queryComments as Row[]).every((c) => c.closed === false));
    expect(closed.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);
    expect(queries.some((q) => q.type === null)).toBe(true);
    const records = new Map(
      (await all(get, `/studies/${key}/records`)).map((r) => [r.recordId, r]),
    );
    for (const q of queries) expect(records.get(q.recordId)?.subjectKey).toBe(q.subjectKey);
    const codings = await all(get, `/studies/${key}/codings`);
    expect(codings.length).toBeGreaterThan(0);
    for (const c of codings) {
      const record = records.get(c.recordId)!;
      expect(record.formKey).toBe(c.formKey);
      expect(String((record.recordData as Row)[c.variable as string])).toBe(c.value);
    }
  });

  test('users with roles whose dates are integer arrays, some inactive', async () => {
    const { get, key } = setup();
    const users = await all(get, `/studies/${key}/users?includeInactive=true`);
    expect(users.some((u) => u.userActiveInStudy === false)).toBe(true);
    const roles = users.flatMap((u) => u.roles as Row[]);
    expect(roles.some((r) => r.inactive === true)).toBe(true);
    for (const role of roles) {
      const date = role.dateCreated as number[];
      expect(date).toHaveLength(7);
      expect(date.every(Number.isInteger)).toBe(true);
      expect(date[1]).toBeGreaterThanOrEqual(1);
      expect(date[1]).toBeLessThanOrEqual(12);
    }
    const ids = users.map((u) => u.userId as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('ids are unique across studies and revisions follow their records', async () => {
    const { get, sandbox } = setup({ recordsPerStudy: 40 });
    const ids = new Set<unknown>();
    for (const k of sandbox.studyKeys) {
      for (const r of await all(get, `/studies/${k}/records`)) {
        expect(ids.has(r.recordId)).toBe(false);
        ids.add(r.recordId);
      }
    }
    const key = sandbox.studyKeys[0]!;
    const records = await all(get, `/studies/${key}/records`);
    const revisions = await all(get, `/studies/${key}/recordRevisions`);
    for (const record of records) {
      const mine = revisions.filter((r) => r.recordId === record.recordId);
      expect(mine.map((r) => r.recordRevision)).toEqual(mine.map((_, i) => i + 1));
      expect(mine.at(-1)!.dateCreated).toBe(record.dateModified);
      expect(mine[0]!.dateCreated).toBe(record.dateCreated);
    }
  });
});
