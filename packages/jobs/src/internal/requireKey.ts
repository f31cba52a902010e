import { InvalidInputError } from '@imednet/core';

/** Refuses anything but a non-empty string for a key the URL needs (study key, batch id). */
export function requireKey(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError({ details: [{ field, message: 'must be a non-empty string' }] });
  }
  return value;
}
