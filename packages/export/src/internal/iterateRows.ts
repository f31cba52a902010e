import type { ExportRow } from '../types.ts';
import { throwIfAborted } from './abort.ts';

/** Walks sync or async rows alike, stopping between rows when the signal aborts. */
export async function* iterateRows(
  rows: AsyncIterable<ExportRow> | Iterable<ExportRow>,
  signal: AbortSignal | undefined,
): AsyncGenerator<ExportRow> {
  throwIfAborted(signal);
  for await (const row of rows) {
    throwIfAborted(signal);
    yield row;
  }
}
