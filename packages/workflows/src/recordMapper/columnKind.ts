import type { ColumnType } from './types.ts';

/**
 * The column type of a variable type: numbers, checkboxes, dates, times and date-times get
 * their own types. The values stay as sent (`toCellValue` passes date and time text on); the
 * typed writers read them, and refuse what is not a full date or time (a partial `2024-05`).
 */
export function columnTypeOf(variableType: string | null | undefined): ColumnType {
  const type = (variableType ?? '').trim().toUpperCase();
  if (type === 'INTEGER' || type === 'INT') return 'integer';
  if (type === 'NUMBER' || type === 'DECIMAL' || type === 'FLOAT' || type === 'NUMERIC') {
    return 'number';
  }
  if (type === 'CHECKBOX') return 'boolean';
  if (type === 'DATE') return 'date';
  if (type === 'TIME') return 'time';
  if (type === 'DATETIME' || type === 'TIMESTAMP') return 'timestamp';
  return 'string';
}
