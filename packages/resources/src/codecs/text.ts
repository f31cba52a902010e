import { isExactNumber } from '@imednet/core';
import * as v from 'valibot';
import { type NullableField, nullable, type RequiredField, required } from './field.ts';

/**
 * Reads a string. A number is accepted and written in decimal: ids the spec calls integers
 * arrive as strings live (`codingId: "C1"`), and the reverse drift is as plausible. `''` is
 * a real (empty) text and stays `''`. A number beyond double precision (`ExactNumber`, say a
 * 20-digit key) is its exact digits, as sent.
 */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isExactNumber(value)) return value.text;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** A text field: `string`, or `null` when missing or null. */
// @__NO_SIDE_EFFECTS__
export function text(): NullableField<string> {
  return nullable('a string', readText, v.string());
}

/** A text id every item carries; `''` is refused. */
// @__NO_SIDE_EFFECTS__
export function textId(): RequiredField<string> {
  return required('a non-empty string id', (value) => readText(value) || undefined);
}
