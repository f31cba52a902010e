import type { Writable } from 'node:stream';
import { iterateRows } from '../internal/iterateRows.ts';
import { createProgressCounter } from '../internal/progress.ts';
import { createTextSink } from '../internal/textSink.ts';
import { endStream } from '../internal/writeChunk.ts';
import type { RowSource, WriteOptions, WriteResult } from '../types.ts';
import { rowToJson } from './rowToJson.ts';

/** Options of {@link writeNdjson} and {@link writeJson}. */
export interface JsonOptions extends WriteOptions {
  /** End the stream when done (and wait until it is flushed). Default true. */
  readonly end?: boolean;
}

/**
 * Streams rows as newline-delimited JSON: one object per line, keys in column order.
 *
 * @throws the signal's reason when aborted; errors of the stream.
 * @example
 * const table = await openRecordTable(client, 'STUDY', {});
 * await writeNdjson(table, createWriteStream('study.ndjson'));
 */
export async function writeNdjson(
  source: RowSource,
  out: Writable,
  options: JsonOptions = {},
): Promise<WriteResult> {
  const sink = createTextSink(out, options.signal);
  const progress = createProgressCounter(options);
  for await (const row of iterateRows(source.rows, options.signal)) {
    const pending = sink.push(rowToJson(row, source.columns) + '\n');
    if (pending) await pending;
    progress.tick();
  }
  await sink.flush();
  if (options.end ?? true) await endStream(out);
  progress.done();
  return { rows: progress.count };
}
