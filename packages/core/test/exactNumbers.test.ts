import { api, BASE, testClient, useNock } from '@imednet/test-support';
import { describe, expect, test } from 'vitest';
import { ExactNumber, isExactNumber, isResponseValidationError, request } from '../src/index.ts';

useNock();

/** Serves `text` as the raw body of GET /studies and returns what request parses. */
async function parsed(text: string): Promise<unknown> {
  const scope = api()
    .get(`${BASE}/studies`)
    .reply(200, text, { 'content-type': 'application/json' });
  try {
    return await request(testClient(), { method: 'GET', path: ['studies'] });
  } finally {
    scope.done();
  }
}

describe('numbers beyond double precision', () => {
  test('keeps an integer beyond 2^53 and a number out of double range exactly', async () => {
    const body = (await parsed(
      '{"recordData":{"LBVAL":12345678901234567891,"HUGE":1e400,"TINY":-1.5e-400,"PI":3.14159265358979323846,"ID":9007199254740993}}',
    )) as { recordData: Record<string, unknown> };
    const data = body.recordData;
    for (const [key, text] of [
      ['LBVAL', '12345678901234567891'],
      ['HUGE', '1e400'],
      ['TINY', '-1.5e-400'],
      ['PI', '3.14159265358979323846'],
      ['ID', '9007199254740993'],
    ] as const) {
      expect(isExactNumber(data[key]), key).toBe(true);
      expect(String(data[key])).toBe(text);
    }
    expect(Number(data.HUGE)).toBe(Number.POSITIVE_INFINITY);
    expect(JSON.stringify(data.LBVAL)).toBe('"12345678901234567891"');
  });

  test('numbers a double holds stay plain numbers, also beside an exact one', async () => {
    const body = (await parsed(
      '{"big":12345678901234567891,"safe":9007199254740991,"long":1234567890123456,"dec":0.1,"exp":1.5e300,"neg":-0.25,"zero":0.0000000000000001,"text":"12345678901234567891"}',
    )) as Record<string, unknown>;
    expect(isExactNumber(body.big)).toBe(true);
    expect(body).toMatchObject({
      safe: 9007199254740991,
      long: 1234567890123456,
      dec: 0.1,
      exp: 1.5e300,
      neg: -0.25,
      zero: 1e-16,
      text: '12345678901234567891',
    });
  });

  test('the lossless path parses as JSON.parse does otherwise', async () => {
    const text =
      '{"a":[1,{"b":null,"c":true}],"a":"last wins","s":"\\u00e9\\n","__proto__":{"x":1},"n":12345678901234567891}';
    const body = (await parsed(text)) as Record<string, unknown>;
    const plain = JSON.parse(text.replace('12345678901234567891', '0'));
    expect({ ...body, n: 0 }).toEqual({ ...plain, n: 0 });
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('a body that is not JSON is still a ResponseValidationError on either path', async () => {
    for (const text of ['{"n": 12345678901234567891,', '{"n": 1,']) {
      const error = await parsed(text).catch((e: unknown) => e);
      expect(isResponseValidationError(error), text).toBe(true);
    }
  });

  test('ExactNumber refuses a text that is not a JSON number', () => {
    expect(new ExactNumber('-12.5e+3').toString()).toBe('-12.5e+3');
    for (const text of ['', 'NaN', '1e', '0x10', ' 1', '01']) {
      expect(() => new ExactNumber(text), text).toThrow(TypeError);
    }
  });
});
