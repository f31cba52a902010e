import type { Client } from '@imednet/core';
import type { RecordMapperOptions } from './loadMapperContext.ts';
import { openLongTable } from './openLongTable.ts';
import type { Row } from './types.ts';

/**
 * The long rows of a study's records (one per record and variable; the rows of
 * {@link openLongTable}, whose columns are `LONG_COLUMNS`), fetched page by page while
 * iterated. The metadata is loaded when iteration starts.
 *
 * @throws {InvalidInputError} a chosen form or variable that is not in the study
 * @throws {ApiError} the server refused a request
 * @example
 * for await (const row of iterateLongRows(client, 'STUDY-1', { forms: ['VS'] })) {
 *   console.log(row.variable, row.value);
 * }
 */
export async function* iterateLongRows(
  client: Client,
  studyKey: string,
  options: RecordMapperOptions = {},
): AsyncGenerator<Row> {
  yield* (await openLongTable(client, studyKey, options)).rows;
}
