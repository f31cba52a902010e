/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number: `-5` or `+1.5e3` is data, not a formula, and is left alone. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Neutralises a text cell that a spreadsheet would run as a formula, by prefixing a single
 * quote (`=1+1` becomes `'=1+1`). Plain numbers written as text (`-5`) are left unchanged.
 *
 * @throws never.
 * @example
 * neutralizeFormula('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutralizeFormula('-12.5');                  // '-12.5'
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
