const BRAND = Symbol.for('imednet.ExactNumber');

/**
 * A JSON number that a JavaScript `number` cannot hold exactly (an integer beyond
 * `Number.MAX_SAFE_INTEGER`, more than about 15 significant digits, or out of double range
 * such as `1e400`), kept as the digits the server sent. Response bodies give one in place of
 * such a number; every other number stays a plain `number`.
 *
 * @example
 * const big = new ExactNumber('12345678901234567891');
 * big.toString(); // '12345678901234567891'
 * BigInt(big.toString()); // 12345678901234567891n
 */
export class ExactNumber {
  /** The number's JSON text, as sent. */
  readonly text: string;

  /** @throws {TypeError} when `text` is not a JSON number. */
  constructor(text: string) {
    if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) {
      throw new TypeError('ExactNumber takes the text of a JSON number');
    }
    this.text = text;
  }

  /** The exact digits, as sent. */
  toString(): string {
    return this.text;
  }

  /**
   * The nearest `number` (for arithmetic and comparison only: it may be rounded, or
   * `Infinity` for `1e400`). Use `toString()` wherever the value is stored or shown.
   */
  valueOf(): number {
    return Number(this.text);
  }

  /** `JSON.stringify` writes the exact digits, as a string (JSON.stringify has no raw numbers). */
  toJSON(): string {
    return this.text;
  }

  get [BRAND](): true {
    return true;
  }
}

/**
 * Whether a value is an {@link ExactNumber} (also one from another copy of this package).
 *
 * @example
 * if (isExactNumber(record.recordData.LBVAL)) console.log(String(record.recordData.LBVAL));
 */
export function isExactNumber(value: unknown): value is ExactNumber {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}
