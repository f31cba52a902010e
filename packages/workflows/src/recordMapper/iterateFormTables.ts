import type { Client } from '@imednet/core';
import { loadMapperContext, type RecordMapperOptions } from './loadMapperContext.ts';
import { type ColumnSelection, planColumns } from './planColumns.ts';
import { toWideRow } from './toWideRow.ts';
import type { FormTable, Row } from './types.ts';

/**
 * One table per chosen form, in column order: its own columns (the fixed ones, then its
 * variables; suffixes are decided within the table) and its rows, fetched with a formKey
 * filter while iterated. Metadata is loaded once, when iteration starts.
 *
 * @throws {InvalidInputError} a chosen form or variable that is not in the study
 * @throws {ApiError} the server refused a request
 * @example
 * for await (const { formKey, columns, rows } of iterateFormTables(client, 'STUDY-1')) {
 *   for await (const row of rows) write(formKey, columns, row);
 * }
 */
export async function* iterateFormTables(
  client: Client,
  studyKey: string,
  options: RecordMapperOptions = {},
): AsyncGenerator<FormTable> {
  const context = await loadMapperContext(client, studyKey, options);
  const { plan } = context;
  for (const formKey of plan.formKeys) {
    const table = planColumns(context.forms, context.variables, {
      ...selectionOf(options),
      forms: [formKey],
    });
    const bindings = table.byForm.get(formKey) ?? [];
    async function* rows(): AsyncGenerator<Row> {
      for await (const record of context.records([formKey])) {
        const intervalName = await context.intervalNameOf(record);
        yield toWideRow(record, formKey, intervalName, table.columns, bindings);
      }
    }
    yield { formKey, columns: table.columns, rows: { [Symbol.asyncIterator]: rows } };
  }
}

function selectionOf(options: RecordMapperOptions): ColumnSelection {
  return {
    ...(options.variables === undefined ? {} : { variables: options.variables }),
    ...(options.labels === undefined ? {} : { labels: options.labels }),
  };
}
