import type { ExportRow } from '../types.ts';

/** Walks sync or async rows alike, stopping between rows when the signal aborts. */
export async function* iterateRows(
  rows: AsyncIterable<ExportRow> | Iterable<ExportRow>,
  signal: AbortSignal | undefined,
): AsyncGenerator<ExportRow> {
  signal?.throwIfAborted();
  for await (const row of rows) {
    signal?.throwIfAborted();
    yield row;
  }
}
