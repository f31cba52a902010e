import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('the root entry uses no Node built-ins and imports nothing of the SDK', () => {
  const neutral = files(src).filter((f) => !f.includes('/node/') && !f.endsWith('bin.ts'));
  expect(neutral.length).toBeGreaterThan(10);
  for (const file of neutral) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toMatch(/from ['"]node:|require\(|\bprocess\.|\bBuffer\b/);
    expect(text, file).not.toMatch(/from ['"]@imednet\//);
  }
  for (const file of files(src)) {
    expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"]@imednet\//);
  }
});
