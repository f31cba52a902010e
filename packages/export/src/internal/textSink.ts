import type { Writable } from 'node:stream';
import { writeChunk } from './writeChunk.ts';

/** Text is gathered up to this many characters before one write, to keep calls few. */
const CHUNK_CHARS = 64 * 1024;

/** Buffers small strings into larger writes that respect backpressure. */
export interface TextSink {
  push(text: string): Promise<void> | undefined;
  flush(): Promise<void>;
}

export function createTextSink(out: Writable, signal?: AbortSignal): TextSink {
  let buffered = '';
  const flush = async (): Promise<void> => {
    if (buffered === '') return;
    const chunk = buffered;
    buffered = '';
    await writeChunk(out, chunk, signal);
  };
  return {
    // Returns a promise only when it wrote, so the common path stays synchronous.
    push(text) {
      buffered += text;
      return buffered.length >= CHUNK_CHARS ? flush() : undefined;
    },
    flush,
  };
}
