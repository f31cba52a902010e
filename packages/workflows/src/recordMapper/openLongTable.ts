import type { Client } from '@imednet/core';
import { loadMapperContext, type RecordMapperOptions } from './loadMapperContext.ts';
import { LONG_COLUMNS, toLongRows } from './toLongRows.ts';
import type { Row, RowStream } from './types.ts';

/**
 * A study's records as one long table: one row per record and variable present in its data
 * (recordId, subjectKey, formKey, variable, label, value as text), for the chosen forms and
 * variables, with its column list. The metadata is loaded before this resolves; the rows
 * stream while iterated.
 *
 * @throws {InvalidInputError} a chosen form or variable that is not in the study
 * @throws {ApiError} the server refused a request (also while iterating)
 * @example
 * const { columns, rows } = await openLongTable(client, 'STUDY-1', { forms: ['VS'] });
 * for await (const row of rows) console.log(row.variable, row.value);
 */
export async function openLongTable(
  client: Client,
  studyKey: string,
  options: RecordMapperOptions = {},
): Promise<RowStream> {
  const context = await loadMapperContext(client, studyKey, options);
  const { plan } = context;
  async function* rows(): AsyncGenerator<Row> {
    for await (const record of context.records(plan.formKeys)) {
      const formKey = context.formOf(record)!;
      yield* toLongRows(record, formKey, plan.byForm.get(formKey)!);
    }
  }
  return { columns: LONG_COLUMNS.map((c) => ({ ...c })), rows: { [Symbol.asyncIterator]: rows } };
}
