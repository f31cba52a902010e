import { type Client, type FilterObject, ResponseValidationError } from '@imednet/core';
import {
  type EdcRecord,
  iterateRecords,
  type ListRecordsOptions,
  redactValue,
  type TypedForm,
} from '@imednet/resources';
import * as v from 'valibot';

/** A record whose `recordData` was read by its form's schema. */
export type FormRecord<Data> = Omit<EdcRecord, 'recordData'> & { recordData: Data };

/** Filters of {@link iterateFormRecords}: any record field but `formKey`, which the form sets. */
export type FormRecordFilters = FilterObject<Exclude<keyof EdcRecord & string, 'formKey'>>;

/**
 * Iterates over the records of one generated form, lazily, page by page, each `recordData`
 * read and checked by the form's schema (numbers and checkboxes sent as text become numbers
 * and booleans; `''` becomes null). A value that does not fit follows the `onInvalid` rule of
 * the resources: `'throw'` (default) rejects with a `ResponseValidationError` whose path
 * names the variable (`recordData.HEIGHT`); `'report'` calls `hooks.onValidationIssue` and
 * yields the record with its recordData as sent. The error and hook index count records
 * from the start of the iteration.
 *
 * @throws {ResponseValidationError} a recordData that does not fit the form (unless `onInvalid: 'report'`)
 * @throws {InvalidInputError} a bad study key, page size or filter, before any request
 * @throws {ApiError} the server refused the request (`ForbiddenError`, ...)
 * @example
 * import { DmForm } from './pharmademo.ts';
 * for await (const record of iterateFormRecords(client, 'PHARMADEMO', DmForm)) {
 *   console.log(record.subjectKey, record.recordData.HEIGHT); // number | null | undefined
 * }
 */
export async function* iterateFormRecords<F extends TypedForm>(
  client: Client,
  studyKey: string,
  form: F,
  filters: FormRecordFilters = {},
  options: ListRecordsOptions = {},
): AsyncIterable<FormRecord<v.InferOutput<F['schema']>>> {
  const records = iterateRecords(client, studyKey, { ...filters, formKey: form.formKey }, options);
  let index = 0;
  for await (const record of records) {
    const result = v.safeParse(form.schema, record.recordData);
    if (result.success) {
      yield { ...record, recordData: result.output };
    } else {
      report(client, record, index, result.issues, options.onInvalid ?? 'throw');
      yield record as FormRecord<v.InferOutput<F['schema']>>;
    }
    index += 1;
  }
}

function report(
  client: Client,
  record: EdcRecord,
  index: number,
  issues: readonly v.BaseIssue<unknown>[],
  onInvalid: 'throw' | 'report',
): void {
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => String(item.key));
    const state = redactValue(client, {
      resource: 'records',
      index,
      path: ['recordData', ...keys].join('.'),
      value: issue.input,
      message: `record ${record.recordId} (form ${record.formKey}): ${issue.message}`,
    });
    if (onInvalid !== 'report') {
      throw new ResponseValidationError(state);
    }
    try {
      client.hooks.onValidationIssue?.(state);
    } catch {
      // Hooks only observe: a failing hook must not stop the stream it watches.
    }
  }
}
