/**
 * The candidates closest to a misspelt word, for "did you mean": those within an edit
 * distance of about a third of the word (at least 1, at most 3), nearest first, or those
 * starting with it when nothing is that close.
 *
 * @throws never
 * @example
 * suggest('sites lst', ['sites list', 'sites get']); // ['sites list']
 */
function suggest(word: string, candidates: readonly string[]): string[] {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  const scored = [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate) }))
    .filter((entry) => entry.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  if (scored.length > 0) return scored.slice(0, 3).map((entry) => entry.candidate);
  if (word.length < 2) return [];
  return candidates.filter((candidate) => candidate.startsWith(word)).slice(0, 3);
}

/**
 * ` (did you mean 'x'?)`, or an empty string when nothing is close.
 *
 * @throws never
 * @example
 * didYouMean('--fitler', ['--filter', '--sort']); // " (did you mean '--filter'?)"
 */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const found = suggest(word, candidates);
  if (found.length === 0) return '';
  return ` (did you mean ${found.map((candidate) => `'${candidate}'`).join(' or ')}?)`;
}

// Optimal string alignment distance: a swap of two neighbours counts as one edit.
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
