import { civilPacked, DAY_MS, formatTimestamp } from './dates.ts';

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Writes JSON text straight into UTF-8 bytes, growing its buffer as needed: a page of 500
 * records written this way makes no string per record (building each record's text, then
 * flattening and encoding it, made most of a first read's work and garbage).
 */
export class ByteWriter {
  buf: Uint8Array<ArrayBuffer>;
  at = 0;

  constructor(size = 2 ** 16) {
    this.buf = new Uint8Array(size);
  }

  /** Makes room for `n` more bytes. */
  room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.at + n, this.buf.length * 2));
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
  }

  /** One byte (an ASCII character code). */
  byte(code: number): void {
    this.room(1);
    this.buf[this.at++] = code;
  }

  /** Bytes already encoded (the fixed parts of a record, encoded once). */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** Any text as UTF-8: byte by byte while it is ASCII, through the encoder from there. */
  text(s: string): void {
    const n = s.length;
    this.room(n * 3);
    const buf = this.buf;
    let at = this.at;
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(k);
      if (c >= 0x80) {
        // k is the first non-ASCII unit, so no surrogate pair is split here.
        at += encoder.encodeInto(s.slice(k), buf.subarray(at)).written;
        break;
      }
      buf[at++] = c;
    }
    this.at = at;
  }

  /** A string as JSON.stringify writes it. */
  quoted(s: string): void {
    const n = s.length;
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(k);
      // Anything JSON.stringify could escape, and non-ASCII, takes the general path.
      if (c < 0x20 || c >= 0x7f || c === 0x22 || c === 0x5c) {
        this.text(JSON.stringify(s));
        return;
      }
    }
    this.room(n + 2);
    const buf = this.buf;
    let at = this.at;
    buf[at++] = 0x22;
    for (let k = 0; k < n; k++) buf[at++] = s.charCodeAt(k);
    buf[at++] = 0x22;
    this.at = at;
  }

  /** A number as JSON.stringify writes it (finite numbers only). */
  number(v: number): void {
    if (v >= 0 && v <= 0x7fffffff && v === Math.floor(v)) this.digits(v, 0);
    else this.text(String(v));
  }

  /** A non-negative integer in decimal, left-padded with zeros to `width` digits. */
  digits(v: number, width: number): void {
    let n = 1;
    for (let p = 10; p <= v; p *= 10) n++;
    if (n < width) n = width;
    this.room(n);
    const buf = this.buf;
    let at = this.at + n;
    this.at = at;
    for (let k = 0; k < n; k++) {
      const q = Math.floor(v / 10);
      buf[--at] = 0x30 + (v - q * 10);
      v = q;
    }
  }

  /** `YYYY-MM-DD HH:mm:ss` in UTC, as `formatTimestamp` writes it, without quotes. */
  timestamp(ms: number): void {
    const days = Math.floor(ms / DAY_MS);
    const ymd = civilPacked(days);
    const y = Math.floor(ymd / 10_000);
    if (y < 0 || y >= 10_000) {
      this.text(formatTimestamp(ms));
      return;
    }
    const secs = Math.floor((ms - days * DAY_MS) / 1000);
    this.digits(y, 4);
    this.byte(0x2d);
    this.digits(Math.floor(ymd / 100) % 100, 2);
    this.byte(0x2d);
    this.digits(ymd % 100, 2);
    this.byte(0x20);
    this.digits(Math.floor(secs / 3600), 2);
    this.byte(0x3a);
    this.digits(Math.floor((secs % 3600) / 60), 2);
    this.byte(0x3a);
    this.digits(secs % 60, 2);
  }

  /** The bytes written so far, copied out. */
  copy(from = 0): Uint8Array<ArrayBuffer> {
    // new + set: TypedArray slice of 250 KB took several times as long (measured on Node 20).
    const out = new Uint8Array(this.at - from);
    out.set(this.buf.subarray(from, this.at));
    return out;
  }
}
