/**
 * A small RFC 4180 reader for the tests: quoted fields may hold commas, quotes (doubled)
 * and line breaks; records end in CRLF. An unquoted empty field reads as null and a
 * quoted one (`""`) as the empty string, as the writer distinguishes them.
 */
export function parseCsv(text: string, delimiter = ','): (string | null)[][] {
  const records: (string | null)[][] = [];
  let record: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let field: string | null;
    if (text[i] === '"') {
      field = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('Unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      let end = i;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\r') end++;
      const raw = text.slice(i, end);
      if (raw.includes('"') || raw.includes('\n')) throw new Error(`Bad unquoted field: ${raw}`);
      field = raw === '' ? null : raw;
      i = end;
    }
    record.push(field);
    if (text[i] === delimiter) i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) throw new Error(`Expected a delimiter or CRLF at ${i}`);
  }
  if (record.length > 0) records.push(record);
  return records;
}
