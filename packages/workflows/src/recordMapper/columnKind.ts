import type { ColumnType } from './types.ts';

/**
 * The column type of a variable type. Numbers and checkboxes get their own types; dates and
 * times come in study-specific formats, so they stay strings as sent.
 */
export function columnTypeOf(variableType: string | null | undefined): ColumnType {
  const type = (variableType ?? '').trim().toUpperCase();
  if (type === 'INTEGER' || type === 'INT') return 'integer';
  if (type === 'NUMBER' || type === 'DECIMAL' || type === 'FLOAT' || type === 'NUMERIC') {
    return 'number';
  }
  if (type === 'CHECKBOX') return 'boolean';
  return 'string';
}
