import type { Writable } from 'node:stream';
import { iterateRows } from '../internal/iterate-rows.js';
import { createProgressCounter } from '../internal/progress.js';
import { createTextSink } from '../internal/text-sink.js';
import { endStream } from '../internal/write-chunk.js';
import type { RowSource, WriteOptions, WriteResult } from '../types.js';
import { rowToJson } from './row-to-json.js';

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
 * const table = await iterateRecordRows(client, 'STUDY', {});
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
