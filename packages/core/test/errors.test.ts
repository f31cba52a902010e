import { inspect } from 'node:util';
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
import { describe, expect, test, vi } from 'vitest';
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  ImednetError,
  InvalidInputError,
  ItemNotFoundError,
  isApiError,
  isImednetError,
  isNotFoundError,
  isRateLimitError,
  isResponseValidationError,
  NetworkError,
  NotFoundError,
  PaginationError,
  RateLimitError,
  ResponseValidationError,
  request,
  ServerError,
  TimeoutError,
  UnauthorizedError,
} from '../src/index.ts';

useNock();

const GET = { method: 'GET', path: ['studies', 'S1', 'sites'] } as const;

async function failWith(status: number, body: unknown, headers: Record<string, string> = {}) {
  const scope = api()
    .get(`${BASE}/studies/S1/sites`)
    .reply(status, body as never, headers);
  const error = await rejection(request(testClient({ retries: 0 }), GET));
  expect(isApiError(error, status)).toBe(true);
  scope.done();
  return error as ApiError;
}

describe('status mapping', () => {
  test.each([
    [400, BadRequestError, 'BAD_REQUEST'],
    [401, UnauthorizedError, 'UNAUTHORIZED'],
    [403, ForbiddenError, 'FORBIDDEN'],
    [404, NotFoundError, 'NOT_FOUND'],
    [409, ConflictError, 'CONFLICT'],
    [429, RateLimitError, 'RATE_LIMITED'],
    [500, ServerError, 'SERVER_ERROR'],
    [502, ServerError, 'SERVER_ERROR'],
    [504, ServerError, 'SERVER_ERROR'],
    [418, ApiError, 'API_ERROR'],
  ] as const)('%i → %s', async (status, Class, code) => {
    const error = await failWith(status, '');
    expect(error).toBeInstanceOf(Class);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.method).toBe('GET');
    expect(error.url).toBe(`${ORIGIN}${BASE}/studies/S1/sites`);
    expect(error.message).toContain(`HTTP ${status}`);
    expect(isImednetError(error, code)).toBe(true);
  });

  test('429 carries retryAfter (null when the server does not say)', async () => {
    const error = await failWith(429, '');
    expect(isRateLimitError(error)).toBe(true);
    expect((error as RateLimitError).retryAfter).toBeNull();
  });
});

describe('error bodies', () => {
  test('the spec shape: metadata.error.message', async () => {
    const error = await failWith(403, {
      metadata: { status: 'ERROR', error: { message: 'Study not accessible' } },
    });
    expect(error.serverMessage).toBe('Study not accessible');
    expect(error.serverCode).toBeNull();
    expect(error.message).toContain('Study not accessible');
  });

  test('the reference-notes shape: code, description, field', async () => {
    const error = await failWith(400, {
      metadata: {
        status: 'BAD_REQUEST',
        path: '/x',
        timestamp: '2024-01-01 00:00:00',
        error: {
          code: 1000,
          description: 'Invalid filter',
          field: { attribute: 'filter', value: 'siteId=>5' },
        },
      },
    });
    expect(error.serverCode).toBe('1000');
    expect(error.serverMessage).toBe('Invalid filter');
    expect(error.field).toEqual({ attribute: 'filter', value: 'siteId=>5' });
    expect(error.message).toContain('code 1000');
    expect(error.message).toContain('Invalid filter');
    expect(error.message).toContain('field filter');
  });

  test('a non-JSON body is kept as text', async () => {
    const error = await failWith(502, '<html><body>Bad gateway</body></html>', {
      'content-type': 'text/html',
    });
    expect(error.body).toBe('<html><body>Bad gateway</body></html>');
    expect(error.serverMessage).toBe('<html><body>Bad gateway</body></html>');
    expect(error.serverCode).toBeNull();
  });

  test('an empty body', async () => {
    const error = await failWith(404, '');
    expect(error.body).toBeNull();
    expect(error.serverMessage).toBeNull();
    expect(isNotFoundError(error)).toBe(true);
  });

  test('the request id header is kept', async () => {
    const error = await failWith(500, '', { 'x-request-id': 'req-42' });
    expect(error.requestId).toBe('req-42');
  });

  test('a 2xx body that is not JSON is a ResponseValidationError', async () => {
    const scope = api().get(`${BASE}/studies/S1/sites`).reply(200, 'not json');
    const error = await rejection(request(testClient(), GET));
    expect(isResponseValidationError(error)).toBe(true);
    expect(isApiError(error)).toBe(false);
    scope.done();
  });
});

