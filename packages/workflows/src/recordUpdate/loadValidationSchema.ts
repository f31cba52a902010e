import type { CallOptions, Client } from '@imednet/core';
import { listForms, listIntervals, listSites, listVariables } from '@imednet/resources';
import {
  buildValidationSchema,
  type ChoiceMap,
  type ValidationSchema,
} from './buildValidationSchema.ts';

/** Options of {@link loadValidationSchema}. */
export interface LoadValidationSchemaOptions extends CallOptions {
  /** Accepted codes of radio, dropdown and checkbox variables (the API does not list them). */
  choices?: ChoiceMap;
}

/**
 * Loads what record validation needs (forms, variables, intervals, sites; in parallel) and
 * arranges it. Load it once and pass it as `schema` to validate or write many batches.
 *
 * @throws {InvalidInputError} a bad study key, before any request
 * @throws {ApiError} the server refused a request
 * @example
 * const schema = await loadValidationSchema(client, 'STUDY-1', { choices: { SEX: ['M', 'F'] } });
 * const result = await validateRecords(client, 'STUDY-1', records, { schema });
 */
export async function loadValidationSchema(
  client: Client,
  studyKey: string,
  options: LoadValidationSchemaOptions = {},
): Promise<ValidationSchema> {
  const { signal, choices } = options;
  const [forms, variables, intervals, sites] = await Promise.all([
    listForms(client, studyKey, undefined, { signal }),
    listVariables(client, studyKey, undefined, { signal }),
    listIntervals(client, studyKey, undefined, { signal }),
    listSites(client, studyKey, undefined, { signal }),
  ]);
  return buildValidationSchema({
    forms,
    variables,
    intervals,
    sites,
    ...(choices === undefined ? {} : { choices }),
  });
}
