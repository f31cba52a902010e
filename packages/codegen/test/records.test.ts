import {
  createClient,
  type Hooks,
  isResponseValidationError,
  type ResponseValidationError,
} from '@imednet/core';
import { iterateRecords } from '@imednet/resources';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { generateStudyModule, iterateFormRecords, renderStudyModule } from '../src/index.ts';
import { EDGE } from './edgeMetadata.ts';
import { loadModule, sandboxClient } from './helpers.ts';

describe('generated schemas against the sandbox records', () => {
  test('every record of every study validates against its form schema', async () => {
    const { sandbox, client } = sandboxClient({ recordsPerStudy: 400 });
    for (const studyKey of sandbox.studyKeys) {
      const module = await loadModule(await generateStudyModule(client, studyKey));
      expect(module.STUDY_KEY).toBe(studyKey);
      const byKey = new Map(module.FORMS.map((form) => [form.formKey, form]));
      let total = 0;
      for await (const record of iterateRecords(client, studyKey)) {
        const form = byKey.get(record.formKey!);
        expect(form, `form ${record.formKey}`).toBeDefined();
        const result = v.safeParse(form!.schema, record.recordData);
        expect(result.issues, `record ${record.recordId}`).toBeUndefined();
        total += 1;
      }
      expect(total).toBeGreaterThanOrEqual(400);
      // The same records through iterateFormRecords, form by form: none rejected, none lost.
      let typed = 0;
      for (const form of module.FORMS) {
        for await (const record of iterateFormRecords(client, studyKey, form)) {
          expect(record.formKey).toBe(form.formKey);
          typed += 1;
        }
      }
      expect(typed).toBe(total);
    }
  }, 180_000);

  test('values sent as text are read as the variable type; blanks as null', async () => {
    const { client } = sandboxClient();
    const module = await loadModule(await generateStudyModule(client, 'PHARMADEMO'));
    const dm = module.FORMS.find((form) => form.formKey === 'DM')!;
    expect(
      v.parse(dm.schema, { HEIGHT: '181', WEIGHT: '70.5', SEX: 'F', BRTHDT: '', RACE: null }),
    ).toEqual({ HEIGHT: 181, WEIGHT: 70.5, SEX: 'F', BRTHDT: null, RACE: null });
    const reg = module.FORMS.find((form) => form.formKey === 'REG')!;
    expect(v.parse(reg.schema, { CONSENT: 'true' })).toEqual({ CONSENT: true });
    expect(v.parse(reg.schema, { CONSENT: 0 })).toEqual({ CONSENT: false });
  });

  test('a changed value fails, naming the variable', async () => {
    const { client } = sandboxClient();
    const module = await loadModule(await generateStudyModule(client, 'PHARMADEMO'));
    const dm = module.FORMS.find((form) => form.formKey === 'DM')!;
    for (const [name, value] of [
      ['HEIGHT', 'tall'],
      ['HEIGHT', Number.POSITIVE_INFINITY],
      ['WEIGHT', true],
      ['BRTHDT', '1980/01/01'],
      ['SEX', ['M']],
      ['UNKNOWN_VAR', 'x'],
    ] as const) {
      const result = v.safeParse(dm.schema, { SEX: 'M', [name]: value });
      expect(result.success, `${name}=${String(value)}`).toBe(false);
      expect(result.issues!.map((issue) => issue.path?.[0]?.key)).toContain(name);
    }
  });

  test('iterateFormRecords names the variable of a value that does not fit (throw and report)', async () => {
    const { sandbox } = sandboxClient();
    // The server sends one DM record with a height that is not a number.
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await sandbox.fetch(input as Request, init);
      if (!String((input as Request).url ?? input).includes('/records')) return response;
      const body = (await response.json()) as { data: { recordData: Record<string, unknown> }[] };
      if (body.data[1]) body.data[1].recordData.HEIGHT = 'tall';
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: response.headers,
      });
    };
    const issues: Parameters<NonNullable<Hooks['onValidationIssue']>>[0][] = [];
    const client = createClient({
      ...sandbox.credentials,
      baseUrl: sandbox.baseUrl,
      allowInsecure: true,
      fetch,
      hooks: { onValidationIssue: (state) => issues.push(state) },
    });
    const module = await loadModule(await generateStudyModule(client, 'PHARMADEMO'));
    const dm = module.FORMS.find((form) => form.formKey === 'DM')!;

    let caught: ResponseValidationError | undefined;
    try {
      for await (const _ of iterateFormRecords(client, 'PHARMADEMO', dm)) void _;
    } catch (error) {
      if (isResponseValidationError(error)) caught = error;
    }
    expect(caught?.path).toBe('recordData.HEIGHT');
    expect(caught?.value).toBe('tall');
    expect(caught?.message).toContain('recordData.HEIGHT');

    const seen: unknown[] = [];
    for await (const record of iterateFormRecords(client, 'PHARMADEMO', dm, undefined, {
      onInvalid: 'report',
    })) {
      seen.push(record.recordData.HEIGHT);
    }
    expect(seen[1]).toBe('tall');
    expect(seen.filter((height) => typeof height === 'number').length).toBe(seen.length - 1);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      resource: 'records',
      path: 'recordData.HEIGHT',
      value: 'tall',
    });
  });
});

test('INTEGER, TIME, DATETIME and unknown types read as the API sends them', async () => {
  const module = await loadModule(renderStudyModule(EDGE));
  const form = module.FORMS.find((f) => f.formKey === '1ST-VISIT')!;
  const ok = (data: Record<string, unknown>) => v.parse(form.schema, data);
  const bad = (data: Record<string, unknown>) =>
    v.safeParse(form.schema, data).issues?.map((issue) => issue.path?.[0]?.key);
  // toMatchObject: valibot reads a missing `constructor` from Object.prototype (README).
  expect(ok({ default: '-12', '2ND': '09:30', "it's": '2024-02-03 10:20:30' })).toMatchObject({
    default: -12,
    '2ND': '09:30',
    "it's": '2024-02-03 10:20:30',
  });
  expect(ok({ default: 7, '2ND': '23:59:59', "it's": '2024-02-03T10:20:30.123Z' })).toMatchObject({
    default: 7,
  });
  expect(ok({ 'x"y': { any: 'thing' }, constructor: [1] })).toEqual({
    'x"y': { any: 'thing' },
    constructor: [1],
  });
  expect(bad({ default: '1.5' })).toEqual(['default']);
  expect(bad({ default: 2 ** 60 })).toEqual(['default']);
  expect(bad({ '2ND': '24:00' })).toEqual(['2ND']);
  expect(bad({ "it's": '2024-02-03' })).toEqual(["it's"]);
  expect(bad({ 'ae term': 5 })).toEqual(['ae term']);
});
