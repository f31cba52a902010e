import { expect, test } from 'vitest';
import { ByteWriter } from '../src/internal/byteWriter.ts';
import { formatTimestamp } from '../src/internal/dates.ts';

// Pages are written as bytes without building strings; every write must give the bytes that
// encoding JSON.stringify's text would.
const decode = (w: ByteWriter) => new TextDecoder().decode(w.copy());
const encode = (s: string) => new TextEncoder().encode(s);

test('strings are written as JSON.stringify quotes them, in UTF-8', () => {
  const samples = [
    '',
    'plain',
    'say "hi"',
    'back\\slash',
    'tab\tnew\nline\u0001',
    'café',
    'naïve "quoted" ü',
    '日本語',
    'emoji 😀 pair',
    'lone \ud800 surrogate',
    '\u007f delete',
  ];
  for (const s of samples) {
    const w = new ByteWriter(4);
    w.quoted(s);
    expect(w.copy()).toEqual(encode(JSON.stringify(s)));
    const t = new ByteWriter(4);
    t.text(s);
    expect(t.copy()).toEqual(encode(s));
  }
});

test('numbers are written as JSON.stringify writes them', () => {
  const samples = [
    0,
    -0,
    7,
    10,
    99,
    100,
    12_345,
    0x7fffffff,
    0x80000000,
    2 ** 53,
    -3,
    76.1,
    0.5,
    1e21,
    -1.25e-7,
  ];
  for (const n of samples) {
    const w = new ByteWriter(1);
    w.number(n);
    expect(decode(w), String(n)).toBe(JSON.stringify(n));
  }
});

test('timestamps are written as formatTimestamp formats them, over 12,000 years', () => {
  const DAY = 86_400_000;
  const w = new ByteWriter(8);
  for (let ms = Date.UTC(-1, 0, 1); ms < Date.UTC(12_000, 0, 1); ms += 331 * DAY + 3_661_007) {
    w.at = 0;
    w.timestamp(ms);
    expect(decode(w)).toBe(formatTimestamp(ms));
  }
});

test('a page copied out keeps its bytes when the writer writes on', () => {
  const w = new ByteWriter(2);
  w.text('first');
  const first = w.copy();
  w.at = 0;
  w.text('second, longer than the buffer was');
  expect(new TextDecoder().decode(first)).toBe('first');
  expect(decode(w)).toBe('second, longer than the buffer was');
});
