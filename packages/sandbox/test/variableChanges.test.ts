import { describe, expect, test } from 'vitest';
import { createSandbox } from '../src/index.ts';
import { all, setup } from './helpers.ts';

describe('variableChanges: a study build that changed', () => {
  const changes = [
    { formKey: 'DM', variableName: 'HEIGHT', type: 'TEXT' },
    { formKey: 'VS', variableName: 'PULSE', type: 'NUMBER', label: 'Pulse' },
    { formKey: 'DM', variableName: 'RACE', remove: true },
  ] as const;

  test('variables are retyped, added and removed; records follow', async () => {
    const { get, key } = setup({ recordsPerStudy: 100, variableChanges: changes });
    const variables = await all(get, `/studies/${key}/variables`);
    const find = (form: string, name: string) =>
      variables.find((v) => v.formKey === form && v.variableName === name);
    expect(find('DM', 'HEIGHT')?.variableType).toBe('TEXT');
    expect(find('VS', 'PULSE')).toMatchObject({ variableType: 'NUMBER', label: 'Pulse' });
    expect(find('DM', 'RACE')).toBeUndefined();
    expect(find('DM', 'SEX')?.variableType).toBe('RADIO');

    const dm = await all(get, `/studies/${key}/records?filter=formKey==DM`);
    expect(dm.length).toBeGreaterThan(0);
    for (const record of dm) {
      const data = record.recordData as Record<string, unknown>;
      expect(typeof data.HEIGHT === 'string').toBe(true);
      expect('RACE' in data).toBe(false);
    }
    const vs = await all(get, `/studies/${key}/records?filter=formKey==VS`);
    expect(
      vs.some((r) => typeof (r.recordData as Record<string, unknown>).PULSE === 'number'),
    ).toBe(true);
  });

  test('the unchanged sandbox is untouched', async () => {
    const { get, key } = setup({ recordsPerStudy: 20 });
    const variables = await all(get, `/studies/${key}/variables`);
    expect(variables.find((v) => v.variableName === 'HEIGHT')?.variableType).toBe('NUMBER');
    expect(variables.some((v) => v.variableName === 'PULSE')).toBe(false);
  });

  test('a change naming an unknown form, type or variable is refused', () => {
    expect(() =>
      createSandbox({ variableChanges: [{ formKey: 'NOPE', variableName: 'X', type: 'TEXT' }] }),
    ).toThrow(/no form "NOPE"/);
    expect(() =>
      createSandbox({
        variableChanges: [{ formKey: 'DM', variableName: 'X', type: 'BLOB' as 'TEXT' }],
      }),
    ).toThrow(TypeError);
    expect(() =>
      createSandbox({ variableChanges: [{ formKey: 'DM', variableName: 'X', remove: true }] }),
    ).toThrow(/no variable "X"/);
  });
});
