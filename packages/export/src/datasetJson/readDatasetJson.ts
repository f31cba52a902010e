import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import { isExactNumber, parseJsonText } from '@imednet/core';
import * as v from 'valibot';
import { DatasetJsonError } from '../errors/DatasetJsonError.ts';
import { JsonCursor } from './jsonCursor.ts';
import { DatasetJsonMetadataSchema, VERSION_1_1 } from './metadataSchema.ts';
import type {
  DatasetJsonColumn,
  DatasetJsonEncoding,
  DatasetJsonMetadata,
  DatasetJsonRow,
  DatasetJsonValue,
} from './types.ts';

/** What {@link readDatasetJson} reads: a file path or URL, bytes, or a stream of bytes. */
export type DatasetJsonInput =
  | string
  | URL
  | Uint8Array
  | AsyncIterable<Uint8Array>
  | ReadableStream<Uint8Array>;

/** Options of {@link readDatasetJson}. */
export interface ReadDatasetJsonOptions {
  /** Stops reading between rows; the rows' iteration rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** A dataset being read: its metadata now, its rows as they are iterated. */
export interface DatasetJsonReader {
  readonly metadata: DatasetJsonMetadata;
  /** `'dsjc'` for a compressed file (gzip or zlib), else `'json'` or `'ndjson'`. */
  readonly encoding: DatasetJsonEncoding;
  /**
   * The rows, each checked against the columns, read from the source as they are pulled (so
   * only once). Ends with a check that their number is `records`.
   */
  readonly rows: AsyncIterable<DatasetJsonRow>;
  /** Releases the source without reading the rest (leaving a loop over `rows` does too). */
  close(): Promise<void>;
}

/** What each `dataType` is in JSON; decimals, dates and times are strings. */
const JSON_TYPES: Readonly<Record<DatasetJsonColumn['dataType'], (value: unknown) => boolean>> = {
  string: isString,
  URI: isString,
  decimal: isString,
  date: isString,
  datetime: isString,
  time: isString,
  integer: (value) =>
    Number.isInteger(value) || (isExactNumber(value) && /^-?\d+$/.test(value.text)),
  float: (value) => typeof value === 'number' || isExactNumber(value),
  double: (value) => typeof value === 'number' || isExactNumber(value),
  boolean: (value) => typeof value === 'boolean',
};

/** Top-level attributes of Dataset-JSON 1.0, which 1.1 replaced. */
const VERSION_1_0_KEYS = new Set(['clinicalData', 'referenceData', 'creationDateTime']);

/**
 * Reads a CDISC Dataset-JSON 1.1 dataset in any of its encodings: `.json`, `.ndjson`, or
 * `.dsjc` (NDJSON compressed with gzip or zlib), told apart from the content. Resolves once
 * the metadata is read; the rows then stream from the source, so a file of any size is read
 * with flat memory. Every row is checked: one value per column, each null or of its
 * column's JSON type (decimals, dates and times are strings), and at the end their number
 * against `records`.
 *
 * @throws {DatasetJsonError} a file that is not Dataset-JSON 1.1 (1.0 files are refused by
 *   name), malformed JSON, metadata the standard does not allow, metadata after the rows,
 *   and (while iterating) a row that does not match the columns or a wrong record count.
 * @throws the file system's error for a path that cannot be read; the signal's reason.
 * @example
 * const { metadata, rows } = await readDatasetJson('exports/STUDY-1/DM.json');
 * console.log(metadata.records, metadata.columns.map((c) => c.name));
 * for await (const row of rows) console.log(row);
 */
export async function readDatasetJson(
  source: DatasetJsonInput,
  options: ReadDatasetJsonOptions = {},
): Promise<DatasetJsonReader> {
  options.signal?.throwIfAborted();
  const { bytes, close } = openSource(source);
  try {
    const { chunks, compressed } = await decompress(bytes);
    const cursor = new JsonCursor(decodeText(chunks));
    const metadata = await readMetadata(cursor);
    const encoding: DatasetJsonEncoding = compressed
      ? 'dsjc'
      : metadata.rowsFollow
        ? 'json'
        : 'ndjson';
    const rows = iterateRows(cursor, metadata.value, metadata.rowsFollow, close, options.signal);
    return {
      metadata: metadata.value,
      encoding,
      rows: { [Symbol.asyncIterator]: () => rows },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Bytes of the source, and how to release it. */
function openSource(source: DatasetJsonInput): {
  bytes: AsyncIterable<Uint8Array>;
  close: () => Promise<void>;
} {
  if (typeof source === 'string' || source instanceof URL) {
    const stream = createReadStream(source);
    return { bytes: stream, close: () => destroy(stream) };
  }
  if (source instanceof Uint8Array) {
    return {
      bytes: (async function* () {
        yield source;
      })(),
      close: async () => {},
    };
  }
  if (typeof (source as ReadableStream).getReader === 'function') {
    const stream = Readable.fromWeb(source as never);
    return { bytes: stream, close: () => destroy(stream) };
  }
  const iterable = source as AsyncIterable<Uint8Array>;
  return {
    bytes: iterable,
    close: async () => {
      if (iterable instanceof Readable) await destroy(iterable);
    },
  };
}

/** Looks at the first bytes: gzip (`1f 8b`) or a zlib header means compressed NDJSON. */
async function decompress(
  bytes: AsyncIterable<Uint8Array>,
): Promise<{ chunks: AsyncIterable<Uint8Array>; compressed: boolean }> {
  const iterator = bytes[Symbol.asyncIterator]();
  let head = new Uint8Array(0);
  const taken: Uint8Array[] = [];
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    taken.push(next.value);
    head = Buffer.concat([head, next.value]);
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* taken;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const zlib = (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0;
  if (!gzip && !zlib) return { chunks: replay(), compressed: false };
  const inflate = pipeline(
    Readable.from(replay()),
    gzip ? createGunzip() : createInflate(),
    () => {},
  );
  return { chunks: inflate, compressed: true };
}

async function* decodeText(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  // Strips a byte order mark, and keeps a character split across chunks whole.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (error) {
    if (error instanceof TypeError) {
      throw new DatasetJsonError({ reason: 'the file is not UTF-8 text' }, { cause: error });
    }
    if (String((error as { code?: unknown }).code).startsWith('Z_')) {
      throw new DatasetJsonError({ reason: 'the compressed data is corrupt' }, { cause: error });
    }
    throw error;
  }
}

/** Reads the top-level object up to `rows` (`.json`) or to its end (NDJSON line 1). */
async function readMetadata(
  cursor: JsonCursor,
): Promise<{ value: DatasetJsonMetadata; rowsFollow: boolean }> {
  const malformed = (what: string) => () =>
    new DatasetJsonError({ reason: `malformed JSON at character ${cursor.offset + 1}: ${what}` });
  if ((await cursor.peek()) === '') throw new DatasetJsonError({ reason: 'the file is empty' });
  await cursor.expect('{', malformed('expected the dataset object'));
  const attributes: Record<string, unknown> = {};
  let rowsFollow = false;
  if ((await cursor.peek()) === '}') await cursor.expect('}', malformed('expected "}"'));
  else {
    for (;;) {
      const key = parse(await cursor.readValue(malformed('expected an attribute name')));
      if (typeof key !== 'string') throw malformed('expected an attribute name')();
      await cursor.expect(':', malformed('expected ":"'));
      if (VERSION_1_0_KEYS.has(key)) throw version10();
      if (key === 'rows') {
        if (!('columns' in attributes)) {
          throw new DatasetJsonError({
            reason:
              '"rows" comes before "columns": the metadata must come before the rows, as the standard recommends',
          });
        }
        rowsFollow = true;
        break;
      }
      attributes[key] = parse(await cursor.readValue(malformed(`expected the value of "${key}"`)));
      if (key === 'datasetJSONVersion') checkVersion(attributes[key]);
      const next = await cursor.peek();
      await cursor.expect(next === '}' ? '}' : ',', malformed('expected "," or "}"'));
      if (next === '}') break;
    }
  }
  if (!('datasetJSONVersion' in attributes)) checkVersion(undefined);
  const result = v.safeParse(DatasetJsonMetadataSchema, attributes);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? 'metadata';
    throw new DatasetJsonError({ reason: `invalid metadata at ${path}: ${issue.message}` });
  }
  if (rowsFollow) await cursor.expect('[', malformed('expected the rows array'));
  return { value: result.output, rowsFollow };
}

async function* iterateRows(
  cursor: JsonCursor,
  metadata: DatasetJsonMetadata,
  inObject: boolean,
  close: () => Promise<void>,
  signal: AbortSignal | undefined,
): AsyncGenerator<DatasetJsonRow> {
  const { columns } = metadata;
  const fits = columns.map((c) => JSON_TYPES[c.dataType]);
  const malformed = (what: string) => () =>
    new DatasetJsonError({ reason: `malformed JSON at character ${cursor.offset + 1}: ${what}` });
  let count = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const next = await cursor.peek();
      if (inObject && next === ']') break;
      if (!inObject && next === '') break;
      const text = await cursor.readValue(malformed('expected a row'));
      const row = parse(text, true);
      count++;
      checkRow(row, count, columns, fits);
      yield row as DatasetJsonRow;
      if (inObject) {
        const after = await cursor.peek();
        if (after === ',') await cursor.expect(',', malformed('expected ","'));
        else if (after !== ']') throw malformed('expected "," or "]" after a row')();
      }
    }
    if (inObject) {
      await cursor.expect(']', malformed('expected "]"'));
      if ((await cursor.peek()) === ',') {
        throw new DatasetJsonError({
          reason:
            'attributes after "rows" are not supported: the metadata must come before the rows, as the standard recommends',
        });
      }
      await cursor.expect('}', malformed('expected "}"'));
      if ((await cursor.peek()) !== '') throw malformed('unexpected text after the dataset')();
    }
    if (count !== metadata.records) {
      throw new DatasetJsonError({
        reason: `"records" is ${metadata.records} but the file has ${count} rows`,
      });
    }
  } finally {
    await close();
  }
}

function checkRow(
  row: unknown,
  number: number,
  columns: readonly DatasetJsonColumn[],
  fits: readonly ((value: unknown) => boolean)[],
): void {
  if (!Array.isArray(row)) {
    throw new DatasetJsonError({ row: number, reason: 'is not an array of values' });
  }
  if (row.length !== columns.length) {
    throw new DatasetJsonError({
      row: number,
      reason: `has ${row.length} values but there are ${columns.length} columns`,
    });
  }
  for (let i = 0; i < row.length; i++) {
    const value = row[i] as DatasetJsonValue;
    if (value !== null && !fits[i]!(value)) {
      throw new DatasetJsonError({
        row: number,
        column: columns[i]!.name,
        reason: `a ${Array.isArray(value) ? 'array' : isExactNumber(value) ? 'number' : typeof value} value does not fit dataType "${columns[i]!.dataType}"`,
      });
    }
  }
}

function checkVersion(version: unknown): void {
  if (typeof version === 'string' && VERSION_1_1.test(version)) return;
  if (typeof version === 'string' && /^1\.0(\.|$)/.test(version)) throw version10();
  throw new DatasetJsonError({
    reason: `datasetJSONVersion is ${JSON.stringify(version) ?? 'missing'}; this reader reads Dataset-JSON 1.1`,
  });
}

function version10(): DatasetJsonError {
  return new DatasetJsonError({
    reason:
      'this is a Dataset-JSON 1.0 file; only 1.1 is read (1.1 changed the layout: convert the file first)',
  });
}

/** A JSON value; in a row, a number a double would round is an `ExactNumber` of its digits. */
function parse(text: string, exact = false): unknown {
  try {
    return exact ? parseJsonText(text) : JSON.parse(text);
  } catch (error) {
    throw new DatasetJsonError({ reason: 'malformed JSON value' }, { cause: error });
  }
}

function isString(value: unknown): boolean {
  return typeof value === 'string';
}

async function destroy(stream: Readable): Promise<void> {
  if (stream.destroyed) return;
  stream.destroy();
}
