import * as v from 'valibot';
import { boolean } from '../codecs/boolean.ts';
import { integer, integerId } from '../codecs/integer.ts';
import { text } from '../codecs/text.ts';
import { timestamp } from '../codecs/timestamp.ts';

/**
 * A form (eCRF definition). `formId` is always present: it is the id `getForm` matches on, so
 * a form without it is a validation error. Every other field is optional in the spec:
 * `T | null`; an empty or missing flag is `null`, never `false`.
 */
export interface Form {
  formId: number;
  studyKey: string | null;
  formKey: string | null;
  formName: string | null;
  formType: string | null;
  revision: number | null;
  embeddedLog: boolean | null;
  enforceOwnership: boolean | null;
  userAgreement: boolean | null;
  subjectRecordReport: boolean | null;
  unscheduledVisit: boolean | null;
  otherForms: boolean | null;
  eproForm: boolean | null;
  allowCopy: boolean | null;
  disabled: boolean | null;
  dateCreated: Date | null;
  dateModified: Date | null;
}

/** Decodes a {@link Form}; unknown fields are kept. */
export const FormSchema = /* @__PURE__ */ v.looseObject({
  formId: integerId(),
  studyKey: text(),
  formKey: text(),
  formName: text(),
  formType: text(),
  revision: integer(),
  embeddedLog: boolean(),
  enforceOwnership: boolean(),
  userAgreement: boolean(),
  subjectRecordReport: boolean(),
  unscheduledVisit: boolean(),
  otherForms: boolean(),
  eproForm: boolean(),
  allowCopy: boolean(),
  disabled: boolean(),
  dateCreated: timestamp(),
  dateModified: timestamp(),
});
