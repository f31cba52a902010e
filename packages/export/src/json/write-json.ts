import type { Writable } from 'node:stream';
import { iterateRows } from '../internal/iterate-rows.js';
import { createProgressCounter } from '../internal/progress.js';
import { createTextSink } from '../internal/text-sink.js';
import { endStream } from '../internal/write-chunk.js';
import type { RowSource, WriteResult } from '../types.js';
import { rowToJson } from './row-to-json.js';
import type { JsonOptions } from './write-ndjson.js';

/**
 * Streams rows as one JSON array of objects, written element by element so the whole
 * array is never held in memory.
 *
 * @throws the signal's reason when aborted; errors of the stream.
 * @example
 * const table = await iterateRecordRows(client, 'STUDY', {});
 * await writeJson(table, createWriteStream('study.json'));
 */
export async function writeJson(
  source: RowSource,
  out: Writable,
  options: JsonOptions = {},
): Promise<WriteResult> {
  const sink = createTextSink(out, options.signal);
  const progress = createProgressCounter(options);
  await sink.push('[');
  for await (const row of iterateRows(source.rows, options.signal)) {
    const pending = sink.push(
      (progress.count === 0 ? '\n' : ',\n') + rowToJson(row, source.columns),
    );
    if (pending) await pending;
    progress.tick();
  }
  await sink.push(progress.count === 0 ? ']\n' : '\n]\n');
  await sink.flush();
  if (options.end ?? true) await endStream(out);
  progress.done();
  return { rows: progress.count };
}
