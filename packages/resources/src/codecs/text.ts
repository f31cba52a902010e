import * as v from 'valibot';
import { type NullableField, nullable, type RequiredField, required } from './field.ts';

/**
 * Reads a string. A number is accepted and written in decimal: ids the spec calls integers
 * arrive as strings live (`codingId: "C1"`), and the reverse drift is as plausible. `''` is
 * a real (empty) text and stays `''`.
 */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
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
