/** Excel's longest sheet name. */
const MAX_LENGTH = 31;

/**
 * A valid Excel sheet name for `wanted`, distinct case-blind from `taken`: the characters
 * Excel refuses (`[]:*?/\`) become `_`, no apostrophe at either end, `History` (reserved)
 * gets a `_`, and the name is cut to 31 characters, its `_2`, `_3` suffix included.
 */
export function xlsxSheetName(wanted: string, taken: readonly string[]): string {
  let base = wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '_');
  if (base === '') base = '_';
  if (base.toLowerCase() === 'history') base = `${base}_`;
  const folded = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `_${n}`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
    if (!folded.has(candidate.toLowerCase())) return candidate;
  }
}
