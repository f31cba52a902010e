import { InvalidParameterError } from '../../errors/InvalidParameterError.ts';
import type { FieldKind } from '../collection.ts';
import { parseDate } from '../dates.ts';
import type { Condition, Filter } from './parseFilter.ts';

/** How a value compares: the field kinds plus plain numbers (recordData). */
export type ValueKind = FieldKind | 'number';

/** A compiled test on one value; `true`/`false` when it is known without looking. */
export type Predicate<T> = ((item: T) => boolean) | boolean;

const NUMBER = /^-?\d+(\.\d+)?$/;

function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && NUMBER.test(v)) return Number(v);
  return Number.NaN;
}

function order(op: Condition['op'], c: number): boolean {
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    default:
      return false;
  }
}

/**
 * Compiles one condition into a test of a field value, comparing numbers as numbers, dates
 * as instants and booleans as booleans. A blank or missing value never matches.
 */
export function compileCondition(
  cond: Condition,
  kind: ValueKind,
  param: string,
): (value: unknown) => boolean {
  const { op, value, attribute } = cond;
  const bad = (why: string): never => {
    throw new InvalidParameterError({ message: `Invalid ${param}: ${why}`, attribute, value });
  };
  if (op === '=~') {
    const needle = value.toLowerCase();
    return (v) => v !== null && v !== undefined && String(v).toLowerCase().includes(needle);
  }
  switch (kind) {
    case 'integer':
    case 'number': {
      if (!NUMBER.test(value)) bad(`${attribute} takes a number, not "${value}"`);
      const n = Number(value);
      return (v) => {
        const x = toNumber(v);
        return !Number.isNaN(x) && order(op, x < n ? -1 : x > n ? 1 : 0);
      };
    }
    case 'boolean': {
      if (value !== 'true' && value !== 'false') bad(`${attribute} takes true or false`);
      if (op !== '==' && op !== '!=') bad(`${attribute} is a boolean: only == and != apply`);
      const b = value === 'true';
      return (v) => {
        if (v === '' || v === null || v === undefined) return false;
        const x = v === true || v === 'true' || v === '1' || v === 1;
        return op === '==' ? x === b : x !== b;
      };
    }
    case 'timestamp':
    case 'date': {
      const t = parseDate(value);
      if (Number.isNaN(t))
        bad(`${attribute} takes a date (YYYY-MM-DD or ISO 8601), not "${value}"`);
      return (v) => {
        if (typeof v !== 'string' || v === '') return false;
        const x = parseDate(v);
        return !Number.isNaN(x) && order(op, x < t ? -1 : x > t ? 1 : 0);
      };
    }
    default:
      return (v) => {
        if (v === null || v === undefined) return false;
        const x = String(v);
        return order(op, x < value ? -1 : x > value ? 1 : 0);
      };
  }
}

/**
 * Compiles a parsed filter into one predicate. `kindOf` names each attribute's kind (or
 * refuses it); `constants` are attributes equal on every item (the study key), decided now,
 * so the common `studyKey==K` filter costs nothing on a large study.
 */
export function compileFilter<T>(
  filter: Filter,
  param: string,
  kindOf: (attribute: string, value: string) => ValueKind,
  read: (item: T, attribute: string) => unknown,
  constants: Readonly<Record<string, unknown>> = {},
): Predicate<T> {
  const branches: ((item: T) => boolean)[] = [];
  for (const group of filter) {
    const tests: ((item: T) => boolean)[] = [];
    let possible = true;
    for (const cond of group) {
      const test = compileCondition(cond, kindOf(cond.attribute, cond.value), param);
      if (cond.attribute in constants) {
        if (!test(constants[cond.attribute])) possible = false;
        continue;
      }
      const attribute = cond.attribute;
      tests.push((item) => test(read(item, attribute)));
    }
    if (!possible) continue;
    if (tests.length === 0) return true;
    branches.push(tests.length === 1 ? tests[0]! : (item) => tests.every((t) => t(item)));
  }
  if (branches.length === 0) return false;
  if (branches.length === 1) return branches[0]!;
  return (item) => branches.some((b) => b(item));
}
