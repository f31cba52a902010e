import type { ColumnBinding } from './planColumns.ts';
import { toCellValue } from './toCellValue.ts';
import type { Column, Row } from './types.ts';

/** The columns of the long format: one row per record and variable. */
export const LONG_COLUMNS: readonly Column[] = /* @__PURE__ */ Object.freeze([
  { name: 'recordId', source: 'fixed', type: 'integer' },
  { name: 'subjectKey', source: 'fixed', type: 'string' },
  { name: 'formKey', source: 'fixed', type: 'string' },
  { name: 'variable', source: 'fixed', type: 'string' },
  { name: 'label', source: 'fixed', type: 'string' },
  { name: 'value', source: 'fixed', type: 'string' },
] satisfies Column[]);

/**
 * The long rows of one record: one per chosen variable present in its `recordData`, the value
 * as text (numbers and booleans written as JSON would), null when empty. Pure.
 */
export function toLongRows(
  record: {
    recordId?: number | null;
    subjectKey?: string | null;
    recordData?: Readonly<Record<string, unknown>> | null;
  },
  formKey: string,
  bindings: readonly ColumnBinding[],
): Row[] {
  const data = record.recordData ?? {};
  const rows: Row[] = [];
  for (const binding of bindings) {
    if (!Object.hasOwn(data, binding.variableName)) continue;
    const cell = toCellValue(data[binding.variableName], 'string');
    rows.push({
      recordId: record.recordId ?? null,
      subjectKey: record.subjectKey || null,
      formKey,
      variable: binding.variableName,
      label: binding.label ?? null,
      value: cell instanceof Date ? cell.toISOString() : cell,
    });
  }
  return rows;
}
