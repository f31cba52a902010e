/**
 * Reads a `Retry-After` header as milliseconds: delta-seconds or an HTTP date (RFC 9110).
 * Null when absent or unreadable; a date in the past is 0.
 *
 * @throws never
 * @example
 * parseRetryAfter(response.headers.get('retry-after')) // 'Wed, 21 Oct 2026 07:28:00 GMT' → ms
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
