/**
 * Checks one value against its variable's type. Returns a problem message, or null when the
 * value is acceptable. Empty values (null, undefined, '') clear a field and are always allowed.
 * `choices` (radio, dropdown, checkbox) are the accepted codes when known. Pure.
 *
 * @throws never
 * @example
 * const variable = await getVariable(client, 'STUDY-1', 1234);
 * checkValue(variable.variableType, '2024-02-30'); // '"2024-02-30" is not a date in the form ...'
 */
export function checkValue(
  variableType: string | null | undefined,
  value: unknown,
  choices?: ReadonlySet<string>,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  const type = (variableType ?? '').trim().toUpperCase();
  const check = CHECKS[type] ?? checkAnyScalar;
  return check(value, choices);
}

type Check = (value: unknown, choices?: ReadonlySet<string>) => string | null;

const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^[-+]?\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY_DATE = /^(\d{2})-([A-Za-z]{3})-(\d{4})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d))?$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const TRUE_FALSE = new Set(['true', 'false', '1', '0']);

function checkText(value: unknown): string | null {
  return typeof value === 'string' ? null : `expected text, got ${describe(value)}`;
}

function checkNumber(value: unknown): string | null {
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : `${value} is not a finite number`;
  if (typeof value === 'string' && NUMERIC.test(value.trim())) return null;
  return `expected a number, got ${describe(value)}`;
}

function checkInteger(value: unknown): string | null {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? null : `expected an integer, got ${value}`;
  }
  if (typeof value === 'string' && INTEGER.test(value.trim())) {
    return Number.isSafeInteger(Number(value)) ? null : `integer ${value} is out of range`;
  }
  return `expected an integer, got ${describe(value)}`;
}

function checkDate(value: unknown): string | null {
  if (typeof value !== 'string') {
    return `expected a date as "YYYY-MM-DD" or "DD-MMM-YYYY", got ${describe(value)}`;
  }
  return isCalendarDate(value)
    ? null
    : `"${value}" is not a date in the form "YYYY-MM-DD" or "DD-MMM-YYYY"`;
}

function checkTime(value: unknown): string | null {
  if (typeof value === 'string' && TIME.test(value)) return null;
  return `expected a time as "HH:mm" or "HH:mm:ss" (24-hour), got ${describe(value)}`;
}

function checkDateTime(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid Date' : null;
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (match && isCalendarDate(match[1]!)) return null;
  return `expected a date and time as "YYYY-MM-DD HH:mm[:ss]" or ISO 8601, got ${describe(value)}`;
}

function checkChoice(value: unknown, choices?: ReadonlySet<string>): string | null {
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
    return `expected one choice (a code as text or number), got ${describe(value)}`;
  }
  if (choices && !choices.has(String(value))) {
    return `"${value}" is not one of the choices ${[...choices].map((c) => `"${c}"`).join(', ')}`;
  }
  return null;
}

function checkCheckbox(value: unknown, choices?: ReadonlySet<string>): string | null {
  if (typeof value === 'boolean' || value === 0 || value === 1) return null;
  if (typeof value === 'string' && TRUE_FALSE.has(value.toLowerCase())) return null;
  if (choices) {
    const picked = Array.isArray(value) ? value : [value];
    const wrong = picked.filter((v) => !choices.has(String(v)) || typeof v === 'object');
    if (wrong.length === 0) return null;
  }
  return `expected a checkbox value (true/false, 1/0${choices ? ', or its choices' : ''}), got ${describe(value)}`;
}

function checkAnyScalar(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number' && Number.isFinite(value)) return null;
  return `expected a single value, got ${describe(value)}`;
}

const CHECKS: Readonly<Record<string, Check>> = {
  TEXT: checkText,
  STRING: checkText,
  MEMO: checkText,
  TEXTAREA: checkText,
  NUMBER: checkNumber,
  DECIMAL: checkNumber,
  FLOAT: checkNumber,
  NUMERIC: checkNumber,
  INTEGER: checkInteger,
  INT: checkInteger,
  DATE: checkDate,
  TIME: checkTime,
  DATETIME: checkDateTime,
  RADIO: checkChoice,
  DROPDOWN: checkChoice,
  SELECT: checkChoice,
  CHECKBOX: checkCheckbox,
};

/** "YYYY-MM-DD" or "DD-MMM-YYYY" naming a day that exists. */
function isCalendarDate(text: string): boolean {
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(text);
  const dmy = iso ? null : DMY_DATE.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (dmy) {
    [day, month, year] = [
      Number(dmy[1]),
      MONTHS.indexOf(dmy[2]!.toUpperCase()) + 1,
      Number(dmy[3]),
    ];
  } else {
    return false;
  }
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A type name for messages; it never echoes objects, which could hold anything. */
function describe(value: unknown): string {
  if (typeof value === 'string')
    return `"${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  return typeof value === 'object' ? 'an object' : typeof value;
}
