import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as resources from '../src/index.ts';
import { KeywordSchema, RecordSchema, SubjectSchema, UserSchema } from '../src/index.ts';

// Issue 12: every exported schema is a plain valibot object schema, so valibot's own methods
// and any Standard Schema consumer work on it as valibot documents them. The schemas are found
// by walking the package's exports, so a schema added later is tested without being listed.

type AnyObjectSchema = v.LooseObjectSchema<v.ObjectEntries, undefined>;

const exported = Object.entries(resources as Record<string, unknown>).filter(
  (entry): entry is [string, AnyObjectSchema] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'kind' in entry[1],
);

// Values no field of any schema reads (each entry refuses at least one of them).
const UNREADABLE: unknown[] = [{ unreadable: true }, 'unreadable', [{ unreadable: true }]];

/** For each entry: a value it accepts (null, or an id when the entry is required) and one it refuses. */
function fieldsOf(schema: AnyObjectSchema) {
  return Object.entries(schema.entries).map(([key, entry]) => {
    const optional = entry.type === 'optional';
    const good = optional ? null : [42, 'id-1'].find((value) => v.is(entry, value));
    const bad = UNREADABLE.find((value) => !v.is(entry, value));
    return { key, entry, optional, good, bad };
  });
}

/** Keys of the issues, as `v.getDotPath` writes them. */
function paths(issues: readonly v.BaseIssue<unknown>[] | undefined): (string | null)[] {
  return (issues ?? []).map((issue) => v.getDotPath(issue));
}

// What a Standard Schema consumer knows (standardschema.dev, v1): no valibot import involved.
interface StandardIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}
type StandardResult =
  | { readonly value: unknown; readonly issues?: undefined }
  | { readonly issues: readonly StandardIssue[] };
interface StandardSchema {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult | Promise<StandardResult>;
  };
}

/** Validates as a Standard Schema consumer does: through `~standard` only. */
async function standardValidate(schema: StandardSchema, value: unknown): Promise<StandardResult> {
  return await schema['~standard'].validate(value);
}

/** A Standard Schema issue's path as plain keys (items may be keys or `{ key }` objects). */
function standardPath(issue: StandardIssue): PropertyKey[] {
  return (issue.path ?? []).map((item) => (typeof item === 'object' ? item.key : item));
}

it('finds every exported schema, each a valibot object schema', () => {
  const names = exported.map(([name]) => name).sort();
  // Every export named like a schema is one, and every schema is named like one.
  const named = Object.keys(resources).filter((name) => name.endsWith('Schema'));
  expect(names).toEqual(named.sort());
  expect(names).toEqual(expect.arrayContaining(['RecordSchema', 'KeywordSchema', 'RoleSchema']));
  expect(names.length).toBeGreaterThanOrEqual(15);
  for (const [name, schema] of exported) {
    expect(schema.kind, name).toBe('schema');
    expect(schema.type, name).toBe('loose_object');
    expect(schema['~standard'].vendor, name).toBe('valibot');
    expect(schema['~standard'].version, name).toBe(1);
  }
});

