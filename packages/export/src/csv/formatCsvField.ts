import { toTextValue } from '../internal/formatValue.ts';
import type { ColumnType, ExportValue } from '../types.ts';
import { neutralizeFormula } from './neutralizeFormula.ts';

/** Options of one CSV field. */
export interface CsvFieldOptions {
  readonly delimiter: string;
  readonly formulaGuard: boolean;
}

/**
 * One RFC 4180 field: quoted when it holds the delimiter, a quote, CR or LF (quotes
 * doubled). Null is an empty field and the empty string is `""`, so the two stay apart.
 */
export function formatCsvField(
  value: ExportValue | undefined,
  type: ColumnType,
  options: CsvFieldOptions,
): string {
  const text = toTextValue(value, type);
  if (text === null) return '';
  if (typeof text !== 'string') return String(text);
  if (text === '') return '""';
  const guarded = options.formulaGuard ? neutralizeFormula(text) : text;
  return needsQuotes(guarded, options.delimiter) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function needsQuotes(text: string, delimiter: string): boolean {
  return (
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')
  );
}
