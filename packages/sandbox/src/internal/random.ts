/**
 * Stateless hashing: every generated value is a pure function of (seed, ids...), so a record
 * can be rebuilt from its index alone and nothing has to be kept in memory.
 */
export function hash(...parts: number[]): number {
  return hashOf(parts);
}

/** `hash` over an array, so that helpers pass their parts on without spreading. */
export function hashOf(parts: readonly number[]): number {
  let h = HASH_START;
  for (let k = 0; k < parts.length; k++) h = mix(h, parts[k]!);
  return finish(h);
}

/**
 * The state `mix` starts from. `finish(mix(mix(HASH_START, a), b))` equals `hash(a, b)`: a
 * caller drawing many values under one prefix (a record's seed, study and index) mixes the
 * prefix once and only the last parts per value, without allocating the parts.
 */
export const HASH_START = 0x811c9dc5;

/** Adds one part to a hash state. */
export function mix(state: number, part: number): number {
  let h = Math.imul(state ^ (part | 0), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h ^ Math.floor(part / 0x100000000), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** The hash of a state: an unsigned 32-bit integer. */
export function finish(state: number): number {
  let h = Math.imul(state ^ (state >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A float in [0, 1) from the hash of the parts. */
export function unit(...parts: number[]): number {
  return fractionOf(hashOf(parts));
}

/** An integer in [min, max] from the hash of the parts. */
export function between(min: number, max: number, ...parts: number[]): number {
  return inRange(min, max, hashOf(parts));
}

/** One element of a non-empty list, chosen by the hash of the parts. */
export function pick<T>(list: readonly T[], ...parts: number[]): T {
  return pickBy(list, hashOf(parts));
}

/** `unit`, `between` and `pick` from a hash already computed (with `finish`). */
export const fractionOf = (hash: number): number => hash / 0x100000000;
export const inRange = (min: number, max: number, hash: number): number =>
  min + (hash % (max - min + 1));
export const pickBy = <T>(list: readonly T[], hash: number): T => list[hash % list.length] as T;

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
