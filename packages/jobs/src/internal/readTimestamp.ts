// "YYYY-MM-DD HH:mm:ss" (the usual form) or ISO 8601 with T, fractions, Z or an offset.
// A zone-less value is UTC, as the API documents.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Reads a timestamp string; `''` is "not given" (null); unreadable text is `undefined`. */
export function readTimestamp(value: string): Date | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const zone = (m[8] ?? 'Z').toUpperCase();
  const fraction = `${m[7] ?? ''}000`.slice(0, 3);
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}.${fraction}${zone === 'Z' ? 'Z' : normaliseZone(zone)}`;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  // Date() rolls impossible days over (31 June → 1 July); refuse them instead.
  const calendar = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(calendar.getTime()) || calendar.toISOString().slice(0, 10) !== day) {
    return undefined;
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function normaliseZone(zone: string): string {
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
}
