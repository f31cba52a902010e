import { parse } from 'lossless-json';
import { ExactNumber } from './ExactNumber.ts';

/**
 * Any run of 16 digits (one decimal point allowed among them) or a 3-digit exponent: the only
 * number texts that may not survive a double. Strings that look so only cost a slower parse.
 */
const MAYBE_INEXACT = /\d(?:\.?\d){15}|[eE][+-]?\d{3}/;

/**
 * Parses a JSON text. Numbers a `number` cannot hold exactly become {@link ExactNumber}; so
 * that the common body keeps `JSON.parse` speed, the lossless parser runs only when a cheap
 * scan finds a number text that may be such a one.
 *
 * @throws {SyntaxError} when the text is not JSON.
 * @example
 * parseJsonText('{"LBVAL": 12345678901234567891}'); // { LBVAL: ExactNumber('12345678901234567891') }
 */
export function parseJsonText(text: string): unknown {
  if (!MAYBE_INEXACT.test(text)) return JSON.parse(text);
  return parse(text, null, {
    parseNumber: (digits) => (holdsExactly(digits) ? Number(digits) : new ExactNumber(digits)),
    // As JSON.parse: the last of duplicate keys wins.
    onDuplicateKey: ({ newValue }) => newValue,
  });
}

/**
 * Whether a `number` gives back the text's value: an integer text must be a safe integer
 * (ids are compared and converted to BigInt); any other text must keep its significant digits
 * (`1.5e300` does, `0.12345678901234567891` and `1e400` do not).
 */
function holdsExactly(text: string): boolean {
  const value = Number(text);
  if (/^-?\d+$/.test(text)) return Number.isSafeInteger(value);
  return Number.isFinite(value) && significant(String(value)) === significant(text);
}

function significant(text: string): string {
  const mantissa = text.replace(/[eE].*$/, '').replace(/[-.]/g, '');
  return mantissa.replace(/^0+/, '').replace(/0+$/, '');
}
