import { describe, expect, it } from 'vitest';
import { sanitizeName, sanitizeNames } from '../src/index.ts';

describe('sanitizeName', () => {
  it('keeps safe names as they are', () => {
    expect(sanitizeName('STUDY-01_v2.1')).toBe('STUDY-01_v2.1');
  });

  it('removes every way out of the folder', () => {
    for (const key of ['../etc/passwd', '..', '.', '..\\..\\x', '/abs/path', 'a/../../b']) {
      const safe = sanitizeName(key);
      expect(safe).not.toMatch(/[/\\]/);
      expect(safe.startsWith('.')).toBe(false);
      expect(safe).not.toBe('');
    }
    expect(sanitizeName('../etc/passwd')).toBe('__etc_passwd');
    expect(sanitizeName('..')).toBe('_');
  });

  it('replaces spaces, unicode, control characters and NUL', () => {
    expect(sanitizeName('AE form')).toBe('AE_form');
    expect(sanitizeName('Étude\u0000\n1')).toBe('_tude__1');
  });

  it('avoids empty names, trailing dots, Windows device names and long names', () => {
    expect(sanitizeName('')).toBe('_');
    expect(sanitizeName('name...')).toBe('name');
    expect(sanitizeName('CON')).toBe('_CON');
    expect(sanitizeName('nul.txt')).toBe('_nul.txt');
    expect(sanitizeName('x'.repeat(300))).toHaveLength(100);
  });
});

describe('sanitizeNames', () => {
  it('keeps names distinct after sanitising, compared case-blind', () => {
    expect(sanitizeNames(['a/b', 'a_b', 'A_B', 'a?b'])).toEqual(['a_b', 'a_b_2', 'A_B_3', 'a_b_4']);
    expect(sanitizeNames(['AE', 'ae', 'A/E'])).toEqual(['AE', 'ae_2', 'A_E']);
  });
});
