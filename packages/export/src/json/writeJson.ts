import type { Writable } from 'node:stream';
import { iterateRows } from '../internal/iterateRows.ts';
import { createProgressCounter } from '../internal/progress.ts';
import { createTextSink } from '../internal/textSink.ts';
import { endStream } from '../internal/writeChunk.ts';
import type { RowSource, WriteResult } from '../types.ts';
import { rowToJson } from './rowToJson.ts';
import type { JsonOptions } from './writeNdjson.ts';

/**
 * Streams rows as one JSON array of objects, written element by element so the whole
 * array is never held in memory.
 *
 * @throws the signal's reason when aborted; errors of the stream.
 * @example
 * const table = await openRecordTable(client, 'STUDY', {});
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
