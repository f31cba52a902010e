import * as v from 'valibot';
import { boolean } from '../codecs/boolean.ts';
import { integer, integerId } from '../codecs/integer.ts';
import { text } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/**
 * A variable (a field on a form). `variableId` is always present: it is the id `getVariable`
 * matches on, so a variable without it is a validation error. Every other field is optional
 * in the spec: `T | null`. `variableType` is kept as sent ("RADIO", "text", ...: any case).
 */
export interface Variable {
  variableId: number;
  studyKey: string | null;
  variableType: string | null;
  variableName: string | null;
  sequence: number | null;
  revision: number | null;
  disabled: boolean | null;
  dateCreated: Date | null;
  dateModified: Date | null;
  formId: number | null;
  variableOid: string | null;
  deleted: boolean | null;
  formKey: string | null;
  formName: string | null;
  label: string | null;
  blinded: boolean | null;
}

/** Decodes a {@link Variable}; unknown fields are kept. */
export const VariableSchema = /* @__PURE__ */ v.looseObject({
  variableId: integerId(),
  studyKey: text(),
  variableType: text(),
  variableName: text(),
  sequence: integer(),
  revision: integer(),
  disabled: boolean(),
  dateCreated: timestamp(),
  dateModified: timestamp(),
  formId: integer(),
  variableOid: text(),
  deleted: boolean(),
  formKey: text(),
  formName: text(),
  label: text(),
  blinded: boolean(),
});
