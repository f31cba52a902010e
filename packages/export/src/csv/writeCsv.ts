import type { Writable } from 'node:stream';
import { ExportError } from '../errors/ExportError.ts';
import { iterateRows } from '../internal/iterateRows.ts';
import { createProgressCounter } from '../internal/progress.ts';
import { createTextSink } from '../internal/textSink.ts';
import { endStream } from '../internal/writeChunk.ts';
import type { RowSource, WriteOptions, WriteResult } from '../types.ts';
import { type CsvFieldOptions, formatCsvField } from './formatCsvField.ts';

/** Options of {@link writeCsv}. */
export interface CsvOptions extends WriteOptions {
  /** Field separator; default `,`. One character, not a quote, CR or LF. */
  readonly delimiter?: string;
  /**
   * Prefix text cells that start with `=`, `+`, `-`, `@`, tab or CR with `'`, so that a
   * spreadsheet shows them instead of running them. Default true. Numbers are untouched.
   */
  readonly formulaGuard?: boolean;
  /** Start with a UTF-8 byte order mark, for spreadsheet programs. Default false. */
  readonly bom?: boolean;
  /** Write the header line of column names. Default true. */
  readonly header?: boolean;
  /** End the stream when done (and wait until it is flushed). Default true. */
  readonly end?: boolean;
}

/**
 * Streams rows into RFC 4180 CSV (CRLF line ends), waiting on the stream's backpressure.
 *
 * @throws {ExportError} for a bad delimiter; the signal's reason when aborted; stream errors.
 * @example
 * const table = await openRecordTable(client, 'STUDY', {});
 * await writeCsv(table, createWriteStream('study.csv'), { bom: true });
 */
export async function writeCsv(
  source: RowSource,
  out: Writable,
  options: CsvOptions = {},
): Promise<WriteResult> {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new ExportError('CSV delimiter must be one character other than a quote, CR or LF');
  }
  const field: CsvFieldOptions = { delimiter, formulaGuard: options.formulaGuard ?? true };
  const { columns } = source;
  const sink = createTextSink(out, options.signal);
  const progress = createProgressCounter(options);
  if (options.bom) await sink.push('\uFEFF');
  if (options.header ?? true) {
    await sink.push(
      columns.map((c) => formatCsvField(c.name, 'string', field)).join(delimiter) + '\r\n',
    );
  }
  for await (const row of iterateRows(source.rows, options.signal)) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      if (i > 0) line += delimiter;
      line += formatCsvField(row[column.name], column.type, field);
    }
    const pending = sink.push(line + '\r\n');
    if (pending) await pending;
    progress.tick();
  }
  await sink.flush();
  if (options.end ?? true) await endStream(out);
  progress.done();
  return { rows: progress.count };
}
