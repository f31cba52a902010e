import { type Client, collect } from '@imednet/core';
import { iterateRecordRows } from './iterateRecordRows.ts';
import type { RecordMapperOptions } from './loadMapperContext.ts';
import type { Row } from './types.ts';

/**
 * Every wide row of a study's records in one array: {@link iterateRecordRows} collected. For
 * a large study prefer iterating, which holds one page at a time.
 *
 * @throws {InvalidInputError} a chosen form or variable that is not in the study
 * @throws {ApiError} the server refused a request
 * @example
 * const rows = await listRecordRows(client, 'STUDY-1', { forms: ['DM'] });
 * console.log(rows.length);
 */
export async function listRecordRows(
  client: Client,
  studyKey: string,
  options: RecordMapperOptions = {},
): Promise<Row[]> {
  return collect(iterateRecordRows(client, studyKey, options));
}
