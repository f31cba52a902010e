import { expect, test } from 'vitest';
import { generateStudyModule } from '../src/index.ts';
import { compile, sandboxClient } from './helpers.ts';

// Each line marked `// error` must be the only place the compiler complains.
const USE = `import type { Client } from '@imednet/core';
import { iterateFormRecords } from '@imednet/codegen';
import { createRecords } from '@imednet/resources';
import * as v from 'valibot';
import {
  DM_FORM_KEY,
  DM_VARIABLES,
  type DmForm,
  type DmRecordData,
  DmRecordDataSchema,
  type StudyForms,
  VsForm,
} from './study.ts';

declare const client: Client;

export async function fine(): Promise<void> {
  await createRecords<typeof DmForm>(client, 'S', [
    { formKey: DM_FORM_KEY, subjectKey: '01-001', data: { SEX: 'F', HEIGHT: 172, BRTHDT: null } },
  ]);
  await createRecords<StudyForms>(client, 'S', [
    { formKey: 'VS', subjectKey: '01-001', intervalName: 'Week 4', data: { SYSBP: 120 } },
    { formKey: 'DM', siteName: 'Chicago', data: { [DM_VARIABLES.SEX]: 'M' } },
  ]);
  // Untyped callers are unchanged.
  await createRecords(client, 'S', [{ formKey: 'ANY', data: { anything: [1, 'two'] } }]);
  const data: DmRecordData = v.parse(DmRecordDataSchema, { HEIGHT: '180' });
  const height: number | null | undefined = data.HEIGHT;
  for await (const record of iterateFormRecords(client, 'S', VsForm)) {
    const systolic: number | null | undefined = record.recordData.SYSBP;
    const id: number = record.recordId;
    void systolic, id;
  }
  void height;
}

export async function wrong(): Promise<void> {
  await createRecords<typeof DmForm>(client, 'S', [
    { formKey: DM_FORM_KEY, subjectKey: '01-001', data: { HIEGHT: 172 } }, // error
  ]);
  await createRecords<typeof DmForm>(client, 'S', [
    { formKey: DM_FORM_KEY, subjectKey: '01-001', data: { HEIGHT: '172' } }, // error
  ]);
  await createRecords<typeof DmForm>(client, 'S', [
    { formKey: 'VS', subjectKey: '01-001', data: { SEX: 'F' } }, // error
  ]);
  await createRecords<StudyForms>(client, 'S', [
    { formKey: 'VS', subjectKey: '01-001', data: { SEX: 'F' } }, // error
  ]);
  await createRecords<typeof DmForm>(client, 'S', [
    { formKey: DM_FORM_KEY, subjectKey: '01-001', data: { CONSENT: true, SEX: 1 } }, // error
  ]);
  for await (const record of iterateFormRecords(client, 'S', VsForm)) {
    const wrongType: string | null | undefined = record.recordData.SYSBP; // error
    const unknownName = record.recordData.HEIGHT; // error
    void wrongType, unknownName;
  }
}
`;

test('a wrong variable name or value type does not compile; right ones do', async () => {
  const { client } = sandboxClient();
  const study = await generateStudyModule(client, 'PHARMADEMO');
  const errors = compile({ 'study.ts': study, 'use.ts': USE });
  const marked = USE.split('\n').flatMap((line, i) => (line.endsWith('// error') ? [i + 1] : []));
  expect(marked).toHaveLength(7);
  expect(errors.filter((e) => e.file !== 'use.ts')).toEqual([]);
  expect([...new Set(errors.map((e) => e.line))]).toEqual(marked);
  const at = (n: number) => errors.find((e) => e.line === marked[n])!.message;
  expect(at(0)).toMatch(/'HIEGHT' does not exist/);
  expect(at(1)).toMatch(/Type 'string' is not assignable to type 'number'/);
  expect(at(4)).toMatch(/Type 'number' is not assignable to type 'string'/);
  expect(at(6)).toMatch(/Property 'HEIGHT' does not exist on type 'VsRecordData'/);
}, 180_000);
