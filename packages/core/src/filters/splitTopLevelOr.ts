/**
 * Splits a raw filter on `,` (OR) outside double quotes, honouring `\"` and `\\` inside quotes.
 *
 * @throws never
 * @example
 * splitTopLevelOr('a==1,b=="x,y"') // ['a==1', 'b=="x,y"']
 */
export function splitTopLevelOr(filter: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < filter.length; i += 1) {
    const ch = filter[i]!;
    if (quoted && ch === '\\' && i + 1 < filter.length) {
      current += ch + filter[i + 1];
      i += 1;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}
