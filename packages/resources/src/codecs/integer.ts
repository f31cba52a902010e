import * as v from 'valibot';
import { type NullableField, nullable, type RequiredField, required } from './field.ts';

/** Reads an integer, also when sent as a string (`"42"`); `''` is "not given". */
export function readInteger(value: unknown): number | null | undefined {
  if (value === '') return null;
  const n = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
  return Number.isSafeInteger(n) ? (n as number) : undefined;
}

// A check, not `v.pipe(v.number(), v.safeInteger())`: 2.5 must fall through to the reader and
// its "Expected an integer" issue, as every other unreadable value does.
const safeInteger = () => v.custom<number>(Number.isSafeInteger);

/** An integer field: `number`, or `null`. */
// @__NO_SIDE_EFFECTS__
export function integer(): NullableField<number> {
  return nullable('an integer', readInteger, safeInteger());
}

/** An integer id that every item carries. */
// @__NO_SIDE_EFFECTS__
export function integerId(): RequiredField<number> {
  return required('an integer id', readInteger, safeInteger());
}
