/**
 * Splits values into chunks for an OR filter on one field, so that each filter string stays
 * well inside the server's and core's bounds (50 branches, 4 KB). `perBranch` is the length
 * every branch adds besides the value (field name, operator, the other AND conditions).
 */
export function chunkValues(
  values: readonly string[],
  maxCount: number,
  perBranch: number,
  maxLength = 3000,
): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const value of values) {
    // Quoting may double every character in the worst case.
    const cost = perBranch + value.length * 2 + 3;
    if (current.length > 0 && (current.length >= maxCount || length + cost > maxLength)) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(value);
    length += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
