import { describe, expect, test } from 'vitest';
import { generateStudyModule, renderStudyModule } from '../src/index.ts';
import { EDGE } from './edgeMetadata.ts';
import { compile, sandboxClient } from './helpers.ts';

describe('generated modules compile under strict', () => {
  test('every sandbox study, with no compiler error', async () => {
    const { sandbox, client } = sandboxClient({ studyCount: 5 });
    const files: Record<string, string> = {};
    for (const key of sandbox.studyKeys) {
      files[`${key}.ts`] = await generateStudyModule(client, key);
    }
    expect(Object.keys(files)).toHaveLength(5);
    files['edge.ts'] = renderStudyModule(EDGE);
    expect(compile(files)).toEqual([]);
    // Also with the options strict leaves off that projects often turn on.
    expect(
      compile(files, { noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true }),
    ).toEqual([]);
  }, 180_000);

  test('names that are not identifiers, unknown types, empty and colliding forms', () => {
    const source = renderStudyModule(EDGE);
    expect(source).toContain("'ae term': field(text),");
    expect(source).toContain('"it\'s": field(dateTime),');
    expect(source).toContain('export const Form1stVisitForm = {');
  });
});
