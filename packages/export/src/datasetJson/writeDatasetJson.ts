import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type ExactNumber, isExactNumber } from '@imednet/core';
import { DatasetJsonError } from '../errors/DatasetJsonError.ts';
import { destroyStream, openFileStream } from '../internal/openFileStream.ts';
import { createProgressCounter } from '../internal/progress.ts';
import { createTextSink } from '../internal/textSink.ts';
import { endStream, writeChunk } from '../internal/writeChunk.ts';
import type { WriteOptions, WriteResult } from '../types.ts';
import { datasetValueOf } from './datasetValue.ts';
import type {
  DatasetJsonColumn,
  DatasetJsonEncoding,
  DatasetJsonMetadata,
  DatasetJsonSource,
  DatasetJsonValue,
} from './types.ts';

const WITH_SECONDS = /T\d{2}:\d{2}:\d{2}/;

/** The version this package writes and reads. */
export const DATASET_JSON_VERSION = '1.1.0';

/** Options of {@link writeDatasetJson}. */
export interface DatasetJsonOptions extends WriteOptions {
  /** `'json'` (default), `'ndjson'`, or `'dsjc'` (NDJSON, gzip-compressed). */
  readonly encoding?: DatasetJsonEncoding;
  /** A value its column's `dataType` cannot hold: `'error'` (default) or `'null'`. */
  readonly invalidValues?: 'error' | 'null';
  /**
   * A `datetime` column whose newest value becomes `dbLastModifiedDateTime` (unless the
   * source sets it).
   */
  readonly lastModifiedColumn?: string;
  /** Where the rows wait while they are counted; default the OS temp folder. */
  readonly tempDir?: string;
  /** End the stream when done (and wait until it is flushed). Default true. */
  readonly end?: boolean;
}

/** What {@link writeDatasetJson} resolves to. */
export interface DatasetJsonWriteResult extends WriteResult {
  /** The metadata written, with the record count and the lengths found. */
  readonly metadata: DatasetJsonMetadata;
}

/** What is learnt about the rows while they are spooled. */
interface RowStats {
  rows: number;
  lengths: number[];
  lastModified: { time: number; text: string } | undefined;
}

/**
 * Writes one CDISC Dataset-JSON 1.1 dataset to a stream, in the `json`, `ndjson` or `dsjc`
 * encoding. Rows are converted to their columns' `dataType` and spooled to a temporary file
 * while they are counted, so the metadata (which comes first and holds the record count, the
 * text lengths and the last-modified time) is exact and memory stays flat however many rows
 * there are; then the metadata is written and the rows streamed in behind it.
 *
 * @throws {DatasetJsonError} a row whose length is not the column count, or (with
 *   `invalidValues: 'error'`) a value its column cannot hold, naming row and column.
 * @throws the signal's reason when aborted; errors of the stream.
 * @example
 * await writeDatasetJson(
 *   { itemGroupOID: 'IG.DM', name: 'DM', label: 'Demographics', columns, rows },
 *   createWriteStream('dm.ndjson'),
 *   { encoding: 'ndjson' },
 * );
 */
export async function writeDatasetJson(
  source: DatasetJsonSource,
  out: Writable,
  options: DatasetJsonOptions = {},
): Promise<DatasetJsonWriteResult> {
  const encoding = options.encoding ?? 'json';
  if (encoding !== 'json' && encoding !== 'ndjson' && encoding !== 'dsjc') {
    throw new DatasetJsonError({
      reason: `unknown encoding ${JSON.stringify(encoding)}; use 'json', 'ndjson' or 'dsjc'`,
    });
  }
  const spool = join(
    options.tempDir ?? tmpdir(),
    `.imednet-dataset-json.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const stats = await spoolRows(source, spool, encoding === 'json', options);
    const metadata = metadataOf(source, stats);
    await writeDataset(metadata, spool, encoding, out, options);
    return { rows: stats.rows, metadata };
  } finally {
    await rm(spool, { force: true });
  }
}

/** Converts and writes the rows to the spool file (JSON arrays, comma- or line-separated). */
async function spoolRows(
  source: DatasetJsonSource,
  path: string,
  commas: boolean,
  options: DatasetJsonOptions,
): Promise<RowStats> {
  const columns = source.columns;
  const convert = columns.map((c) => datasetValueOf(c.dataType));
  const measured = columns.map(
    (c) => (c.dataType === 'string' || c.dataType === 'URI') && c.length === undefined,
  );
  const lastIndex =
    options.lastModifiedColumn === undefined
      ? -1
      : columns.findIndex((c) => c.name === options.lastModifiedColumn);
  const nullInvalid = options.invalidValues === 'null';
  const stats: RowStats = { rows: 0, lengths: columns.map(() => 0), lastModified: undefined };
  const progress = createProgressCounter(options);
  const file = await openFileStream(path);
  try {
    const sink = createTextSink(file, options.signal);
    options.signal?.throwIfAborted();
    const values: (DatasetJsonValue | ExactNumber)[] = new Array(columns.length);
    for await (const row of source.rows) {
      options.signal?.throwIfAborted();
      const number = stats.rows + 1;
      if (!Array.isArray(row) || row.length !== columns.length) {
        throw new DatasetJsonError({
          row: number,
          reason: `has ${Array.isArray(row) ? `${row.length} values` : 'no array of values'} but there are ${columns.length} columns`,
        });
      }
      let exact = false;
      for (let i = 0; i < columns.length; i++) {
        let value = convert[i]!(row[i]);
        if (isExactNumber(value)) exact = true;
        if (value === undefined) {
          if (!nullInvalid) {
            throw new DatasetJsonError({
              row: number,
              column: columns[i]!.name,
              reason: `the ${describe(row[i])} value does not fit the column's dataType "${columns[i]!.dataType}" (set invalidValues to 'null' to write null instead)`,
            });
          }
          value = null;
        }
        values[i] = value;
        if (measured[i] && typeof value === 'string' && value.length > stats.lengths[i]!) {
          stats.lengths[i] = Math.max(stats.lengths[i]!, characters(value));
        }
      }
      if (lastIndex >= 0) noteLastModified(stats, values[lastIndex]);
      // JSON.stringify writes an ExactNumber as a string: such a row is joined by hand.
      const text = exact ? exactRowText(values) : JSON.stringify(values);
      const pending = sink.push(commas ? (stats.rows === 0 ? text : `,${text}`) : `${text}\n`);
      if (pending) await pending;
      stats.rows = number;
      progress.tick();
    }
    await sink.flush();
    await endStream(file);
  } catch (error) {
    await destroyStream(file);
    throw error;
  }
  progress.done();
  return stats;
}

