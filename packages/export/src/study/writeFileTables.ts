import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { throwIfAborted } from '../internal/abort.ts';
import { createAtomicBatch } from '../internal/atomicBatch.ts';
import { makeOutputDir } from '../internal/makeOutputDir.ts';
import { destroyStream, openFileStream } from '../internal/openFileStream.ts';
import { uniqueNames } from '../internal/uniqueNames.ts';
import { sanitizeName } from '../names/sanitizeName.ts';
import type { TableSource, WriteOptions, WriteProgress, WriteResult } from '../types.ts';
import {
  type FileFormat,
  FORMAT_EXTENSIONS,
  type FormatOptions,
  writeFileFormat,
} from './exportFormat.ts';

/** Where each table went. */
export interface WrittenFiles {
  readonly files: string[];
  readonly rows: number;
}

/**
 * Writes tables to files, all under temporary names first; only when every table is
 * written are they renamed to their final names, so a failure or abort leaves no file
 * that looks complete. `target` is a file path for one table, or a folder for `perTable`
 * (one file per table, named from the sanitised table name).
 */
export function writeFileTables(
  format: FileFormat,
  tables: AsyncIterable<TableSource>,
  target: { readonly path: string; readonly perTable: boolean },
  options: WriteOptions & FormatOptions,
): Promise<WrittenFiles> {
  return writeTableFiles(tables, target, FORMAT_EXTENSIONS[format], options, (table, stream, o) =>
    writeFileFormat(format, table, stream, { ...options, ...o }),
  );
}

/** {@link writeFileTables} for any writer: `write` puts one table into its file's stream. */
export async function writeTableFiles<T extends { readonly name: string }>(
  tables: AsyncIterable<T>,
  target: { readonly path: string; readonly perTable: boolean },
  extension: string,
  options: WriteOptions,
  write: (table: T, stream: Writable, options: WriteOptions) => Promise<WriteResult>,
): Promise<WrittenFiles> {
  const batch = createAtomicBatch();
  const files: string[] = [];
  const taken: string[] = [];
  let rows = 0;
  try {
    if (target.perTable) await makeOutputDir(target.path);
    for await (const table of tables) {
      throwIfAborted(options.signal);
      let path = target.path;
      if (target.perTable) {
        const [name] = uniqueNames([sanitizeName(table.name)], { caseInsensitive: true, taken });
        taken.push(name!);
        path = join(target.path, name! + extension);
      }
      const stream = await openFileStream(batch.add(path));
      try {
        const report = options.onProgress;
        const tableOptions = report
          ? { ...options, onProgress: (p: WriteProgress) => report({ ...p, table: table.name }) }
          : options;
        rows += (await write(table, stream, tableOptions)).rows;
      } catch (error) {
        await destroyStream(stream);
        throw error;
      }
      files.push(path);
    }
    await batch.commit();
    return { files, rows };
  } catch (error) {
    await batch.discard();
    throw error;
  }
}
