import { describe, expect, test } from 'vitest';
import {
  createSandbox,
  type SandboxFault,
  type SandboxFaults,
  type SandboxRequestEntry,
} from '../src/index.ts';
import { listen } from '../src/node/index.ts';

function keys(sandbox: ReturnType<typeof createSandbox>) {
  return {
    'x-api-key': sandbox.credentials.apiKey,
    'x-imn-security-key': sandbox.credentials.securityKey,
  };
}

describe('answers refused before any work', () => {
  test.each([
    ['serverErrorRate', 500],
    ['unavailableRate', 503],
    ['rateLimitedRate', 429],
  ] as const)('%s: 1 answers %i with the spec body', async (rate, status) => {
    const sandbox = createSandbox({ faults: { [rate]: 1, retryAfterSeconds: 3 } });
    const response = await sandbox.fetch(`${sandbox.baseUrl}/studies/PHARMADEMO/records`, {
      method: 'POST',
      headers: { ...keys(sandbox), 'content-type': 'application/json' },
      body: JSON.stringify([{ formKey: 'DM', subjectKey: '01-001', data: {} }]),
    });
    expect(response.status).toBe(status);
    expect((await response.json()).metadata.status).toBe('ERROR');
    if (status === 429) expect(response.headers.get('retry-after')).toBe('3');
    expect(sandbox.receivedBatches()).toEqual([
      expect.objectContaining({
        batchId: null,
        status,
        body: [{ formKey: 'DM', subjectKey: '01-001', data: {} }],
      }),
    ]);
  });

  test('the rate limit answers 429 with Retry-After above the rate, then recovers', async () => {
    let now = 0;
    const sandbox = createSandbox({ rateLimit: { requestsPerSecond: 2 }, now: () => now });
    const status = async () =>
      (await sandbox.fetch(`${sandbox.baseUrl}/studies`, { headers: keys(sandbox) })).status;
    expect([await status(), await status(), await status()]).toEqual([200, 200, 429]);
    const refused = await sandbox.fetch(`${sandbox.baseUrl}/studies`, { headers: keys(sandbox) });
    expect(refused.headers.get('retry-after')).toBe('1');
    now += 500;
    expect(await status()).toBe(200);
    expect(await status()).toBe(429);
  });
});

describe('transport faults in-process', () => {
  test('a reset rejects the fetch like a network error, after the work is done', async () => {
    const sandbox = createSandbox({ faults: { resetRate: 1 }, jobDurationMs: 0 });
    const sent = sandbox.fetch(`${sandbox.baseUrl}/studies/PHARMADEMO/records`, {
      method: 'POST',
      headers: { ...keys(sandbox), 'content-type': 'application/json' },
      body: JSON.stringify([{ formKey: 'DM', subjectKey: '01-001', data: { SEX: 'F' } }]),
    });
    await expect(sent).rejects.toThrow(TypeError);
    const [batch] = sandbox.receivedBatches();
    expect(batch).toMatchObject({ fault: 'reset', status: 202 });
    expect(typeof batch!.batchId).toBe('string');
  });

  test('a truncated body fails to parse; a slow body arrives whole', async () => {
    const truncated = createSandbox({ faults: { truncateRate: 1 } });
    const response = await truncated.fetch(`${truncated.baseUrl}/studies`, {
      headers: keys(truncated),
    });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
    const slow = createSandbox({ faults: { slowBodyRate: 1, slowBodyMs: 5 } });
    const ok = await slow.fetch(`${slow.baseUrl}/studies`, { headers: keys(slow) });
    expect((await ok.json()).pagination.totalElements).toBe(3);
  });
});

describe('transport faults over 127.0.0.1', () => {
  async function over(faults: SandboxFaults) {
    const sandbox = createSandbox({ faults });
    const server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
    return {
      sandbox,
      server,
      get: () => fetch(`${server.url}/studies`, { headers: keys(sandbox) }),
    };
  }

  test('reset destroys the connection', async () => {
    const { server, get } = await over({ resetRate: 1 });
    try {
      await expect(get()).rejects.toThrow(TypeError);
    } finally {
      await server.close();
    }
  });

  test('truncate sends half the promised bytes and closes', async () => {
    const { server, get } = await over({ truncateRate: 1 });
    try {
      const response = await get();
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
    } finally {
      await server.close();
    }
  });

  test('slow body pauses and then completes', async () => {
    const { server, get } = await over({ slowBodyRate: 1, slowBodyMs: 5 });
    try {
      const response = await get();
      expect((await response.json()).pagination.totalElements).toBe(3);
    } finally {
      await server.close();
    }
  });
});

describe('repeatable faults and the request log', () => {
  async function sequence(seed: number): Promise<(SandboxFault | undefined)[]> {
    const seen: SandboxRequestEntry[] = [];
    const sandbox = createSandbox({
      faults: {
        seed,
        serverErrorRate: 0.2,
        unavailableRate: 0.1,
        rateLimitedRate: 0.1,
        truncateRate: 0.1,
        slowBodyRate: 0.1,
        slowBodyMs: 0,
      },
      onRequest: (entry) => seen.push(entry),
    });
    for (let i = 0; i < 40; i++) {
      const response = await sandbox.fetch(`${sandbox.baseUrl}/studies/PHARMADEMO/sites`, {
        headers: keys(sandbox),
      });
      await response.text().catch(() => undefined);
    }
    expect(seen.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(sandbox.requests()).toBe(40);
    return seen.map((e) => e.fault);
  }

  test('the same fault seed gives the same faults; another seed others', async () => {
    const a = await sequence(11);
    expect(await sequence(11)).toEqual(a);
    expect(await sequence(12)).not.toEqual(a);
    const kinds = new Set(a.filter(Boolean));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    expect(a.filter((f) => f === undefined).length).toBeGreaterThan(5);
  });

  test('rates are checked', () => {
    expect(() => createSandbox({ faults: { serverErrorRate: 1.5 } })).toThrow(TypeError);
    expect(() => createSandbox({ faults: { serverErrorRate: 0.6, resetRate: 0.6 } })).toThrow(
      /add up/,
    );
    expect(() => createSandbox({ studyCount: -1 })).toThrow(TypeError);
    expect(() => createSandbox({ rateLimit: { requestsPerSecond: 0 } })).toThrow(TypeError);
  });

  test('latency delays the answer and honours an abort', async () => {
    const sandbox = createSandbox({ latencyMs: 5 });
    expect(
      (await sandbox.fetch(`${sandbox.baseUrl}/studies`, { headers: keys(sandbox) })).status,
    ).toBe(200);
    const controller = new AbortController();
    const pending = sandbox.fetch(`${sandbox.baseUrl}/studies`, {
      headers: keys(sandbox),
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toThrow();
    sandbox.close();
  });
});
