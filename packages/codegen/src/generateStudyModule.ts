import type { CallOptions, Client } from '@imednet/core';
import { readStudyMetadata } from './readStudyMetadata.ts';
import { type RenderOptions, renderStudyModule } from './renderStudyModule.ts';

/** Options of {@link generateStudyModule}. */
export interface GenerateStudyModuleOptions extends RenderOptions, CallOptions {}

/**
 * Generates the TypeScript module of one study: per form a `recordData` type, a valibot
 * schema that reads and checks it, constants for the form key and the variable names, and a
 * form object for `createRecords` and `iterateFormRecords`; then the list of forms. The
 * module imports only valibot. The same metadata gives the same text: the header's date is
 * the metadata's latest `dateModified` unless `generatedAt` says otherwise.
 *
 * @throws {ItemNotFoundError} no study has that key
 * @throws {ApiError} the server refused a request (`ForbiddenError`, ...)
 * @throws {ResponseValidationError} an answer could not be read
 * @example
 * const source = await generateStudyModule(client, 'PHARMADEMO');
 * await writeFile('src/pharmademo.ts', source);
 */
export async function generateStudyModule(
  client: Client,
  studyKey: string,
  options: GenerateStudyModuleOptions = {},
): Promise<string> {
  const metadata = await readStudyMetadata(client, studyKey, { signal: options.signal });
  return renderStudyModule(
    metadata,
    options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt },
  );
}
