import type { Client } from '@imednet/core';
import type { ValidationSchema } from './buildValidationSchema.ts';
import { checkRecords, type ValidationResult } from './checkRecords.ts';
import { type LoadValidationSchemaOptions, loadValidationSchema } from './loadValidationSchema.ts';

/** Options of {@link validateRecords}. */
export interface ValidateRecordsOptions extends LoadValidationSchemaOptions {
  /** A schema from `loadValidationSchema`, to skip loading it again. */
  schema?: ValidationSchema;
}

/**
 * Checks records before they are written, against the study's forms, variables, intervals and
 * sites: unknown forms and variables, the registration rules, and every value against its
 * variable's type (text, memo, numbers, integers, dates, times, date-times, radio and dropdown
 * against their choices when given, checkboxes). Every problem is reported, each with its
 * record index and field; nothing is sent.
 *
 * @throws {ApiError} the server refused a metadata request (only when no `schema` is given)
 * @example
 * const { valid, issues } = await validateRecords(client, 'STUDY-1', [
 *   { formKey: 'DM', subjectKey: 'S-001', data: { AGE: 'forty' } },
 * ]);
 * for (const i of issues) console.log(`#${i.index} ${i.field}: ${i.message}`);
 */
export async function validateRecords(
  client: Client,
  studyKey: string,
  records: readonly unknown[],
  options: ValidateRecordsOptions = {},
): Promise<ValidationResult> {
  const schema = options.schema ?? (await loadValidationSchema(client, studyKey, options));
  return checkRecords(schema, records);
}