describe('no secret in any error', () => {
  test('a body echoing the keys is redacted in message, body and JSON', async () => {
    const error = await failWith(401, {
      metadata: {
        error: { message: `bad key ${API_KEY} / ${SECURITY_KEY}`, field: { value: API_KEY } },
      },
    });
    const printed = [
      error.message,
      JSON.stringify(error),
      inspect(error),
      String(error),
      error.stack ?? '',
      JSON.stringify(error.body),
    ];
    for (const text of printed) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(SECURITY_KEY);
    }
    expect(error.serverMessage).toBe('bad key ******** / ********');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
  });

  test('bearer tokens from an auth strategy are redacted too', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/sites`)
      .reply(400, `token SECRET-TOKEN-789 refused`);
    const client = testClient({
      apiKey: undefined,
      securityKey: undefined,
      auth: () => ({ authorization: 'Bearer SECRET-TOKEN-789' }),
    });
    const error = await rejection(request(client, GET));
    expect(JSON.stringify(error)).not.toContain('SECRET-TOKEN-789');
    expect(error.message).not.toContain('SECRET-TOKEN-789');
    scope.done();
  });

  test('network, timeout and input errors never carry a key', async () => {
    const scope = api().get(`${BASE}/studies/S1/sites`).replyWithError(new Error('boom'));
    const net = await rejection(request(testClient({ retries: 0 }), GET));
    const bad = await rejection(
      request(testClient(), {
        method: 'GET',
        path: ['x'],
        headers: { 'x-bad': `${API_KEY}\r\n` },
      }),
    );
    for (const error of [net, bad]) {
      const text = `${error.message} ${JSON.stringify(error)} ${inspect(error)}`;
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(SECURITY_KEY);
    }
    expect(bad.code).toBe('INVALID_INPUT');
    expect(net.code).toBe('NETWORK_ERROR');
    expect(net.message).toContain('boom');
    scope.done();
  });
});

describe('guards across package copies', () => {
  test('an error from a second copy of the module is recognised by brand', async () => {
    vi.resetModules();
    const copy = await import('../src/index.ts');
    const foreign = new copy.NotFoundError({ status: 404, method: 'GET', url: 'https://x/y' });
    expect(foreign instanceof NotFoundError).toBe(false); // a different class object...
    expect(isImednetError(foreign)).toBe(true); // ...still recognised
    expect(isApiError(foreign, 404)).toBe(true);
    expect(isNotFoundError(foreign)).toBe(true);
    expect(isApiError(foreign, 500)).toBe(false);
  });

  test('guards refuse look-alikes without the brand', () => {
    const fake = Object.assign(new Error('x'), { code: 'NOT_FOUND', status: 404 });
    expect(isImednetError(fake)).toBe(false);
    expect(isApiError(fake)).toBe(false);
    expect(isImednetError(null)).toBe(false);
    expect(isImednetError('NOT_FOUND')).toBe(false);
  });

  test('subclasses defined by other packages keep their own literal code', () => {
    class JobFailedError extends ImednetError {
      override readonly code = 'JOB_FAILED' as const;
      override name = 'JobFailedError';
    }
    const error = new JobFailedError('failed', { cause: new Error('inner') });
    expect(isImednetError(error, 'JOB_FAILED')).toBe(true);
    expect(error.cause).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'JobFailedError',
      code: 'JOB_FAILED',
      message: 'failed',
    });
  });
});

describe('constructors take one init object and { cause }', () => {
  const cause = new Error('underneath');
  test.each([
    [
      new ItemNotFoundError({ resource: 'site', id: 7 }, { cause }),
      { code: 'ITEM_NOT_FOUND', resource: 'site', id: 7, message: 'No site with id 7' },
    ],
    [
      new PaginationError(
        { message: 'count mismatch', url: 'u', expected: 3, received: 2 },
        { cause },
      ),
      {
        code: 'PAGINATION_ERROR',
        url: 'u',
        page: null,
        expected: 3,
        received: 2,
        message: 'count mismatch',
      },
    ],
    [
      new ResponseValidationError(
        { resource: 'records', index: 2, path: 'a.b', value: 1, message: 'not a string' },
        { cause },
      ),
      {
        code: 'RESPONSE_VALIDATION',
        resource: 'records',
        index: 2,
        path: 'a.b',
        value: 1,
        message: 'Unexpected response at records[2].a.b: not a string',
      },
    ],
    [
      new ResponseValidationError({ resource: 'envelope', value: null }, { cause }),
      {
        code: 'RESPONSE_VALIDATION',
        index: null,
        path: '',
        message: 'Unexpected response at envelope',
      },
    ],
    [
      new InvalidInputError(
        {
          details: [
            { field: 'x', message: 'must be set' },
            { index: 1, message: 'bad' },
          ],
        },
        { cause },
      ),
      {
        code: 'INVALID_INPUT',
        details: [
          { field: 'x', message: 'must be set' },
          { index: 1, message: 'bad' },
        ],
        message: 'Invalid input: x: must be set; #1: bad',
      },
    ],
    [
      new InvalidInputError({ details: [], message: 'said otherwise' }, { cause }),
      { code: 'INVALID_INPUT', details: [], message: 'said otherwise' },
    ],
    [
      new NetworkError({ method: 'GET', url: 'u' }, { cause }),
      { code: 'NETWORK_ERROR', method: 'GET', url: 'u', message: 'GET u failed: network error' },
    ],
    [
      new TimeoutError({ method: 'GET', url: 'u', timeout: 5 }, { cause }),
      {
        code: 'TIMEOUT',
        method: 'GET',
        url: 'u',
        timeout: 5,
        message: 'GET u timed out after 5 ms',
      },
    ],
  ])('%s', (error, fields) => {
    expect(error).toMatchObject(fields);
    expect(error.cause).toBe(cause);
    expect(isImednetError(error, fields.code)).toBe(true);
  });
});
