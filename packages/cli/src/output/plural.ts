/**
 * A count with its noun, singular only for exactly one: `1 study`, `0 studies`, `3 rows`.
 *
 * @throws never
 * @example
 * plural(1, 'study', 'studies'); // '1 study'
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
