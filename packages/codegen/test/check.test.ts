import { isInvalidInputError } from '@imednet/core';
import { describe, expect, test } from 'vitest';
import {
  checkStudyModule,
  describeStudyChange,
  generateStudyModule,
  renderStudyModule,
} from '../src/index.ts';
import { diffShapes } from '../src/internal/diffShapes.ts';
import { readManifest } from '../src/internal/readManifest.ts';
import { EDGE } from './edgeMetadata.ts';
import { sandboxClient } from './helpers.ts';

describe('checkStudyModule', () => {
  test('a fresh module is up to date, also after biome and a new metadata date', async () => {
    const { client } = sandboxClient();
    const source = await generateStudyModule(client, 'CARDIO-202');
    expect(await checkStudyModule(client, 'CARDIO-202', source)).toEqual({
      studyKey: 'CARDIO-202',
      changes: [],
      upToDate: true,
    });
    const relabelled = source
      .replace(/as of [^ ]+\./, 'as of 1999-01-01T00:00:00.000Z.')
      .replace(/\n/g, '\r\n');
    expect((await checkStudyModule(client, 'CARDIO-202', relabelled)).upToDate).toBe(true);
  });

  test('lists variables added, removed and retyped, and forms added and removed', async () => {
    const before = sandboxClient();
    const source = await generateStudyModule(before.client, 'PHARMADEMO');
    const after = sandboxClient({
      variableChanges: [
        { formKey: 'DM', variableName: 'HEIGHT', type: 'TEXT' },
        { formKey: 'VS', variableName: 'PULSE', type: 'NUMBER' },
        { formKey: 'DM', variableName: 'RACE', remove: true },
      ],
    });
    const check = await checkStudyModule(after.client, 'PHARMADEMO', source);
    expect(check.upToDate).toBe(false);
    expect(check.changes.map(describeStudyChange)).toEqual([
      '- variable DM.RACE (DROPDOWN)',
      '~ variable DM.HEIGHT: NUMBER -> TEXT',
      '+ variable VS.PULSE (NUMBER)',
    ]);
    // A module missing a form, and one with a form the study no longer has.
    const fewer = source.replace(
      /\/\*\* The form key of Vital Signs[\s\S]*?(?=\/\*\* Every form)/,
      '',
    );
    expect(fewer).not.toContain('VsForm = {');
    const added = (await checkStudyModule(before.client, 'PHARMADEMO', fewer)).changes;
    expect(added[0]).toEqual({ kind: 'formAdded', formKey: 'VS' });
    expect(added.slice(1).map(describeStudyChange)).toEqual([
      '+ variable VS.VSDT (DATE)',
      '+ variable VS.SYSBP (NUMBER)',
      '+ variable VS.DIABP (NUMBER)',
      '+ variable VS.TEMP (FLOAT)',
      '+ variable VS.VSNOTE (MEMO)',
    ]);
  });

  test('reads back awkward names: quoted, long, colliding, empty forms', async () => {
    const manifest = readManifest(renderStudyModule(EDGE));
    expect(manifest?.studyKey).toBe(EDGE.studyKey);
    expect(manifest?.shape).toEqual(
      new Map(
        EDGE.forms.map((f) => [f.formKey, new Map(f.variables.map((v) => [v.name, v.type]))]),
      ),
    );
    const { client } = sandboxClient();
    await expect(checkStudyModule(client, 'PHARMADEMO', renderStudyModule(EDGE))).rejects.toSatisfy(
      (error) =>
        isInvalidInputError(error) && /generated from study ODD 'STUDY'/.test(error.message),
    );
  });

  test('a form the study no longer has is reported once, without its variables', () => {
    const before = new Map([
      ['OLD', new Map([['X', 'TEXT']])],
      ['KEEP', new Map([['Y', 'number']])],
    ]);
    const after = new Map([['KEEP', new Map([['Y', 'NUMBER']])]]);
    expect(diffShapes(before, after).map(describeStudyChange)).toEqual([
      '~ variable KEEP.Y: number -> NUMBER',
      '- form OLD',
    ]);
  });

  test('text that is not a generated module is refused', async () => {
    const { client } = sandboxClient();
    await expect(checkStudyModule(client, 'PHARMADEMO', 'export const x = 1;\n')).rejects.toSatisfy(
      isInvalidInputError,
    );
  });
});