/** The metadata in the attribute order the standard recommends. */
function metadataOf(source: DatasetJsonSource, stats: RowStats): DatasetJsonMetadata {
  const lastModified = source.dbLastModifiedDateTime ?? stats.lastModified?.text;
  const columns = source.columns.map((column, i): DatasetJsonColumn => {
    const length = stats.lengths[i]!;
    if (column.length !== undefined || length === 0) return column;
    // Keep the column's own attribute order, with `length` where the standard lists it.
    const { keySequence, displayFormat, ...rest } = column;
    return {
      ...rest,
      length,
      ...(displayFormat === undefined ? {} : { displayFormat }),
      ...(keySequence === undefined ? {} : { keySequence }),
    };
  });
  return {
    datasetJSONCreationDateTime: source.datasetJSONCreationDateTime ?? new Date().toISOString(),
    datasetJSONVersion: DATASET_JSON_VERSION,
    ...(source.fileOID === undefined ? {} : { fileOID: source.fileOID }),
    ...(lastModified === undefined ? {} : { dbLastModifiedDateTime: lastModified }),
    ...(source.originator === undefined ? {} : { originator: source.originator }),
    ...(source.sourceSystem === undefined ? {} : { sourceSystem: source.sourceSystem }),
    ...(source.studyOID === undefined ? {} : { studyOID: source.studyOID }),
    ...(source.metaDataVersionOID === undefined
      ? {}
      : { metaDataVersionOID: source.metaDataVersionOID }),
    ...(source.metaDataRef === undefined ? {} : { metaDataRef: source.metaDataRef }),
    itemGroupOID: source.itemGroupOID,
    records: stats.rows,
    name: source.name,
    label: source.label,
    columns,
  };
}

/** Metadata first, then the spooled rows, in the encoding's framing. */
async function writeDataset(
  metadata: DatasetJsonMetadata,
  spool: string,
  encoding: DatasetJsonEncoding,
  out: Writable,
  options: DatasetJsonOptions,
): Promise<void> {
  const head = JSON.stringify(metadata);
  const end = options.end ?? true;
  if (encoding === 'json') {
    await writeChunk(out, `${head.slice(0, -1)},"rows":[`, options.signal);
    await copyFile(spool, out, options.signal);
    await writeChunk(out, ']}', options.signal);
    if (end) await endStream(out);
    return;
  }
  if (encoding === 'ndjson') {
    await writeChunk(out, `${head}\n`, options.signal);
    await copyFile(spool, out, options.signal);
    if (end) await endStream(out);
    return;
  }
  const gzip = createGzip();
  const piped = pipeline(gzip, out, { end });
  // Seen by `piped` as well; caught here so a failure cannot surface twice.
  piped.catch(() => undefined);
  try {
    await writeChunk(gzip, `${head}\n`, options.signal);
    await copyFile(spool, gzip, options.signal);
    gzip.end();
  } catch (error) {
    gzip.destroy();
    throw error;
  }
  await piped;
}

async function copyFile(
  path: string,
  out: Writable,
  signal: AbortSignal | undefined,
): Promise<void> {
  for await (const chunk of createReadStream(path)) {
    signal?.throwIfAborted();
    await writeChunk(out, chunk as Buffer, signal);
  }
}

function noteLastModified(stats: RowStats, value: unknown): void {
  if (typeof value !== 'string') return;
  const time = Date.parse(value);
  if (Number.isNaN(time) || (stats.lastModified && stats.lastModified.time >= time)) return;
  // The header's date-time needs seconds; a value without them is written as its UTC instant.
  const text = WITH_SECONDS.test(value) ? value : new Date(time).toISOString();
  stats.lastModified = { time, text };
}

/** Length in characters (code points), as Define-XML counts it. */
function characters(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A type name for messages; never the value itself, which may be patient data. */
/** A row as a JSON array, with each `ExactNumber` as a JSON number of its digits. */
function exactRowText(values: readonly (DatasetJsonValue | ExactNumber)[]): string {
  return `[${values.map((v) => (isExactNumber(v) ? v.text : JSON.stringify(v))).join(',')}]`;
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'Date';
  if (Array.isArray(value)) return 'array';
  if (isExactNumber(value)) return 'exact number';
  return typeof value;
}
