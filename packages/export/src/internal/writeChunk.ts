import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { onAbort as onSignalAbort } from '@imednet/core';

/**
 * Writes one chunk and, when the stream's buffer is full, waits for `drain`, so a fast
 * source never piles data up in memory in front of a slow disk. Rejects if the stream
 * errors or closes first, or the signal aborts, instead of waiting forever.
 */
export async function writeChunk(
  out: Writable,
  chunk: string | Uint8Array,
  signal?: AbortSignal,
): Promise<void> {
  if (out.destroyed || out.writableEnded) {
    throw out.errored ?? new Error('The output stream is closed');
  }
  if (!out.write(chunk)) await waitForDrain(out, signal);
}

function waitForDrain(out: Writable, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settle = (error?: unknown): void => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      off?.();
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = (): void => settle();
    const onError = (error: unknown): void => settle(error);
    const onClose = (): void =>
      settle(out.errored ?? new Error('The output stream closed before the data was written'));
    const onAbort = (): void => settle(signal?.reason);
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
    const off = signal && onSignalAbort(signal, onAbort);
    if (signal?.aborted) onAbort();
  });
}

/** Ends the stream and waits until its data is flushed and, for files, the file closed. */
export async function endStream(out: Writable): Promise<void> {
  out.end();
  await finished(out);
}
