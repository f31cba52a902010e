import { describe, expect, it } from 'vitest';
import { neutralizeFormula, writeCsv } from '../src/index.ts';
import { collectStream } from './helpers/collectStream.ts';
import { parseCsv } from './helpers/parseCsv.ts';

describe('the CSV formula-injection guard', () => {
  it('prefixes text that starts with = + - @ tab or CR with a quote', () => {
    expect(neutralizeFormula('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(neutralizeFormula('+cmd|calc')).toBe("'+cmd|calc");
    expect(neutralizeFormula('-2+3+cmd|calc')).toBe("'-2+3+cmd|calc");
    expect(neutralizeFormula('@SUM(1)')).toBe("'@SUM(1)");
    expect(neutralizeFormula('\t=1')).toBe("'\t=1");
    expect(neutralizeFormula('\r=1')).toBe("'\r=1");
  });

  it('leaves ordinary text and plain numbers written as text alone', () => {
    expect(neutralizeFormula('a=b')).toBe('a=b');
    expect(neutralizeFormula('-5')).toBe('-5');
    expect(neutralizeFormula('+1.5e3')).toBe('+1.5e3');
    expect(neutralizeFormula('')).toBe('');
  });

  it('is on by default for text cells and never touches number cells', async () => {
    const out = collectStream();
    const columns = [
      { name: 'text', type: 'string' as const },
      { name: 'value', type: 'number' as const },
    ];
    const rows = [
      { text: '=HYPERLINK("http://evil","click")', value: -12 },
      { text: '@A1', value: -0.5 },
      { text: 'safe', value: 3 },
    ];
    await writeCsv({ columns, rows }, out.stream);
    expect(parseCsv(out.text()).slice(1)).toEqual([
      [`'=HYPERLINK("http://evil","click")`, '-12'],
      ["'@A1", '-0.5'],
      ['safe', '3'],
    ]);
  });

  it('can be turned off', async () => {
    const out = collectStream();
    const columns = [{ name: 'text', type: 'string' as const }];
    await writeCsv({ columns, rows: [{ text: '=1+1' }] }, out.stream, { formulaGuard: false });
    expect(out.text()).toBe('text\r\n=1+1\r\n');
  });
});
