import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/cliProcess.ts';
import {
  API_KEY,
  SECRET_MARK,
  SECURITY_KEY,
  type ServedSandbox,
  startSandbox,
} from '../helpers/sandboxServer.ts';

// A hostile server: it repeats the keys it received in its error body, its headers and a
// later page, so the CLI's own masking is what keeps them out of the output.
let echo: Server;
let echoUrl: string;
let served: ServedSandbox;
let dir: string;
beforeAll(async () => {
  echo = createServer((req, res) => {
    const keys = `${req.headers['x-api-key']} / ${req.headers['x-imn-security-key']}`;
    res.writeHead(400, { 'content-type': 'application/json', 'x-echo': keys });
    res.end(
      JSON.stringify({
        metadata: {
          status: 'BAD_REQUEST',
          error: {
            code: '1000',
            description: `key ${keys} refused`,
            field: { attribute: 'x-api-key', value: keys },
          },
        },
      }),
    );
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/api/v1/edc`;
  served = await startSandbox({ seed: 9, studyCount: 1, recordsPerStudy: 20 });
  dir = mkdtempSync(join(tmpdir(), 'imednet-cli-secrets-'));
});
afterAll(async () => {
  await new Promise((resolve) => echo.close(resolve));
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

const keys = { IMEDNET_API_KEY: API_KEY, IMEDNET_SECURITY_KEY: SECURITY_KEY };

describe.concurrent('no key ever reaches the output', () => {
  it.each([[[]], [['--debug']], [['--json']], [['--verbose', '--csv']]])(
    'a server echoing the keys in its error (%j): exit 1, keys masked',
    async (flags) => {
      const result = await runCliProcess(['studies', 'list', '--base-url', echoUrl, ...flags], {
        env: keys,
        cwd: dir,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/BAD_REQUEST|HTTP 400/);
      expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
    },
  );

  it('wrong keys: UNAUTHORIZED with a hint, no key, also with --debug', async () => {
    for (const flags of [[], ['--debug']]) {
      const result = await runCliProcess(
        ['sites', 'list', served.sandbox.studyKeys[0]!, ...flags],
        {
          env: { ...served.env, IMEDNET_API_KEY: 'SECRET-KEY-XYZ-WRONG-0000' },
          cwd: dir,
        },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/UNAUTHORIZED|FORBIDDEN/);
      expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
    }
  });

  it('a key typed where it does not belong (a study key) is masked too', async () => {
    const result = await runCliProcess(['sites', 'list', API_KEY, '--debug'], {
      env: served.env,
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('/studies/********/sites');
    expect(result.stdout + result.stderr).not.toContain(SECRET_MARK);
  });

  it('reads the keys from a .env file in the working directory (the environment wins)', async () => {
    const envDir = mkdtempSync(join(dir, 'dotenv-'));
    writeFileSync(
      join(envDir, '.env'),
      `IMEDNET_API_KEY=${API_KEY}\nIMEDNET_SECURITY_KEY="${SECURITY_KEY}"\nIMEDNET_BASE_URL=${served.url}\n`,
    );
    const fromFile = await runCliProcess(['studies', 'list', '--json', '--debug'], { cwd: envDir });
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toHaveLength(1);
    expect(fromFile.stdout + fromFile.stderr).not.toContain(SECRET_MARK);
    const overridden = await runCliProcess(['studies', 'list'], {
      cwd: envDir,
      env: { IMEDNET_API_KEY: 'SECRET-KEY-XYZ-FROM-SHELL' },
    });
    expect(overridden.code).toBe(1);
    expect(overridden.stdout + overridden.stderr).not.toContain(SECRET_MARK);
  });
});
