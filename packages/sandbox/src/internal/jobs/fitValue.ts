import { parseDate } from '../dates.ts';
import type { VariableTemplate } from '../study/templates.ts';

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/**
 * Checks a value against its variable and returns it as the sandbox stores it (numbers as
 * numbers, checkboxes as booleans), or an error text. `''` and null mean blank and always fit.
 */
export function fitValue(
  v: VariableTemplate,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; why: string } {
  if (value === '' || value === null) return { ok: true, value: '' };
  const no = (why: string) => ({ ok: false as const, why });
  switch (v.type) {
    case 'TEXT':
    case 'MEMO': {
      if (typeof value !== 'string') return no('takes text');
      const max = v.maxLength ?? (v.type === 'TEXT' ? 200 : 4000);
      return value.length > max ? no(`takes at most ${max} characters`) : { ok: true, value };
    }
    case 'NUMBER':
    case 'INTEGER':
      if (typeof value === 'number' && Number.isInteger(value)) return { ok: true, value };
      if (typeof value === 'string' && INTEGER.test(value))
        return { ok: true, value: Number(value) };
      return no('takes a whole number');
    case 'FLOAT':
      if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
      if (typeof value === 'string' && DECIMAL.test(value))
        return { ok: true, value: Number(value) };
      return no('takes a number');
    case 'DATE':
      if (typeof value === 'string' && DATE.test(value) && !Number.isNaN(parseDate(value))) {
        return { ok: true, value };
      }
      return no('takes a date YYYY-MM-DD');
    case 'TIME':
      if (typeof value === 'string' && TIME.test(value)) return { ok: true, value };
      return no('takes a time HH:mm[:ss]');
    case 'DATETIME': {
      const day = typeof value === 'string' ? DATETIME.exec(value)?.[1] : undefined;
      if (day !== undefined && !Number.isNaN(parseDate(day))) return { ok: true, value };
      return no('takes a date and time YYYY-MM-DD HH:mm[:ss]');
    }
    case 'RADIO':
    case 'DROPDOWN': {
      const text = typeof value === 'number' ? String(value) : value;
      if (typeof text === 'string' && v.choices?.includes(text)) return { ok: true, value: text };
      return no(`takes one of ${(v.choices ?? []).join(', ')}`);
    }
    case 'CHECKBOX':
      if (value === true || value === 'true' || value === 1 || value === '1')
        return { ok: true, value: true };
      if (value === false || value === 'false' || value === 0 || value === '0')
        return { ok: true, value: false };
      return no('takes true or false');
  }
}
