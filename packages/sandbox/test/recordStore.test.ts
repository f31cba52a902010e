import { expect, test } from 'vitest';
import { createStudyState } from '../src/internal/study/createStudyState.ts';

test('the fast serialisation of a record equals JSON.stringify of the record', () => {
  const study = createStudyState(5, 0, 20, 400);
  const { records } = study;
  let keywords = 0;
  let incomplete = 0;
  for (let i = 0; i < records.size(); i++) {
    const item = records.full(i);
    expect(records.json(i)).toBe(JSON.stringify(item));
    if ((item.keywords as unknown[]).length > 0) keywords++;
    if (item.recordStatus === 'Record Incomplete') incomplete++;
  }
  expect(keywords).toBeGreaterThan(0);
  expect(incomplete).toBeGreaterThan(0);
  records.update(2, { SYSBP: 120 }, Date.UTC(2026, 0, 1));
  expect(JSON.parse(records.json(2)).recordData.SYSBP).toBe(120);
  expect(records.json(2)).toBe(JSON.stringify(records.full(2)));
});

test('a field or recordData value read alone equals the one of the whole record', () => {
  const { records, lists } = createStudyState(9, 1, 15, 300);
  const names = Object.keys(lists.records!.fields);
  records.update(5, { SYSBP: 101 }, Date.UTC(2026, 0, 2));
  for (let i = 0; i < records.size(); i++) {
    const item = records.light(i);
    for (const name of names) expect(records.field(i, name)).toEqual(item[name]);
    const data = records.data(i);
    for (const name of [...Object.keys(data), 'NOTAVAR'])
      expect(records.dataValue(i, name)).toEqual(data[name]);
  }
});
