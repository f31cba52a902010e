import { Writable } from 'node:stream';
import { writeCsv } from '@imednet/export';
import type { TableWriter } from '../createDashboard.ts';

/**
 * Downloads through `@imednet/export`: CSV (UTF-8 with a byte order mark, formula guard on,
 * so spreadsheets open it safely).
 *
 * @throws never (a write rejects as the writer does: `ExportError`, the signal's reason)
 * @example
 * const dashboard = createDashboard({ source, downloads: exportTableWriter() });
 */
export function exportTableWriter(): TableWriter {
  return {
    formats: ['csv'],
    async write(table, _format, signal) {
      const chunks: Buffer[] = [];
      const out = new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      });
      await writeCsv({ columns: table.columns, rows: table.rows }, out, { bom: true, signal });
      return {
        body: new Uint8Array(Buffer.concat(chunks)),
        contentType: 'text/csv; charset=utf-8',
      };
    },
  };
}