describe.each(exported)('%s', (_name, schema) => {
  // Read in each test (not while collecting), so a schema that is not valibot's fails its tests.
  const load = () => {
    const fields = fieldsOf(schema);
    const required = fields.filter((f) => !f.optional).map((f) => f.key);
    // Every field present and readable, plus a field the schema does not know.
    const sample = (): Record<string, unknown> => ({
      ...Object.fromEntries(fields.map((f) => [f.key, f.good])),
      notInTheSchema: 'kept',
    });
    return { fields, required, sample };
  };

  it('has fields, an accepted and a refused value for each', () => {
    const { fields } = load();
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) {
      expect(f.good === undefined, `${f.key} accepts nothing tried`).toBe(false);
      expect(f.bad === undefined, `${f.key} refuses nothing tried`).toBe(false);
    }
  });

  it('v.safeParse: reads a valid item, keeps unknown fields, reports missing ids', () => {
    const { fields, required, sample } = load();
    const result = v.safeParse(schema, sample());
    expect(result.success).toBe(true);
    const output = result.output as Record<string, unknown>;
    expect(output.notInTheSchema).toBe('kept');
    for (const f of fields) {
      if (f.optional) expect(output[f.key]).toBeNull();
      else expect(String(output[f.key])).toBe(String(f.good));
    }
    const empty = v.safeParse(schema, {});
    expect(empty.success).toBe(required.length === 0);
    expect(paths(empty.issues)).toEqual(required);
  });

  it('v.getDotPath: names the field of each unreadable value', () => {
    const { fields, sample } = load();
    for (const f of fields) {
      const result = v.safeParse(schema, { ...sample(), [f.key]: f.bad });
      expect(result.success, f.key).toBe(false);
      expect(paths(result.issues)).toEqual([f.key]);
      expect(result.issues![0]!.input).toEqual(f.bad);
    }
  });

  it('v.pick: checks the picked fields only', () => {
    const { fields } = load();
    for (const f of fields) {
      const picked = v.pick(schema, [f.key]);
      expect(Object.keys(picked.entries)).toEqual([f.key]);
      // Every other field is unreadable: the picked schema no longer looks at them.
      const others = Object.fromEntries(fields.map((o) => [o.key, o.bad]));
      const result = v.safeParse(picked, { ...others, [f.key]: f.good });
      expect(result.success, f.key).toBe(true);
      const output = result.output as Record<string, unknown>;
      expect(String(output[f.key])).toBe(String(f.good));
      for (const o of fields) if (o.key !== f.key) expect(output[o.key]).toEqual(o.bad);
      const refused = v.safeParse(picked, { ...others, [f.key]: f.bad });
      expect(paths(refused.issues)).toEqual([f.key]);
    }
  });

  it('v.omit: no longer checks the omitted field, still checks the others', () => {
    const { fields, required, sample } = load();
    for (const f of fields) {
      const omitted = v.omit(schema, [f.key]);
      expect(f.key in omitted.entries).toBe(false);
      const result = v.safeParse(omitted, { ...sample(), [f.key]: f.bad });
      expect(result.success, f.key).toBe(true);
      // The loose object keeps it as an unknown field, exactly as sent.
      expect((result.output as Record<string, unknown>)[f.key]).toEqual(f.bad);
      const other = fields.find((o) => o.key !== f.key);
      if (other) {
        const refused = v.safeParse(omitted, { ...sample(), [other.key]: other.bad });
        expect(paths(refused.issues)).toEqual([other.key]);
      }
    }
    expect(v.safeParse(v.omit(schema, required as [string, ...string[]]), {}).success).toBe(true);
  });

  it('v.partial: every field may be missing, a present one is still read', () => {
    const { fields } = load();
    const partial = v.partial(schema);
    const empty = v.safeParse(partial, {});
    expect(empty.success).toBe(true);
    expect(empty.output).toEqual({});
    for (const f of fields) {
      expect(paths(v.safeParse(partial, { [f.key]: f.bad }).issues)).toEqual([f.key]);
      const one = v.safeParse(partial, { [f.key]: f.good });
      expect(one.success, f.key).toBe(true);
      expect(Object.keys(one.output as object)).toEqual([f.key]);
    }
  });

  it('v.required: every field must be present (null still reads as null)', () => {
    const { fields, sample } = load();
    const all = v.required(schema);
    const full = v.safeParse(all, sample());
    expect(full.success).toBe(true);
    expect((full.output as Record<string, unknown>).notInTheSchema).toBe('kept');
    for (const f of fields) {
      const { [f.key]: _, ...rest } = sample();
      const result = v.safeParse(all, rest);
      expect(result.success, f.key).toBe(false);
      expect(paths(result.issues)).toEqual([f.key]);
    }
    expect(paths(v.safeParse(all, {}).issues)).toEqual(fields.map((f) => f.key));
  });

  it("Standard Schema: ['~standard'].validate, on the schema and on a composed one", async () => {
    const { fields, sample } = load();
    const ok = await standardValidate(schema, sample());
    expect(ok.issues).toBeUndefined();
    expect('value' in ok && ok.value).toEqual(v.parse(schema, sample()));
    for (const f of fields) {
      const failed = await standardValidate(schema, { ...sample(), [f.key]: f.bad });
      expect(failed.issues?.map(standardPath)).toEqual([[f.key]]);
      expect(typeof failed.issues?.[0]?.message).toBe('string');
      const composed = v.omit(schema, [f.key]);
      const passed = await standardValidate(composed, { ...sample(), [f.key]: f.bad });
      expect(passed.issues).toBeUndefined();
      expect('value' in passed && (passed.value as Record<string, unknown>)[f.key]).toEqual(f.bad);
    }
  });
});

