import type { ColumnType } from './types.ts';

/**
 * The column type of a variable type. Only numbers get a numeric column: iMednet dates,
 * times and checkboxes come in study-specific formats, so they stay strings as sent.
 */
export function columnTypeOf(variableType: string | null | undefined): ColumnType {
  const type = (variableType ?? '').trim().toUpperCase();
  if (type === 'INTEGER' || type === 'INT') return 'integer';
  if (type === 'NUMBER' || type === 'DECIMAL' || type === 'FLOAT' || type === 'NUMERIC') {
    return 'number';
  }
  return 'string';
}
