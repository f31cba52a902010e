import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { writeCsv, writeXlsx } from '@imednet/export';
import type { TableFile, TableWriter } from '../createDashboard.ts';
import type { DataTable } from '../pages/types.ts';

/** Excel's sheet names stop at 31 characters; a table's title says what it holds. */
function sheetName(table: DataTable): string {
  return table.title.slice(0, 31);
}

async function csvFile(table: DataTable, signal: AbortSignal): Promise<TableFile> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeCsv({ columns: table.columns, rows: table.rows }, out, { bom: true, signal });
  return { body: new Uint8Array(Buffer.concat(chunks)), contentType: 'text/csv; charset=utf-8' };
}

async function xlsxFile(table: DataTable, signal: AbortSignal): Promise<TableFile> {
  // writeXlsx writes a file atomically; a private temporary folder holds it until read.
  const folder = await mkdtemp(join(tmpdir(), 'imednet-dashboard-'));
  try {
    const path = join(folder, 'table.xlsx');
    await writeXlsx(path, [{ name: sheetName(table), columns: table.columns, rows: table.rows }], {
      signal,
    });
    return {
      body: new Uint8Array(await readFile(path)),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Downloads through `@imednet/export`: CSV (`writeCsv`: UTF-8 with a byte order mark,
 * formula guard on, so spreadsheets open it safely) and Excel (`writeXlsx`: one sheet,
 * typed cells, text never read as a formula).
 *
 * @throws never (a write rejects as the writer does: `ExportError`, the signal's reason)
 * @example
 * const dashboard = createDashboard({ source, downloads: exportTableWriter() });
 */
export function exportTableWriter(): TableWriter {
  return {
    formats: ['csv', 'xlsx'],
    write: (table, format, signal) =>
      format === 'xlsx' ? xlsxFile(table, signal) : csvFile(table, signal),
  };
}
