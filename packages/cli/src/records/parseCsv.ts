/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, quotes written twice and line
 * breaks; CRLF or LF lines; a leading byte-order mark is dropped) into rows of cells.
 * Blank lines are skipped.
 *
 * @throws Error when a quoted field is not closed
 * @example
 * parseCsv('a,b\n1,"x, y"\n'); // [['a', 'b'], ['1', 'x, y']]
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let index = 0;
  const endRow = (): void => {
    row.push(cell);
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    cell = '';
  };
  while (index < source.length) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      index += 1;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && source[index + 1] === '\n') index += 1;
    } else cell += char;
    index += 1;
  }
  if (quoted) throw new Error('a quoted CSV field is not closed');
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
