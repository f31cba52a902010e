import type { parquetWriteRows } from 'hyparquet-writer';
import type { ColumnType, ExportColumn } from '../types.ts';

/** The writer's own schema type (it pins its own hyparquet version). */
type SchemaElement = NonNullable<Parameters<typeof parquetWriteRows>[0]['schema']>[number];

/** Parquet physical and converted types for each column type; every column is nullable. */
const ELEMENTS: Record<ColumnType, Omit<SchemaElement, 'name'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE' },
  timestamp: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
};

/** The flat Parquet schema of the columns, under the given (unique) field names. */
export function parquetSchema(
  columns: readonly ExportColumn[],
  fields: readonly string[],
): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map(
      (column, i): SchemaElement => ({
        ...ELEMENTS[column.type],
        name: fields[i]!,
        repetition_type: 'OPTIONAL',
      }),
    ),
  ];
}
