/**
 * Makes names unique by adding `_2`, `_3`, ... to later repeats, comparing case-blind when
 * the target is (SQLite and DuckDB column and table names are case-insensitive).
 *
 * @throws never.
 * @example
 * uniqueNames(['AE', 'ae'], { caseInsensitive: true }); // ['AE', 'ae_2']
 */
export function uniqueNames(
  names: readonly string[],
  options: { caseInsensitive?: boolean; taken?: Iterable<string> } = {},
): string[] {
  const fold = options.caseInsensitive ? (s: string) => s.toLowerCase() : (s: string) => s;
  const used = new Set<string>();
  for (const name of options.taken ?? []) used.add(fold(name));
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(fold(candidate)); n++) candidate = `${name}_${n}`;
    used.add(fold(candidate));
    return candidate;
  });
}
