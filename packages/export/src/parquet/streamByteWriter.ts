import type { Writable } from 'node:stream';
import { ByteWriter } from 'hyparquet-writer';
import { writeChunk } from '../internal/writeChunk.ts';

/**
 * hyparquet-writer's byte writer, emptied into a stream after each row group. The writer
 * awaits `flush`, so at most one encoded row group is held in memory.
 */
export class StreamByteWriter extends ByteWriter {
  readonly #out: Writable;
  readonly #signal: AbortSignal | undefined;

  constructor(out: Writable, signal?: AbortSignal) {
    super(1 << 16);
    this.#out = out;
    this.#signal = signal;
  }

  flush(): Promise<void> {
    if (this.index === 0) return Promise.resolve();
    // Copied because the buffer is reused from index 0 for the next row group.
    const bytes = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    return writeChunk(this.#out, bytes, this.#signal);
  }

  override finish(): Promise<void> {
    return this.flush();
  }
}
