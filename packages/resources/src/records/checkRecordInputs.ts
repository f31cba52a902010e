import { type InputIssue, InvalidInputError } from '@imednet/core';

/** One item of a `createRecords` call (api-contract §6). */
export interface RecordInput {
  formKey?: string;
  formId?: number;
  /** With `siteId`: registers a new subject at that site (then no subject identifier). */
  siteName?: string;
  siteId?: number;
  subjectKey?: string;
  subjectId?: number;
  subjectOid?: string;
  intervalName?: string;
  intervalId?: number;
  recordId?: number;
  recordOid?: string;
  /** Variable names to values (GET returns them under `recordData`). */
  data: Readonly<Record<string, unknown>>;
}

const SUBJECT_FIELDS = ['subjectKey', 'subjectId', 'subjectOid'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks every item before anything is sent: a non-empty array; each item an object with a
 * `formKey` or `formId` and a `data` object; a registration (an item naming a site) carries no
 * subject identifier, since the server then reads it as an update of an unknown subject.
 *
 * @throws {InvalidInputError} listing every problem with its item index
 */
export function checkRecordInputs(records: readonly RecordInput[]): void {
  if (!Array.isArray(records) || records.length === 0) {
    throw new InvalidInputError([
      { field: 'records', message: 'records must be a non-empty array' },
    ]);
  }
  const issues: InputIssue[] = [];
  records.forEach((item: unknown, index) => {
    if (!isPlainObject(item)) {
      issues.push({ index, message: 'each record must be an object' });
      return;
    }
    const hasKey = typeof item.formKey === 'string' && item.formKey !== '';
    if (!hasKey && !Number.isSafeInteger(item.formId)) {
      issues.push({ index, field: 'formKey', message: 'a formKey or a formId is required' });
    }
    if (!isPlainObject(item.data)) {
      issues.push({ index, field: 'data', message: 'data must be an object of variable values' });
    }
    if (item.siteName !== undefined || item.siteId !== undefined) {
      const subject = SUBJECT_FIELDS.find((field) => item[field] !== undefined);
      if (subject) {
        issues.push({
          index,
          field: subject,
          message: `a registration (siteName/siteId) must not carry ${subject}`,
        });
      }
    }
  });
  if (issues.length > 0) throw new InvalidInputError(issues);
}

/**
 * Turns `emailNotify` into the `x-email-notify` header value: `"true"`, `"false"` or an
 * e-mail address (no whitespace, CR or LF: a header must not be split).
 *
 * @throws {InvalidInputError} anything else
 */
export function emailNotifyHeader(emailNotify: boolean | string | undefined): string | undefined {
  if (emailNotify === undefined || typeof emailNotify === 'boolean') {
    return emailNotify === undefined ? undefined : String(emailNotify);
  }
  if (typeof emailNotify === 'string' && /^[^\s@]+@[^\s@]+$/.test(emailNotify)) return emailNotify;
  throw new InvalidInputError([
    { field: 'emailNotify', message: 'emailNotify must be a boolean or one e-mail address' },
  ]);
}
