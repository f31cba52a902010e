/**
 * The UTC month of a date, `YYYY-MM`: the step of every trend line.
 *
 * @throws never
 * @example
 * monthOf(new Date('2024-03-09T10:00:00Z')) // '2024-03'
 */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/**
 * Every month from the first to the last given, in order, so a trend has no gaps.
 *
 * @throws never
 * @example
 * monthRange(['2024-11', '2025-01']) // ['2024-11', '2024-12', '2025-01']
 */
export function monthRange(months: Iterable<string>): string[] {
  const sorted = [...new Set(months)].sort();
  if (sorted.length === 0) return [];
  const out: string[] = [];
  let [year, month] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}
