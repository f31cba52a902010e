import type * as v from 'valibot';
import type { RecordInput } from './checkRecordInputs.ts';

/**
 * A form whose recordData has a known type: the form objects `@imednet/codegen` generates
 * (`DmForm`, ...) are ones. Only the key and the schema are read.
 */
export interface TypedForm<Data = unknown> {
  readonly formKey: string;
  readonly schema: v.GenericSchema<unknown, Data>;
}

/**
 * A `createRecords` item for the form `F` (or any form of a union): `formKey` is the form's
 * key and `data` its recordData type, so a variable the form does not have, or a value of
 * the wrong type, is a compile error.
 */
export type FormRecordInput<F extends TypedForm> = F extends TypedForm
  ? Omit<RecordInput, 'formKey' | 'formId' | 'data'> & {
      formKey: F['formKey'];
      data: v.InferOutput<F['schema']>;
    }
  : never;
