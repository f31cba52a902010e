import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { outputError } from './makeOutputDir.ts';

/** Opens a new file for writing; fails if it already exists (temporary names are fresh). */
export async function openFileStream(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path, { flags: 'wx' });
  try {
    await once(stream, 'open');
  } catch (cause) {
    throw outputError(path, cause);
  }
  return stream;
}

/** Closes a stream after a failure, waiting for the file descriptor to be released. */
export async function destroyStream(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  const closed = once(stream, 'close').catch(() => undefined);
  stream.destroy();
  await closed;
}
