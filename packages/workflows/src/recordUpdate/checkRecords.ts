import type { ValidationSchema } from './buildValidationSchema.ts';
import { checkValue } from './checkValue.ts';

/** One problem in a batch of records: which record (0-based), which field, and what. */
export interface ValidationIssue {
  index: number;
  /** A variable name, or the record field at fault (`formKey`, `subjectKey`, `data`, ...). */
  field: string;
  message: string;
}

/** The outcome of validating a batch: every problem, not just the first. */
export interface ValidationResult {
  valid: boolean;
  issues: ValidationIssue[];
}

const SUBJECT_FIELDS = ['subjectKey', 'subjectId', 'subjectOid'] as const;
const SITE_FIELDS = ['siteName', 'siteId'] as const;
const RECORD_FIELDS = ['recordId', 'recordOid'] as const;
const INTERVAL_FIELDS = ['intervalName', 'intervalId'] as const;

/**
 * Checks records to be written against a study's schema, without any I/O: the form exists,
 * the record says what it does (registers a subject at a site, updates a scheduled record,
 * adds a record to a subject, or updates a record by id), every data key is a variable of
 * the form, and every value fits its variable's type.
 *
 * @throws never
 * @example
 * const { valid, issues } = checkRecords(schema, [{ formKey: 'DM', siteName: 'Site 1', data: { AGE: 'x' } }]);
 */
export function checkRecords(
  schema: ValidationSchema,
  records: readonly unknown[],
): ValidationResult {
  const issues: ValidationIssue[] = [];
  records.forEach((record, index) => {
    for (const [field, message] of checkRecord(schema, record))
      issues.push({ index, field, message });
  });
  return { valid: issues.length === 0, issues };
}

type Problem = [field: string, message: string];

function checkRecord(schema: ValidationSchema, value: unknown): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [['record', 'a record must be an object with formKey (or formId) and data']];
  }
  const record = value as Readonly<Record<string, unknown>>;
  const problems: Problem[] = [];
  const formKey = resolveForm(schema, record, problems);
  checkKind(schema, record, problems);
  const data = record.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push(['data', 'data must be an object of variable names and values']);
    return problems;
  }
  const variables = formKey === undefined ? undefined : schema.forms.get(formKey);
  if (!variables) return problems;
  for (const [name, item] of Object.entries(data)) {
    const variable = variables.get(name);
    if (!variable) {
      problems.push([name, `"${name}" is not a variable of form ${formKey}`]);
      continue;
    }
    const message = checkValue(variable.variableType, item, schema.choices.get(name));
    if (message) problems.push([name, `${variable.variableType ?? 'value'}: ${message}`]);
  }
  return problems;
}

/** The record's form key, from formKey or formId; problems when missing, unknown or at odds. */
function resolveForm(
  schema: ValidationSchema,
  record: Readonly<Record<string, unknown>>,
  problems: Problem[],
): string | undefined {
  const { formKey, formId } = record;
  if (formKey === undefined && formId === undefined) {
    problems.push(['formKey', 'formKey or formId is required']);
    return undefined;
  }
  let fromId: string | undefined;
  if (formId !== undefined) {
    fromId = typeof formId === 'number' ? schema.formKeyById.get(formId) : undefined;
    if (fromId === undefined) problems.push(['formId', `unknown form id ${String(formId)}`]);
  }
  if (formKey === undefined) return fromId;
  if (typeof formKey !== 'string' || !schema.forms.has(formKey)) {
    problems.push(['formKey', `unknown form "${String(formKey)}"`]);
    return undefined;
  }
  if (fromId !== undefined && fromId !== formKey) {
    problems.push(['formId', `formId ${String(formId)} is form ${fromId}, not ${formKey}`]);
  }
  return formKey;
}

/** The registration rules and the identifiers each kind of write needs. */
function checkKind(
  schema: ValidationSchema,
  record: Readonly<Record<string, unknown>>,
  problems: Problem[],
): void {
  const has = (field: string) => record[field] !== undefined && record[field] !== null;
  const subject = SUBJECT_FIELDS.find(has);
  const site = SITE_FIELDS.find(has);
  const recordRef = RECORD_FIELDS.find(has);
  const interval = INTERVAL_FIELDS.find(has);
  if (site && subject) {
    problems.push([
      subject,
      `a registration (${site}) must not carry ${subject}: the server would read it as an update of an unknown subject`,
    ]);
  }
  if (!site && !subject && !recordRef) {
    problems.push([
      'subjectKey',
      'say which subject: siteName or siteId to register a new one, subjectKey/subjectId/subjectOid for an existing one, or recordId/recordOid to update a record',
    ]);
  }
  if (interval && !subject && !recordRef) {
    problems.push([interval, `${interval} needs a subject (subjectKey, subjectId or subjectOid)`]);
  }
  if (
    record.siteName !== undefined &&
    schema.siteNames &&
    !schema.siteNames.has(String(record.siteName))
  ) {
    problems.push(['siteName', `unknown site "${String(record.siteName)}"`]);
  }
  if (
    record.siteId !== undefined &&
    schema.siteIds &&
    !schema.siteIds.has(record.siteId as number)
  ) {
    problems.push(['siteId', `unknown site id ${String(record.siteId)}`]);
  }
  if (
    record.intervalName !== undefined &&
    schema.intervalNames &&
    !schema.intervalNames.has(String(record.intervalName))
  ) {
    problems.push(['intervalName', `unknown interval "${String(record.intervalName)}"`]);
  }
  if (
    record.intervalId !== undefined &&
    schema.intervalIds &&
    !schema.intervalIds.has(record.intervalId as number)
  ) {
    problems.push(['intervalId', `unknown interval id ${String(record.intervalId)}`]);
  }
  for (const field of ['subjectKey', 'siteName', 'intervalName', 'subjectOid', 'recordOid']) {
    if (record[field] !== undefined && typeof record[field] !== 'string') {
      problems.push([field, `${field} must be a string`]);
    }
  }
  for (const field of ['subjectId', 'siteId', 'intervalId', 'recordId']) {
    if (record[field] !== undefined && !Number.isSafeInteger(record[field])) {
      problems.push([field, `${field} must be an integer`]);
    }
  }
}
