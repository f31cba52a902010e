import type { Client } from '@imednet/core';
import { loadMapperContext, type RecordMapperOptions } from './loadMapperContext.ts';
import { toWideRow } from './toWideRow.ts';
import type { Row, RowStream } from './types.ts';

/**
 * A study's records as one wide table: its column list and its rows. The fixed columns
 * (recordId, subjectKey, visitId, intervalName, formKey, recordStatus, dateCreated,
 * dateModified) come first, then one column per variable of the chosen forms (form, then
 * variable sequence), named by variable name or by label. A name that collides gets a
 * deterministic suffix (`_2`, `_3`, ...). The metadata is loaded before this resolves; the rows
 * are fetched page by page while iterated, and each iteration fetches them afresh.
 *
 * @throws {InvalidInputError} a chosen form or variable that is not in the study
 * @throws {ApiError} the server refused a request (also while iterating)
 * @example
 * const { columns, rows } = await openRecordTable(client, 'STUDY-1', { forms: ['DM', 'AE'], labels: true });
 * for await (const row of rows) console.log(row.subjectKey, row[columns[8]!.name]);
 */
export async function openRecordTable(
  client: Client,
  studyKey: string,
  options: RecordMapperOptions = {},
): Promise<RowStream> {
  const context = await loadMapperContext(client, studyKey, options);
  const { plan } = context;
  async function* rows(): AsyncGenerator<Row> {
    for await (const record of context.records(plan.formKeys)) {
      const formKey = context.formOf(record)!;
      const intervalName = await context.intervalNameOf(record);
      yield toWideRow(record, formKey, intervalName, plan.columns, plan.byForm.get(formKey)!);
    }
  }
  return { columns: plan.columns, rows: { [Symbol.asyncIterator]: rows } };
}
