/** The consumed part of the buffer is dropped once it is this long. */
const COMPACT_AT = 64 * 1024;

const QUOTE = 34; // "
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/**
 * Reads JSON text one complete value at a time from a stream of text chunks, holding only
 * the value being read: a Dataset-JSON file's rows are cut out one by one and each handed
 * to `JSON.parse`, so a file of any size is read with flat memory.
 */
export class JsonCursor {
  #buffer = '';
  #position = 0;
  #ended = false;
  readonly #chunks: AsyncIterator<string>;
  /** Characters consumed before the buffer's start, for error positions. */
  #offset = 0;
  /** The next backslash at or after the last string scanned (the buffer's length: none). */
  #slash = -1;

  constructor(chunks: AsyncIterable<string>) {
    this.#chunks = chunks[Symbol.asyncIterator]();
  }

  /** Where the cursor is, counted in characters from the start of the text. */
  get offset(): number {
    return this.#offset + this.#position;
  }

  /** The next character that is not white space (without consuming it), or '' at the end. */
  async peek(): Promise<string> {
    for (;;) {
      const buffer = this.#buffer;
      let i = this.#position;
      while (i < buffer.length && isSpace(buffer.charCodeAt(i))) i++;
      this.#position = i;
      if (i < buffer.length) return buffer[i]!;
      if (!(await this.#fill())) return '';
    }
  }

  /** Consumes `char` (after white space), or throws `fail()`. */
  async expect(char: string, fail: () => Error): Promise<void> {
    if ((await this.peek()) !== char) throw fail();
    this.#position++;
  }

  /** The raw text of the next complete JSON value (after white space); throws `fail()` if none. */
  async readValue(fail: () => Error): Promise<string> {
    const first = await this.peek();
    if (first === '') throw fail();
    // `#position` stays at the value's start until it is taken, so a refill keeps the value.
    let start = this.#position;
    let i = start;
    let depth = 0;
    let inString = false;
    for (;;) {
      const buffer = this.#buffer;
      while (i < buffer.length) {
        const code = buffer.charCodeAt(i);
        if (inString) {
          if (code === BACKSLASH) {
            i += 2;
            continue;
          }
          // Jump to the next quote or backslash instead of walking every character. The
          // backslash position is kept across strings: most text has none, and searching
          // the rest of the buffer for one in every string would cost more than the parse.
          let slash = this.#slash;
          if (slash < i) {
            slash = buffer.indexOf('\\', i);
            this.#slash = slash = slash === -1 ? buffer.length : slash;
          }
          const quote = buffer.indexOf('"', i);
          const next = quote === -1 ? slash : Math.min(quote, slash);
          if (next >= buffer.length) {
            i = buffer.length;
            break;
          }
          if (next === slash) {
            i = next;
            continue;
          }
          i = next + 1;
          inString = false;
          if (depth === 0) return this.#take(start, i);
          continue;
        }
        if (code === QUOTE) inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          if (depth === 0) return this.#take(start, i);
          depth--;
          if (depth === 0) return this.#take(start, i + 1);
        } else if (depth === 0 && (code === COMMA || code === COLON || isSpace(code))) {
          return this.#take(start, i);
        }
        i++;
      }
      const scanned = i - start;
      if (!(await this.#fill())) {
        // A number, true, false or null may end the text.
        if (depth === 0 && !inString && scanned > 0) return this.#take(start, start + scanned);
        throw fail();
      }
      start = this.#position;
      i = start + scanned;
    }
  }

  #take(start: number, end: number): string {
    this.#position = end;
    return this.#buffer.slice(start, end);
  }

  /** Appends the next chunk, first dropping what lies before the position once it is long. */
  async #fill(): Promise<boolean> {
    if (this.#ended) return false;
    const next = await this.#chunks.next();
    if (next.done) {
      this.#ended = true;
      return false;
    }
    this.#slash = -1;
    const keep = this.#position;
    if (keep >= COMPACT_AT) {
      this.#buffer = this.#buffer.slice(keep);
      this.#offset += keep;
      this.#position = 0;
    }
    this.#buffer += next.value;
    return true;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
