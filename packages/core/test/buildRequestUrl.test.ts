import { describe, expect, test } from 'vitest';
import { buildRequestUrl, isInvalidInputError } from '../src/index.ts';
import { API_KEY } from './helpers.ts';

const client = { baseUrl: 'https://edc.test.example/api/v1/edc' };

function refusal(path: unknown[]): unknown {
  try {
    buildRequestUrl(client, { path: path as string[] });
  } catch (error) {
    return error;
  }
  throw new Error(`accepted ${JSON.stringify(path)}`);
}

describe('buildRequestUrl', () => {
  test('percent-encodes each segment and skips undefined query values', () => {
    expect(
      buildRequestUrl(client, {
        path: ['studies', 'A B?#&=é', 'sites'],
        query: { page: 0, size: 10, filter: 'a==b;c', skip: undefined },
      }),
    ).toBe(
      'https://edc.test.example/api/v1/edc/studies/A%20B%3F%23%26%3D%C3%A9/sites?page=0&size=10&filter=a%3D%3Db%3Bc',
    );
  });

  test('keeps dots, dashes and colons that are not a whole dot segment', () => {
    expect(buildRequestUrl(client, { path: ['studies', '...', 'a.b', 'x..y', 'A-1:2'] })).toBe(
      'https://edc.test.example/api/v1/edc/studies/.../a.b/x..y/A-1%3A2',
    );
  });

  test.each([
    ['empty', ''],
    ['.', '.'],
    ['..', '..'],
    ['../', '../S1'],
    ['a slash inside', 'A/B'],
    ['..\\', '..\\S1'],
    ['a backslash', 'A\\B'],
    ['%2e%2e', '%2e%2e'],
    ['%2E%2E%2F', '%2E%2E%2F'],
    ['.%2e', '.%2e'],
    ['a percent sign', '100%'],
    ['CR/LF', 'S\r\nx-injected: 1'],
    ['LF', 'S\n'],
    ['CR', '\rS'],
    ['NUL', 'S\0'],
    ['TAB', 'S\tT'],
    ['DEL', 'S\x7f'],
    ['a C1 control (NEL)', 'S\x85T'],
    ['only spaces', '   '],
    ['only a no-break space', '\u00a0'],
    ['20,000 characters', 'S'.repeat(20_000)],
    ['256 characters', 'S'.repeat(256)],
  ])('refuses %s in the study key, naming where it is', (_name, key) => {
    const error = refusal(['studies', key, 'sites']);
    expect(isInvalidInputError(error)).toBe(true);
    const { details, message } = error as {
      details: { index: number; field: string }[];
      message: string;
    };
    expect(details).toEqual([expect.objectContaining({ index: 1, field: 'path' })]);
    expect(message).toContain(
      'the value after studies/ must be a string of 1 to 255 characters, not blank, . or .., without /, \\, % or control characters',
    );
  });

  test('accepts a key of 255 characters and one with inner spaces', () => {
    expect(buildRequestUrl(client, { path: ['studies', 'S'.repeat(255)] })).toContain(
      'S'.repeat(255),
    );
    expect(buildRequestUrl(client, { path: ['studies', 'MY STUDY'] })).toContain(
      '/studies/MY%20STUDY',
    );
  });

  test('names the first segment and later segments by what precedes them', () => {
    expect((refusal(['..']) as Error).message).toContain('#0 path: the value after / must');
    const error = refusal(['studies', 'S1', 'jobs', 'b/1']) as { details: { index: number }[] };
    expect(error.details[0]?.index).toBe(3);
    expect((error as unknown as Error).message).toContain('#3 path: the value after jobs/ must');
  });

  test('never echoes a refused value (a key passed by mistake stays hidden)', () => {
    for (const key of [`${API_KEY}/x`, `${API_KEY}\n`, `${API_KEY}%`]) {
      const error = refusal(['studies', key]) as Error & { details: unknown };
      expect(`${error.message} ${JSON.stringify(error.details)} ${error.stack}`).not.toContain(
        API_KEY,
      );
    }
  });

  test('refuses a segment that is not a string and a path that is not an array', () => {
    for (const segment of [7, undefined, null, ['S1']]) {
      const error = refusal(['studies', segment, 'sites']) as Error;
      expect(isInvalidInputError(error)).toBe(true);
      expect(error.message).toContain('the value after studies/ must be a string');
    }
    expect(isInvalidInputError(refusal('studies' as unknown as unknown[]))).toBe(true);
  });
});
