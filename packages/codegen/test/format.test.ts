import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient } from '@imednet/core';
import { expect, test } from 'vitest';
import { generateStudyModule, renderStudyModule } from '../src/index.ts';
import { EDGE } from './edgeMetadata.ts';
import { sandboxClient } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The text as the repository's biome configuration formats it. */
function biomeFormat(source: string): string {
  return execFileSync(
    `${ROOT}node_modules/.bin/biome`,
    ['format', '--stdin-file-path=generated.ts'],
    { cwd: ROOT, input: source, encoding: 'utf8' },
  );
}

test('the generated text is already formatted (biome leaves it unchanged)', async () => {
  const { client } = sandboxClient();
  const sandbox = await generateStudyModule(client, 'PHARMADEMO');
  expect(biomeFormat(sandbox)).toBe(sandbox);
  const edge = renderStudyModule(EDGE);
  expect(biomeFormat(edge)).toBe(edge);
}, 60_000);

test('the same metadata gives the same bytes; the header names the study and the metadata date', async () => {
  const first = sandboxClient({ seed: 3 });
  const second = sandboxClient({ seed: 3 });
  const a = await generateStudyModule(first.client, 'ONCOLOGY-101');
  const b = await generateStudyModule(second.client, 'ONCOLOGY-101');
  expect(a).toBe(b);
  expect(a.split('\n')[0]).toContain('study ONCOLOGY-101 (Oncology Phase II Sandbox Study)');
  expect(a).toMatch(/metadata as of \d{4}-\d{2}-\d{2}T[\d:.]+Z\./);
  const fixed = await generateStudyModule(first.client, 'ONCOLOGY-101', {
    generatedAt: new Date('2030-01-02T03:04:05Z'),
  });
  expect(fixed).toContain('metadata as of 2030-01-02T03:04:05.000Z.');
  expect(fixed.replace(/as of [^ ]+\./, '')).toBe(a.replace(/as of [^ ]+\./, ''));
});

test('the order the API lists forms and variables in does not change the text', async () => {
  const { sandbox, client } = sandboxClient();
  // The same server, answering every list page in reverse order.
  const reversed = createClient({
    ...sandbox.credentials,
    baseUrl: sandbox.baseUrl,
    allowInsecure: true,
    fetch: async (input, init) => {
      const response = await sandbox.fetch(input as Request, init);
      const body = (await response.json()) as { data?: unknown[] };
      if (Array.isArray(body.data)) body.data.reverse();
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: response.headers,
      });
    },
  });
  const a = await generateStudyModule(client, 'PHARMADEMO');
  const b = await generateStudyModule(reversed, 'PHARMADEMO');
  expect(b).toBe(a);
  // Forms in key order, variables in form order.
  expect(a.indexOf('export const AeForm')).toBeLessThan(a.indexOf('export const VsForm'));
  expect(a.indexOf('  BRTHDT: field(date),')).toBeLessThan(a.indexOf('  WEIGHT: field(number),'));
});
