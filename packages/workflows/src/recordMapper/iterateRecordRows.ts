import type { Client } from '@imednet/core';
import type { RecordMapperOptions } from './loadMapperContext.ts';
import { openRecordTable } from './openRecordTable.ts';
import type { Row } from './types.ts';

/**
 * The wide rows of a study's records, one per live record, fetched page by page while
 * iterated (the rows of {@link openRecordTable}, which also gives the column list). The
 * metadata is loaded when iteration starts.
 *
 * @throws {InvalidInputError} a chosen form or variable that is not in the study
 * @throws {ApiError} the server refused a request
 * @example
 * for await (const row of iterateRecordRows(client, 'STUDY-1', { forms: ['DM'] })) {
 *   console.log(row.subjectKey, row.recordId);
 * }
 */
export async function* iterateRecordRows(
  client: Client,
  studyKey: string,
  options: RecordMapperOptions = {},
): AsyncGenerator<Row> {
  yield* (await openRecordTable(client, studyKey, options)).rows;
}
