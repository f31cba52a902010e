import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecordsFile } from '../../src/records/readRecordsFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'imednet-cli-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readRecordsFile', () => {
  it('reads a CSV: address columns at the top, the rest as data, empty cells left out', async () => {
    const path = file(
      'r.csv',
      'formKey,siteName,siteId,AGE,SEX\nREG,Site A,3,42,\nREG,"Site, B",,7,F\n',
    );
    expect(await readRecordsFile(path)).toEqual([
      { formKey: 'REG', siteName: 'Site A', siteId: 3, data: { AGE: '42' } },
      { formKey: 'REG', siteName: 'Site, B', data: { AGE: '7', SEX: 'F' } },
    ]);
  });

  it('reads a JSON array and refuses items without data', async () => {
    const records = [{ formKey: 'AE', subjectKey: '01-001', data: { AETERM: 'x' } }];
    expect(await readRecordsFile(file('r.json', JSON.stringify(records)))).toEqual(records);
    await expect(readRecordsFile(file('bad.json', '[{"formKey":"AE"}]'))).rejects.toThrow(
      /record 0/,
    );
    await expect(readRecordsFile(file('broken.json', '[{'))).rejects.toThrow(/not valid JSON/);
  });

  it('refuses other extensions, empty files, ragged lines and a missing formKey', async () => {
    await expect(readRecordsFile(file('r.txt', 'x'))).rejects.toThrow(/\.json or \.csv/);
    await expect(readRecordsFile(file('empty.csv', 'formKey,A\n'))).rejects.toThrow(/no records/);
    await expect(readRecordsFile(file('ragged.csv', 'formKey,A\nX\n'))).rejects.toThrow(/line 2/);
    await expect(readRecordsFile(file('nokey.csv', 'A,B\n1,2\n'))).rejects.toThrow(/formKey/);
    await expect(readRecordsFile(file('num.csv', 'formKey,siteId\nX,abc\n'))).rejects.toThrow(
      /whole number/,
    );
  });
});
