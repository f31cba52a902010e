import { DAY_MS, formatDate, formatTimestamp } from '../dates.ts';
import { finish, fractionOf, inRange, mix, pickBy } from '../random.ts';
import type { VariableTemplate } from './templates.ts';

/**
 * A value that fits the variable. `state` is the hash state of (seed, study, record,
 * variable) (`mix` from `HASH_START`), so that a record's values share its mixed prefix.
 */
export function generateValue(
  v: VariableTemplate,
  at: number,
  state: number,
): string | number | boolean {
  const r = finish(state);
  switch (v.type) {
    case 'TEXT':
      if (v.words) return pickBy(v.words, r);
      if (v.maxLength === 3) {
        let s = '';
        for (let k = 0; k < 3; k++) s += String.fromCharCode(65 + (finish(mix(state, k)) % 26));
        return s;
      }
      return `Text ${r % 1000}`;
    case 'MEMO':
      return pickBy(v.words ?? ['Free text.'], r);
    case 'NUMBER':
    case 'INTEGER':
      return inRange(v.min ?? 0, v.max ?? 100, r);
    case 'FLOAT': {
      const min = v.min ?? 0;
      const max = v.max ?? 100;
      return Math.round((min + fractionOf(r) * (max - min)) * 10) / 10;
    }
    case 'DATE':
      if (v.name === 'BRTHDT') return formatDate(Date.UTC(1940, 0, 1) + (r % 23_000) * DAY_MS);
      return formatDate(at - (r % 3) * DAY_MS);
    case 'TIME':
      // Whole minutes of the day, as `HH:mm`.
      return formatTimestamp((r % 1440) * 60_000).slice(11, 16);
    case 'DATETIME':
      // `YYYY-MM-DD HH:mm`, the form's time of entry less up to two days, to the minute.
      return formatTimestamp(at - (r % 2880) * 60_000).slice(0, 16);
    case 'RADIO':
    case 'DROPDOWN':
      return pickBy(v.choices ?? [''], r);
    case 'CHECKBOX':
      return r % 2 === 0;
  }
}
