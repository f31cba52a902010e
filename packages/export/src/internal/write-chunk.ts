import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * Writes one chunk and, when the stream's buffer is full, waits for `drain`, so a fast
 * source never piles data up in memory in front of a slow disk.
 */
export async function writeChunk(
  out: Writable,
  chunk: string | Uint8Array,
  signal?: AbortSignal,
): Promise<void> {
  if (out.destroyed || out.writableEnded) {
    throw out.errored ?? new Error('The output stream is closed');
  }
  if (!out.write(chunk)) await once(out, 'drain', signal ? { signal } : {});
}

/** Ends the stream and waits until its data is flushed and, for files, the file closed. */
export async function endStream(out: Writable): Promise<void> {
  out.end();
  await finished(out);
}
