/**
 * Stateless hashing: every generated value is a pure function of (seed, ids...), so a record
 * can be rebuilt from its index alone and nothing has to be kept in memory.
 */
export function hash(...parts: number[]): number {
  return hashOf(parts);
}

/** `hash` over an array, so that helpers pass their parts on without spreading. */
export function hashOf(parts: readonly number[]): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    h = Math.imul(h ^ (part | 0), 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h ^ Math.floor(part / 0x100000000), 0x85ebca6b);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A float in [0, 1) from the hash of the parts. */
export function unit(...parts: number[]): number {
  return hashOf(parts) / 0x100000000;
}

/** An integer in [min, max] from the hash of the parts. */
export function between(min: number, max: number, ...parts: number[]): number {
  return min + (hashOf(parts) % (max - min + 1));
}

/** One element of a non-empty list, chosen by the hash of the parts. */
export function pick<T>(list: readonly T[], ...parts: number[]): T {
  return list[hashOf(parts) % list.length] as T;
}

/** A version-4-shaped UUID built from the hash of the parts (stable under the seed). */
export function uuid(...parts: number[]): string {
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += hash(...parts, i)
      .toString(16)
      .padStart(8, '0');
  return (
    hex.slice(0, 8) +
    '-' +
    hex.slice(8, 12) +
    '-4' +
    hex.slice(13, 16) +
    '-' +
    ((Number.parseInt(hex[16] as string, 16) & 3) | 8).toString(16) +
    hex.slice(17, 20) +
    '-' +
    hex.slice(20, 32)
  );
}

/** Turns any string seed into a number the hash functions take. */
export function seedNumber(seed: number | string): number {
  if (typeof seed === 'number') return seed;
  let h = 0;
  for (let i = 0; i < seed.length; i++) h = hash(h, seed.charCodeAt(i));
  return h;
}
