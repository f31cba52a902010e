/**
 * Counts items by a key, keeping the order keys first appear in.
 *
 * @throws never
 * @example
 * countBy(subjects, (s) => s.subjectStatus ?? '(none)') // Map { 'Enrolled' => 12, ... }
 */
export function countBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
