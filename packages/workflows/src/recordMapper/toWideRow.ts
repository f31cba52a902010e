import type { ColumnBinding } from './planColumns.ts';
import { toCellValue } from './toCellValue.ts';
import type { CellValue, Column, Row } from './types.ts';

/** The record fields the mapper reads. */
export interface RecordInfo {
  recordId?: number | null;
  subjectKey?: string | null;
  visitId?: number | null;
  intervalId?: number | null;
  formId?: number | null;
  formKey?: string | null;
  recordStatus?: string | null;
  dateCreated?: Date | string | null;
  dateModified?: Date | string | null;
  recordData?: Readonly<Record<string, unknown>> | null;
}

/**
 * One wide row: every column of the table, the fixed ones from the record, its own form's
 * variables from `recordData`, and null elsewhere. Pure.
 */
export function toWideRow(
  record: RecordInfo,
  formKey: string,
  intervalName: string | null,
  columns: readonly Column[],
  bindings: readonly ColumnBinding[],
): Row {
  const row: Record<string, CellValue> = {};
  for (const column of columns) row[column.name] = null;
  row.recordId = record.recordId ?? null;
  row.subjectKey = emptyToNull(record.subjectKey);
  row.visitId = record.visitId ?? null;
  row.intervalName = intervalName;
  row.formKey = formKey;
  row.recordStatus = emptyToNull(record.recordStatus);
  row.dateCreated = toTimestamp(record.dateCreated);
  row.dateModified = toTimestamp(record.dateModified);
  const data = record.recordData ?? {};
  for (const binding of bindings) {
    if (Object.hasOwn(data, binding.variableName)) {
      row[binding.column] = toCellValue(data[binding.variableName], binding.type);
    }
  }
  return row;
}

function emptyToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

/** Resources hand over Dates; a string that still arrives is parsed, an unreadable one is null. */
function toTimestamp(value: Date | string | null | undefined): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' || value === '') return null;
  const date = new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