describe('composing the exported schemas (exact values)', () => {
  it("the issue's cases: v.omit drops the id, v.partial accepts {}, v.pick ignores the rest", () => {
    const omitted = v.safeParse(v.omit(RecordSchema, ['recordId']), { formKey: 'AE' });
    expect(omitted.success).toBe(true);
    expect(omitted.output).toMatchObject({ formKey: 'AE', siteId: null, deleted: null });
    expect('recordId' in (omitted.output as object)).toBe(false);

    expect(v.safeParse(v.partial(RecordSchema), {})).toMatchObject({ success: true, output: {} });

    const picked = v.parse(v.pick(RecordSchema, ['recordId', 'dateCreated']), {
      recordId: '12',
      dateCreated: '2025-06-05 21:12:08',
      deleted: 'not a boolean',
    });
    expect(picked).toEqual({
      recordId: 12,
      dateCreated: new Date('2025-06-05T21:12:08Z'),
      deleted: 'not a boolean',
    });
  });

  it('v.required and v.partial with a key list touch only those keys', () => {
    const needsForm = v.required(RecordSchema, ['formKey']);
    const missing = v.safeParse(needsForm, { recordId: 1 });
    expect(missing.issues?.map((issue) => v.getDotPath(issue))).toEqual(['formKey']);
    expect(v.parse(needsForm, { recordId: 1, formKey: 'AE' }).formKey).toBe('AE');
    const noId = v.partial(RecordSchema, ['recordId']);
    expect(v.parse(noId, { formKey: 'AE' })).toMatchObject({ formKey: 'AE', siteId: null });
  });

  it('nested paths and Standard Schema paths through lists', async () => {
    const raw = { subjectKey: 'S-1', keywords: [{ keywordId: 1 }, { dateAdded: '31 June' }] };
    const result = v.safeParse(SubjectSchema, raw);
    expect(result.issues?.map((issue) => v.getDotPath(issue))).toEqual(['keywords.1.dateAdded']);
    const standard = await standardValidate(SubjectSchema, raw);
    expect(standard.issues?.map(standardPath)).toEqual([['keywords', 1, 'dateAdded']]);
    const user = await standardValidate(UserSchema, { userId: 'u1', roles: [{ level: '2' }] });
    expect('value' in user && (user.value as resources.User).roles?.[0]?.level).toBe(2);
  });

  it("spreading .entries into a new object schema keeps each field's reading", () => {
    const AeRecordSchema = v.object({
      ...RecordSchema.entries,
      keywords: v.optional(v.array(v.pick(KeywordSchema, ['keywordKey'])), []),
      recordData: v.object({ aeterm: v.string() }),
    });
    const record = v.parse(AeRecordSchema, {
      recordId: '5',
      dateModified: '2025-06-05T21:12:08Z',
      recordData: { aeterm: 'Headache', dropped: 1 },
      dropped: true,
    });
    expect(record).toMatchObject({ recordId: 5, keywords: [], recordData: { aeterm: 'Headache' } });
    expect(record.dateModified?.toISOString()).toBe('2025-06-05T21:12:08.000Z');
    expect('dropped' in record).toBe(false);
    expect('dropped' in record.recordData).toBe(false);
    const refused = v.safeParse(AeRecordSchema, { recordId: 5, recordData: {} });
    expect(refused.issues?.map((issue) => v.getDotPath(issue))).toEqual(['recordData.aeterm']);
  });
});

describe('issues of the exported schemas', () => {
  it('say what was expected, whatever the unreadable value', () => {
    const result = v.safeParse(
      RecordSchema,
      { recordId: 2.5, siteId: '2.5', formId: 1e300, deleted: 'maybe', dateCreated: 5 },
      { abortEarly: false },
    );
    expect(
      result.issues?.map((issue) => [v.getDotPath(issue), issue.message, issue.input]),
    ).toEqual([
      ['recordId', 'Expected an integer id', 2.5],
      ['formId', 'Expected an integer', 1e300],
      ['siteId', 'Expected an integer', '2.5'],
      ['deleted', 'Expected a boolean', 'maybe'],
      ['dateCreated', 'Expected a timestamp', 5],
    ]);
  });
});
