import { DAY_MS, formatDate, formatTimestamp } from '../dates.ts';
import { between, hash, pick, unit } from '../random.ts';
import type { VariableTemplate } from './templates.ts';

/** A value that fits the variable, from the hash of (seed, study, record, variable). */
export function generateValue(
  v: VariableTemplate,
  at: number,
  ...parts: number[]
): string | number | boolean {
  switch (v.type) {
    case 'TEXT':
      if (v.words) return pick(v.words, ...parts);
      if (v.maxLength === 3) {
        let s = '';
        for (let k = 0; k < 3; k++) s += String.fromCharCode(65 + (hash(...parts, k) % 26));
        return s;
      }
      return `Text ${hash(...parts) % 1000}`;
    case 'MEMO':
      return pick(v.words ?? ['Free text.'], ...parts);
    case 'NUMBER':
    case 'INTEGER':
      return between(v.min ?? 0, v.max ?? 100, ...parts);
    case 'FLOAT': {
      const min = v.min ?? 0;
      const max = v.max ?? 100;
      return Math.round((min + unit(...parts) * (max - min)) * 10) / 10;
    }
    case 'DATE':
      if (v.name === 'BRTHDT')
        return formatDate(Date.UTC(1940, 0, 1) + (hash(...parts) % 23_000) * DAY_MS);
      return formatDate(at - (hash(...parts) % 3) * DAY_MS);
    case 'TIME':
      // Whole minutes of the day, as `HH:mm`.
      return formatTimestamp((hash(...parts) % 1440) * 60_000).slice(11, 16);
    case 'DATETIME':
      // `YYYY-MM-DD HH:mm`, the form's time of entry less up to two days, to the minute.
      return formatTimestamp(at - (hash(...parts) % 2880) * 60_000).slice(0, 16);
    case 'RADIO':
    case 'DROPDOWN':
      return pick(v.choices ?? [''], ...parts);
    case 'CHECKBOX':
      return hash(...parts) % 2 === 0;
  }
}
