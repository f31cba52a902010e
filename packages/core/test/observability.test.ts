import {
  API_KEY,
  api,
  BASE,
  ORIGIN,
  rejection,
  SECURITY_KEY,
  testClient,
  useNock,
} from '@imednet/test-support';
import { describe, expect, test } from 'vitest';
import { request, type SpanAttributeValue, type TracerLike } from '../src/index.ts';

useNock();

const URL_ = `${ORIGIN}${BASE}/studies`;

function fakeTracer() {
  const spans: {
    name: string;
    attributes: Record<string, SpanAttributeValue>;
    status?: { code: number; message?: string };
    exceptions: unknown[];
    ended: number;
  }[] = [];
  const tracer: TracerLike = {
    startSpan(name, options) {
      const span = {
        name,
        attributes: { ...options?.attributes },
        exceptions: [] as unknown[],
        ended: 0,
      } as (typeof spans)[number];
      spans.push(span);
      return {
        setAttribute: (k, v) => {
          span.attributes[k] = v;
        },
        setStatus: (s) => {
          span.status = s;
        },
        recordException: (e) => {
          span.exceptions.push(e);
        },
        end: () => {
          span.ended += 1;
        },
      };
    },
  };
  return { tracer, spans };
}

describe('hooks', () => {
  test('each hook gets one state object, in order, without secrets', async () => {
    const scope = api()
      .get(`${BASE}/studies`)
      .reply(503, `echo ${API_KEY}`)
      .get(`${BASE}/studies`)
      .reply(200, { ok: true });
    const events: [string, Record<string, unknown>][] = [];
    const client = testClient({
      hooks: {
        onRequest: (s) => events.push(['request', s]),
        onResponse: (s) => events.push(['response', s]),
        onRetry: (s) => events.push(['retry', s]),
        onError: (s) => events.push(['error', s]),
      },
    });
    await request(client, { method: 'GET', path: ['studies'] });
    expect(events.map(([k]) => k)).toEqual(['request', 'response', 'retry', 'request', 'response']);
    expect(events[0]?.[1]).toEqual({ method: 'GET', url: URL_, attempt: 1 });
    expect(events[1]?.[1]).toMatchObject({ method: 'GET', url: URL_, attempt: 1, status: 503 });
    expect(typeof events[1]?.[1].durationMs).toBe('number');
    expect(events[2]?.[1]).toMatchObject({ attempt: 1, delayMs: expect.any(Number) });
    expect(events[4]?.[1]).toMatchObject({ attempt: 2, status: 200 });
    const printed = JSON.stringify(events);
    expect(printed).not.toContain(API_KEY);
    expect(printed).not.toContain(SECURITY_KEY);
    scope.done();
  });

  test('onError is called once when giving up; a throwing hook does not break the call', async () => {
    const scope = api().get(`${BASE}/studies`).reply(404);
    const errors: unknown[] = [];
    const client = testClient({
      hooks: {
        onRequest: () => {
          throw new Error('broken logger');
        },
        onError: (s) => errors.push(s.error),
      },
    });
    const error = await rejection(request(client, { method: 'GET', path: ['studies'] }));
    expect(error.status).toBe(404);
    expect(errors).toEqual([error]);
    scope.done();
  });
});

describe('tracer', () => {
  test('one span per logical request, across retries, without secrets', async () => {
    const scope = api().get(`${BASE}/studies`).reply(500).get(`${BASE}/studies`).reply(200, {});
    const { tracer, spans } = fakeTracer();
    await request(testClient({ tracer }), { method: 'GET', path: ['studies'] });
    expect(spans.length).toBe(1);
    const span = spans[0]!;
    expect(span.name).toBe('imednet GET');
    // Method, URL and status only: nothing else (no header, no body) reaches a tracer.
    expect(span.attributes).toEqual({
      'http.request.method': 'GET',
      'url.full': URL_,
      'http.response.status_code': 200,
    });
    expect(span.status?.code).toBe(1);
    expect(span.ended).toBe(1);
    expect(JSON.stringify(span)).not.toContain(API_KEY);
    scope.done();
  });

  test('a failed request ends its span with an error status', async () => {
    const scope = api()
      .get(`${BASE}/studies`)
      .reply(403, { metadata: { error: { message: `no ${SECURITY_KEY}` } } });
    const { tracer, spans } = fakeTracer();
    await rejection(request(testClient({ tracer }), { method: 'GET', path: ['studies'] }));
    expect(spans.length).toBe(1);
    expect(spans[0]?.status?.code).toBe(2);
    expect(spans[0]?.attributes).toEqual({
      'http.request.method': 'GET',
      'url.full': URL_,
      'http.response.status_code': 403,
      'error.type': 'FORBIDDEN',
    });
    expect(spans[0]?.ended).toBe(1);
    expect(JSON.stringify(spans)).not.toContain(SECURITY_KEY);
    scope.done();
  });
});
