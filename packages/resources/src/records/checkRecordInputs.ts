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

/** Options of {@link checkRecordInputs}: those of `createRecords` that are checked. */
export interface CheckRecordInputsOptions {
  /** `true`, `false` or one e-mail address (no whitespace, CR or LF). */
  emailNotify?: boolean | string;
}

/**
 * Checks records the way `createRecords` does before it sends anything, so a caller that
 * splits them into batches (as `submitRecords` does) can refuse a bad item before posting any
 * batch: a non-empty array; each item an object with a `formKey` or `formId` and a `data`
 * object; a registration (an item naming a site) carries no subject identifier, since the
 * server then reads it as an update of an unknown subject; `emailNotify`, when given, is a
 * boolean or one e-mail address. Every problem is listed, each with its index in `records`.
 *
 * @throws {InvalidInputError} listing every problem (`details`: item index and field)
 * @example
 * checkRecordInputs(records, { emailNotify: 'me@example.com' })
 * // InvalidInputError: Invalid input: #3 formKey: a formKey or a formId is required
 */
export function checkRecordInputs(
  records: readonly RecordInput[],
  options: CheckRecordInputsOptions = {},
): void {
  const issues: InputIssue[] = [];
  if (!Array.isArray(records) || records.length === 0) {
    issues.push({ field: 'records', message: 'records must be a non-empty array' });
  } else {
    records.forEach((item: unknown, index) => {
      checkItem(item, index, issues);
    });
  }
  if (options.emailNotify !== undefined && emailNotifyHeader(options.emailNotify) === undefined) {
    issues.push({
      field: 'emailNotify',
      message: 'emailNotify must be a boolean or one e-mail address',
    });
  }
  if (issues.length > 0) throw new InvalidInputError({ details: issues });
}

function checkItem(item: unknown, index: number, issues: InputIssue[]): void {
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
  } else {
    const problem = unsendable(item.data, 'data', []);
    if (problem) issues.push({ index, field: problem.field, message: problem.message });
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
}

/**
 * The first value `JSON.stringify` would throw on (a BigInt, a cycle) or silently change
 * (NaN and ±Infinity become null), with its path, e.g. `data.LBVAL`.
 */
function unsendable(
  value: unknown,
  field: string,
  parents: unknown[],
): { field: string; message: string } | undefined {
  if (typeof value === 'bigint') {
    return { field, message: 'a BigInt cannot be sent as JSON: pass a number or a string' };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { field, message: `${value} cannot be sent as JSON (it would become null)` };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (parents.includes(value)) {
    return { field, message: 'a cyclic value cannot be sent as JSON' };
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return undefined;
  const next = [...parents, value];
  for (const [key, inner] of Object.entries(value)) {
    const problem = unsendable(inner, `${field}.${key}`, next);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Turns `emailNotify` into the `x-email-notify` header value: `"true"`, `"false"` or an
 * e-mail address (no whitespace, CR or LF: a header must not be split); `undefined` when not
 * given or not one of those (`checkRecordInputs` reports that case).
 */
export function emailNotifyHeader(emailNotify: unknown): string | undefined {
  if (typeof emailNotify === 'boolean') return String(emailNotify);
  if (typeof emailNotify === 'string' && /^[^\s@]+@[^\s@]+$/.test(emailNotify)) return emailNotify;
  return undefined;
}
