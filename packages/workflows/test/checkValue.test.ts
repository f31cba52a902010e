import { describe, expect, it } from 'vitest';
import { checkValue } from '../src/recordUpdate/checkValue.ts';

const cases: [type: string, good: unknown[], bad: unknown[]][] = [
  ['TEXT', ['hello', ''], [12, true, { a: 1 }, ['x'], Number.NaN]],
  ['MEMO', ['a long\nanswer'], [3.5, false, {}]],
  [
    'NUMBER',
    [1, -2.5, '3.25', '1e3', '-.5', 0],
    ['abc', '1,5', Number.POSITIVE_INFINITY, true, '1.2.3'],
  ],
  ['DECIMAL', ['0.001', 7], ['seven']],
  ['INTEGER', [3, '-12', '0'], [3.5, '3.5', 'x', '99999999999999999999', false]],
  [
    'DATE',
    ['2024-02-29', '05-Jun-2025', '31-dec-1999'],
    ['2023-02-29', '2024-13-01', '2024/01/01', '5-Jun-2025', '31-Foo-2020', 20240101, new Date()],
  ],
  ['TIME', ['00:00', '23:59', '12:30:59'], ['24:00', '7:30', '12:60', '12:30:60', 1230]],
  [
    'DATETIME',
    ['2024-01-02 03:04', '2024-01-02T03:04:05Z', '2024-01-02T03:04:05.123+02:00', new Date(0)],
    ['2024-01-02', '2024-02-30 10:00', '2024-01-02 25:00', new Date(Number.NaN)],
  ],
  ['RADIO', ['1', 2, 'Y'], [true, ['1'], { v: 1 }]],
  ['DROPDOWN', ['A'], [[], {}, false]],
  ['CHECKBOX', [true, false, 1, 0, '1', '0', 'TRUE', 'false'], ['yes', 2, 'checked', ['1']]],
  ['CALCULATED', ['x', 1, true], [{}, []]],
];

describe('checkValue', () => {
  for (const [type, good, bad] of cases) {
    it(`${type}: accepts good values and refuses bad ones with a message`, () => {
      for (const value of good)
        expect(checkValue(type, value), `${type} ${String(value)}`).toBeNull();
      for (const value of bad) {
        const message = checkValue(type, value);
        expect(message, `${type} ${String(value)}`).toEqual(expect.any(String));
      }
    });
  }

  it('reads the type in any letter case', () => {
    expect(checkValue('number', 'abc')).toContain('expected a number');
    expect(checkValue('Integer', 1.5)).toContain('integer');
  });

  it('allows empty values (clearing a field) for every type', () => {
    for (const [type] of cases) {
      expect(checkValue(type, null)).toBeNull();
      expect(checkValue(type, undefined)).toBeNull();
      expect(checkValue(type, '')).toBeNull();
    }
  });

  it('checks radio and dropdown values against their choices when known', () => {
    const choices = new Set(['1', '2']);
    expect(checkValue('RADIO', '1', choices)).toBeNull();
    expect(checkValue('RADIO', 2, choices)).toBeNull();
    expect(checkValue('RADIO', '3', choices)).toBe('"3" is not one of the choices "1", "2"');
    expect(checkValue('DROPDOWN', 'x', choices)).toContain('not one of the choices');
  });

  it('accepts a checkbox value that is one of its choices, or a list of them', () => {
    const choices = new Set(['A', 'B']);
    expect(checkValue('CHECKBOX', 'A', choices)).toBeNull();
    expect(checkValue('CHECKBOX', ['A', 'B'], choices)).toBeNull();
    expect(checkValue('CHECKBOX', ['A', 'C'], choices)).toContain('checkbox');
  });

  it('never echoes an object', () => {
    expect(checkValue('TEXT', { secret: 'x' })).toBe('expected text, got an object');
  });
});
