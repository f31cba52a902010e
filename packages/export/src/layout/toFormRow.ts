import { type RecordInfo, toWideRow } from '@imednet/workflows';
import type { ExportRow } from '../types.ts';
import type { FormTableLayout } from './planFormTables.ts';

/**
 * A record as a row of its form's table ({@link planFormTables}): the fixed columns from
 * the record, the form's variables from `recordData`, typed as the record mapper types them.
 *
 * @throws never.
 * @example
 * const row = toFormRow(record, table, 'Screening');
 */
export function toFormRow(
  record: RecordInfo,
  table: FormTableLayout,
  intervalName: string | null,
): ExportRow {
  return toWideRow(record, table.formKey, intervalName, table.columns, table.bindings);
}
