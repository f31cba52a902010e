// Table columns shared by the list commands and the workflow commands that print the same items.

/** The columns of a query table (`queries list`, `queries open`, `subject-data`). */
export const QUERY_COLUMNS = [
  'annotationId',
  'subjectKey',
  'variable',
  'annotationType',
  'description',
  'dateCreated',
];

/** The columns of a record revision table (`record-revisions list`, `audit-trail`). */
export const REVISION_COLUMNS = [
  'recordRevisionId',
  'recordId',
  'subjectKey',
  'formKey',
  'recordStatus',
  'user',
  'dateCreated',
];
