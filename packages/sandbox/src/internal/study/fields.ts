import type { FieldKind } from '../collection.ts';

type Fields = Readonly<Record<string, FieldKind>>;

export const STUDY_FIELDS: Fields = {
  sponsorKey: 'string',
  studyKey: 'string',
  studyId: 'integer',
  studyName: 'string',
  studyDescription: 'string',
  studyType: 'string',
  dateCreated: 'timestamp',
  dateModified: 'timestamp',
};

export const SITE_FIELDS: Fields = {
  studyKey: 'string',
  siteId: 'integer',
  siteName: 'string',
  siteEnrollmentStatus: 'string',
  dateCreated: 'timestamp',
  dateModified: 'timestamp',
};

export const FORM_FIELDS: Fields = {
  studyKey: 'string',
  formId: 'integer',
  formKey: 'string',
  formName: 'string',
  formType: 'string',
  revision: 'integer',
  embeddedLog: 'boolean',
  enforceOwnership: 'boolean',
  userAgreement: 'boolean',
  subjectRecordReport: 'boolean',
  unscheduledVisit: 'boolean',
  otherForms: 'boolean',
  eproForm: 'boolean',
  allowCopy: 'boolean',
  disabled: 'boolean',
  dateCreated: 'timestamp',
  dateModified: 'timestamp',
};

export const INTERVAL_FIELDS: Fields = {
  studyKey: 'string',
  intervalId: 'integer',
  intervalName: 'string',
  intervalDescription: 'string',
  intervalSequence: 'integer',
  intervalGroupId: 'integer',
  intervalGroupName: 'string',
  timeline: 'string',
  definedUsingInterval: 'string',
  windowCalculationForm: 'string',
  windowCalculationDate: 'string',
  actualDateForm: 'string',
  actualDate: 'string',
  dueDateWillBeIn: 'integer',
  negativeSlack: 'integer',
  positiveSlack: 'integer',
  eproGracePeriod: 'integer',
  disabled: 'boolean',
  dateCreated: 'timestamp',
  dateModified: 'timestamp',
};

export const SUBJECT_FIELDS: Fields = {
  studyKey: 'string',
  subjectId: 'integer',
  subjectOid: 'string',
  subjectKey: 'string',
  subjectStatus: 'string',
  siteId: 'integer',
  siteName: 'string',
  deleted: 'boolean',
  enrollmentStartDate: 'timestamp',
  dateCreated: 'timestamp',
  dateModified: 'timestamp',
};

export const USER_FIELDS: Fields = {
  userId: 'string',
  login: 'string',
  firstName: 'string',
  lastName: 'string',
  email: 'string',
  userActiveInStudy: 'boolean',
};

export const VARIABLE_FIELDS: Fields = {
  studyKey: 'string',
  variableId: 'integer',
  variableType: 'string',
  variableName: 'string',
  sequence: 'integer',
  revision: 'integer',
  disabled: 'boolean',
  dateCreated: 'timestamp',
  dateModified: 'timestamp',
  formId: 'integer',
  variableOid: 'string',
  deleted: 'boolean',
  formKey: 'string',
  formName: 'string',
  label: 'string',
  blinded: 'boolean',
};

export const RECORD_FIELDS: Fields = {
  studyKey: 'string',
  intervalId: 'integer',
  formId: 'integer',
  formKey: 'string',
  siteId: 'integer',
  recordId: 'integer',
  recordOid: 'string',
  recordType: 'string',
  recordStatus: 'string',
  deleted: 'boolean',
  dateCreated: 'timestamp',
  dateModified: 'timestamp',
  subjectId: 'integer',
  subjectOid: 'string',
  subjectKey: 'string',
  visitId: 'integer',
  parentRecordId: 'integer',
};
