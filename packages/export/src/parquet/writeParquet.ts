import type { Writable } from 'node:stream';
import { parquetWriteRows } from 'hyparquet-writer';
import { coerceValue, type TypedValue, timeOfDayMs } from '../internal/coerceValue.ts';
import { createExactColumnScan } from '../internal/exactColumnScan.ts';
import { iterateRows } from '../internal/iterateRows.ts';
import { createProgressCounter } from '../internal/progress.ts';
import { uniqueNames } from '../internal/uniqueNames.ts';
import { endStream } from '../internal/writeChunk.ts';
import type { ExportColumn, RowSource, WriteOptions, WriteResult } from '../types.ts';
import { parquetSchema } from './parquetSchema.ts';
import { StreamByteWriter } from './streamByteWriter.ts';

/** Options of {@link writeParquet}. */
export interface ParquetOptions extends WriteOptions {
  /**
   * Rows per row group, the unit held in memory while writing. Default: about 100,000
   * cells per group (100,000 / columns), between 100 and 5,000 rows; larger groups
   * compress a little better but make the process's peak memory grow with the study.
   */
  readonly rowGroupSize?: number;
  /**
   * A value its column's type cannot hold (the record mapper passes a non-numeric answer
   * of a numeric variable on as text): `'error'` (default) stops the write with an
   * ExportError naming the column and row, `'null'` writes null instead.
   */
  readonly invalidValues?: 'error' | 'null';
  /**
   * Number columns written as UTF8 text of their exact digits (every value: a double as its
   * shortest round-trip digits, an `ExactNumber` as sent), for numbers beyond a double or a
   * 64-bit integer. Without it, such a number raises an `ExactColumnsError` naming every
   * column that needs it (`exportStudy` then writes again with them).
   */
  readonly exactColumns?: readonly string[];
  /** Compression; default `'SNAPPY'`. */
  readonly codec?: 'SNAPPY' | 'UNCOMPRESSED';
  /** End the stream when done (and wait until it is flushed). Default true. */
  readonly end?: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Streams rows into a Parquet file in row groups, typed from the columns: string → UTF8,
 * integer → INT64, number → DOUBLE, boolean, date → DATE, time → TIME (milliseconds, local), timestamp → TIMESTAMP
 * (milliseconds, UTC).
 * Duplicate column names get `_2`, `_3`, ... suffixes. The `exactColumns` are UTF8 text.
 *
 * @throws {ExactColumnsError} for numbers beyond their column type outside `exactColumns`.
 * @throws {ExportError} when a value does not fit its column's type; the signal's reason
 *   when aborted; errors of the stream.
 * @example
 * const table = await openRecordTable(client, 'STUDY', {});
 * await writeParquet(table, createWriteStream('study.parquet'));
 */
export async function writeParquet(
  source: RowSource,
  out: Writable,
  options: ParquetOptions = {},
): Promise<WriteResult> {
  const { columns } = source;
  const fields = uniqueNames(columns.map((c) => c.name));
  const progress = createProgressCounter(options);
  const rowGroupSize =
    options.rowGroupSize ??
    Math.max(100, Math.min(5000, Math.floor(100_000 / Math.max(1, columns.length))));
  const writer = new StreamByteWriter(out, options.signal);
  await parquetWriteRows({
    writer,
    schema: parquetSchema(
      columns,
      fields,
      createExactColumnScan(columns, options.exactColumns).asText,
    ),
    columns: fields.map((name) => ({ name })),
    rows: toParquetRows(source, fields, options, progress.tick),
    rowGroupSize,
    codec: options.codec ?? 'SNAPPY',
    createdBy: '@imednet/export',
  });
  if (options.end ?? true) await endStream(out);
  progress.done();
  return { rows: progress.count };
}

async function* toParquetRows(
  source: RowSource,
  fields: readonly string[],
  options: ParquetOptions,
  tick: () => void,
): AsyncGenerator<Record<string, unknown>> {
  const { columns } = source;
  const policy = options.invalidValues ?? 'error';
  const exact = createExactColumnScan(columns, options.exactColumns);
  const { asText } = exact;
  let index = 0;
  for await (const row of iterateRows(source.rows, options.signal)) {
    if (exact.scanning) {
      exact.scan(row);
      continue;
    }
    const record: Record<string, unknown> = {};
    try {
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i]!;
        const value = coerceValue(row[column.name], column, index, policy, asText[i]);
        record[fields[i]!] = asText[i] ? value : toParquetValue(value, column);
      }
    } catch (error) {
      exact.caught(error, row);
      continue;
    }
    index++;
    tick();
    yield record;
  }
  exact.finish();
}

function toParquetValue(value: TypedValue, column: ExportColumn): unknown {
  if (value === null) return null;
  if (column.type === 'integer') return BigInt(value as number);
  if (column.type === 'date') return Math.round(Date.parse(value as string) / DAY_MS);
  if (column.type === 'time') return timeOfDayMs(value as string);
  return value;
}
