import type { parquetWriteRows } from 'hyparquet-writer';
import type { ColumnType, ExportColumn } from '../types.ts';

/** The writer's own schema type (it pins its own hyparquet version). */
type SchemaElement = NonNullable<Parameters<typeof parquetWriteRows>[0]['schema']>[number];

/**
 * Parquet physical, converted and logical types for each column type; every column is
 * nullable. Both kinds of annotation are written: older readers know only converted types.
 */
const ELEMENTS: Record<ColumnType, Omit<SchemaElement, 'name'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } },
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } },
  time: {
    type: 'INT32',
    converted_type: 'TIME_MILLIS',
    logical_type: { type: 'TIME', isAdjustedToUTC: false, unit: 'MILLIS' },
  },
  timestamp: {
    type: 'INT64',
    converted_type: 'TIMESTAMP_MILLIS',
    logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
  },
};

/**
 * The flat Parquet schema of the columns, under the given (unique) field names; the
 * columns written `asText` (number columns holding numbers beyond a double) are UTF8 text.
 */
export function parquetSchema(
  columns: readonly ExportColumn[],
  fields: readonly string[],
  asText: readonly boolean[] = [],
): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map(
      (column, i): SchemaElement => ({
        ...ELEMENTS[asText[i] ? 'string' : column.type],
        name: fields[i]!,
        repetition_type: 'OPTIONAL',
      }),
    ),
  ];
}
