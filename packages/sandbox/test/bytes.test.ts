import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../src/index.ts';
import { listen } from '../src/node/index.ts';

// The sandbox's answers are part of its contract: the same seed and requests give the same
// bytes. These hashes were taken before the serving path was changed to cache encoded pages
// and write them to the socket without a Response, so any change to a body, a status or a
// header (name, value or order) shows here.
const FIXED_NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

const STUDY = 'PHARMADEMO';
/** [method, path after /api/v1/edc, body]: lists, cached re-reads, errors, a POST and its job. */
const REQUESTS: [string, string, string?][] = [
  ['GET', '/studies'],
  ['GET', `/studies/${STUDY}/records?size=500&page=0`],
  ['GET', `/studies/${STUDY}/records?size=500&page=3`],
  ['GET', `/studies/${STUDY}/records?size=500&page=0`],
  ['GET', `/studies/${STUDY}/records?size=500&page=99`],
  ['GET', `/studies/${STUDY}/records`],
  ['GET', `/studies/${STUDY}/records?size=100&sort=dateModified,DESC&page=2`],
  ['GET', `/studies/${STUDY}/records?size=50&filter=formKey==VS`],
  ['GET', `/studies/${STUDY}/records?size=50&recordDataFilter=SYSBP%3E150`],
  ['GET', `/studies/${STUDY}/subjects?size=200`],
  ['GET', `/studies/${STUDY}/recordRevisions?size=300&page=1`],
  ['GET', `/studies/${STUDY}/sites`],
  ['GET', `/studies/${STUDY}/users?includeInactive=maybe`],
  ['GET', `/studies/${STUDY}/records?size=0`],
  ['GET', `/studies/${STUDY}/nothing`],
  ['GET', '/studies/NOSUCHSTUDY/records'],
  ['DELETE', `/studies/${STUDY}/records`],
  [
    'POST',
    `/studies/${STUDY}/records`,
    JSON.stringify([{ formKey: 'VS', subjectKey: '01-001', data: { SYSBP: 120 } }]),
  ],
  ['POST', `/studies/${STUDY}/records`, '{not json'],
  ['GET', `/studies/${STUDY}/records?size=500&page=0`],
];

function sandboxOf() {
  return createSandbox({ seed: 11, recordsPerStudy: 3000, now: () => FIXED_NOW });
}

function headersOf(sandbox: ReturnType<typeof createSandbox>, auth: boolean) {
  return auth
    ? {
        'x-api-key': sandbox.credentials.apiKey,
        'x-imn-security-key': sandbox.credentials.securityKey,
      }
    : { 'x-api-key': 'wrong', 'x-imn-security-key': 'wrong' };
}

/** Every request, plus one refused for its keys, in the order given. */
const ALL: [string, string, string | undefined, boolean][] = [
  ...REQUESTS.map(([method, path, body]): [string, string, string | undefined, boolean] => [
    method,
    path,
    body,
    true,
  ]),
  ['GET', '/studies', undefined, false],
];

describe('the same seed and requests give the same bytes', () => {
  test('through the fetch handler', async () => {
    const sandbox = sandboxOf();
    const hash = createHash('sha256');
    for (const [method, path, body, auth] of ALL) {
      const response = await sandbox.fetch(sandbox.baseUrl + path, {
        method,
        headers: { ...headersOf(sandbox, auth), 'content-type': 'application/json' },
        body,
      });
      hash.update(`${response.status}\n`);
      for (const [key, value] of response.headers) hash.update(`${key}: ${value}\n`);
      hash.update(new Uint8Array(await response.arrayBuffer()));
    }
    expect(hash.digest('hex')).toBe(
      '123b88ac651b3962963ed8ded2412cde45d636eb87485063c97bb385a299ac35',
    );
  });

  // `listen` writes a sandbox's bytes without making a Response; given any other object with
  // the Sandbox interface (here a copy, which has its methods only) it goes through `serve`.
  test.each([
    ['a sandbox', (s: Sandbox) => s],
    ['an object that only has the Sandbox methods', (s: Sandbox): Sandbox => ({ ...s })],
  ])('over HTTP, headers in the order written, serving %s', async (_, wrap) => {
    const sandbox = sandboxOf();
    const server = await listen(wrap(sandbox), { host: '127.0.0.1', port: 0 });
    const hash = createHash('sha256');
    try {
      for (const [method, path, body, auth] of ALL) {
        const { status, rawHeaders, bytes } = await new Promise<{
          status: number;
          rawHeaders: string[];
          bytes: Buffer;
        }>((resolve, reject) => {
          const req = httpRequest(
            server.url + path,
            {
              method,
              headers: { ...headersOf(sandbox, auth), 'content-type': 'application/json' },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () =>
                resolve({
                  status: res.statusCode!,
                  rawHeaders: res.rawHeaders,
                  bytes: Buffer.concat(chunks),
                }),
              );
              res.on('error', reject);
            },
          );
          req.on('error', reject);
          req.end(body);
        });
        hash.update(`${status}\n`);
        for (let k = 0; k < rawHeaders.length; k += 2) {
          // The date is the wall clock's, not the sandbox's.
          if (rawHeaders[k]!.toLowerCase() === 'date') continue;
          hash.update(`${rawHeaders[k]}: ${rawHeaders[k + 1]}\n`);
        }
        hash.update(bytes);
      }
    } finally {
      await server.close();
    }
    expect(hash.digest('hex')).toBe(
      '1cf39380dd2bc69f6cda9a619d24ae25fcd623c7ba344b88f1b095a684a35c63',
    );
  });
});
