import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

// Issue 12: every schema any runtime package exports is valibot's own, so valibot's methods
// and Standard Schema consumers work on it. Resources' test/composition.test.ts checks each
// method on each resource schema in depth; this walks every package's exports, so a schema
// exported elsewhere (JobStatusSchema, a new package's) is held to the same minimum.
const packages = {
  core: () => import('@imednet/core'),
  resources: () => import('@imednet/resources'),
  jobs: () => import('@imednet/jobs'),
  orchestrator: () => import('@imednet/orchestrator'),
  plugins: () => import('@imednet/plugins'),
  workflows: () => import('@imednet/workflows'),
  export: () => import('@imednet/export'),
  sync: () => import('@imednet/sync'),
  codegen: () => import('@imednet/codegen'),
};

type ObjectSchema = v.ObjectSchema<v.ObjectEntries, undefined>;

async function exportedSchemas(): Promise<[string, ObjectSchema][]> {
  const found: [string, ObjectSchema][] = [];
  for (const [pkg, load] of Object.entries(packages)) {
    for (const [name, value] of Object.entries((await load()) as Record<string, unknown>)) {
      if (typeof value === 'object' && value !== null && '~standard' in value) {
        found.push([`${pkg}.${name}`, value as ObjectSchema]);
      }
    }
  }
  return found;
}

describe('every exported schema of every package', () => {
  it('is a valibot object schema whose fields valibot can omit, make optional and require', async () => {
    const schemas = await exportedSchemas();
    const names = schemas.map(([name]) => name);
    // 15 in resources (12 resources and 3 nested items), JobStatusSchema in jobs.
    expect(names.length).toBeGreaterThanOrEqual(16);
    expect(names).toEqual(
      expect.arrayContaining(['resources.RecordSchema', 'jobs.JobStatusSchema']),
    );
    for (const [name, schema] of schemas) {
      expect(schema['~standard'].vendor, name).toBe('valibot');
      expect(['object', 'loose_object', 'strict_object'], name).toContain(schema.type);
      const keys = Object.keys(schema.entries);
      expect(keys.length, name).toBeGreaterThan(0);
      // Every field may be missing once partial; none is checked once omitted.
      expect(v.safeParse(v.partial(schema), {}).success, name).toBe(true);
      const unreadable = { unreadable: Symbol('not JSON') };
      const everyFieldBad = Object.fromEntries(keys.map((key) => [key, unreadable]));
      const omitted = v.omit(schema, keys as [string, ...string[]]);
      expect(v.safeParse(omitted, everyFieldBad).success, name).toBe(true);
      for (const key of keys) {
        // Only `key` is looked at by pick: the others, unreadable, are not checked.
        const picked = v.pick(schema, [key]);
        const result = v.safeParse(picked, { ...everyFieldBad, [key]: undefined });
        const required = v.safeParse(v.required(schema, [key]), {});
        expect(
          required.issues?.some((issue) => v.getDotPath(issue) === key),
          `${name}: v.required(schema, ['${key}']) refuses a missing ${key}`,
        ).toBe(true);
        expect(result.issues?.every((issue) => v.getDotPath(issue) === key) ?? true, name).toBe(
          true,
        );
      }
      // A Standard Schema consumer gets what v.safeParse gets.
      const standard = await schema['~standard'].validate({});
      const parsed = v.safeParse(schema, {});
      expect(standard.issues?.length ?? 0, name).toBe(parsed.issues?.length ?? 0);
    }
  });
});
