import { checkFaults, pickFault } from './internal/faults.ts';
import { API_PATH, handleRequest } from './internal/handleRequest.ts';
import { hash, seedNumber } from './internal/random.ts';
import { createRateLimiter } from './internal/rateLimiter.ts';
import { type Answer, errorResponse, type RequestInfo } from './internal/responses.ts';
import { applyVariableChanges } from './internal/study/applyVariableChanges.ts';
import { FORMS } from './internal/study/templates.ts';
import { createWorld } from './internal/world.ts';
import type {
  ReceivedBatch,
  Sandbox,
  SandboxFault,
  SandboxOptions,
  ServedResponse,
} from './types.ts';

function count(name: string, value: number | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new TypeError(`${name} must be an integer of ${min} or more`);
  }
  return value;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

function delay(
  ms: number,
  timers: Set<ReturnType<typeof setTimeout>>,
  signal?: AbortSignal | null,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      timers.delete(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    timers.add(timer);
    function onAbort() {
      clearTimeout(timer);
      timers.delete(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const RESET_MESSAGE = 'fetch failed';

/**
 * Creates an in-memory iMednet EDC server: a fetch handler serving generated studies, with
 * the API's paging, filters, record jobs, auth and optional faults. Nothing listens on a
 * port; pass `sandbox.fetch` to a client, or serve it with `listen` from
 * `@imednet/sandbox/node`.
 *
 * @throws {TypeError} when an option is out of range (negative counts, fault rates above 1).
 * @example
 * const sandbox = createSandbox({ seed: 42, recordsPerStudy: 2000 });
 * const client = createClient({ ...sandbox.credentials, baseUrl: sandbox.baseUrl, fetch: sandbox.fetch });
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const seed = seedNumber(options.seed ?? 1);
  const studyCount = count('studyCount', options.studyCount, 3);
  const records = count(
    'recordsPerStudy',
    options.recordsPerStudy,
    options.subjectsPerStudy === undefined ? 500 : options.subjectsPerStudy * 10,
  );
  const subjects = count(
    'subjectsPerStudy',
    options.subjectsPerStudy,
    Math.max(1, Math.ceil(records / 10)),
  );
  const latencyMs = count('latencyMs', options.latencyMs, 0);
  const jobDurationMs = count('jobDurationMs', options.jobDurationMs, 500);
  const faults = options.faults ?? {};
  checkFaults(faults);
  const slowBodyMs = count('faults.slowBodyMs', faults.slowBodyMs, 1000);
  const retryAfter = count('faults.retryAfterSeconds', faults.retryAfterSeconds, 1);
  const rate = options.rateLimit?.requestsPerSecond;
  if (rate !== undefined && !(rate > 0))
    throw new TypeError('rateLimit.requestsPerSecond must be above 0');
  const limiter = rate === undefined ? null : createRateLimiter(rate);
  const now = options.now ?? Date.now;
  const credentials = options.credentials ?? {
    apiKey: `sandbox-api-key-${hex(hash(seed, 1))}${hex(hash(seed, 2))}`,
    securityKey: `sandbox-security-key-${hex(hash(seed, 3))}${hex(hash(seed, 4))}`,
  };
  const forms = applyVariableChanges(FORMS, options.variableChanges ?? []);
  const world = createWorld(seed, studyCount, subjects, records, jobDurationMs, now, forms);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const batches: ReceivedBatch[] = [];
  let seq = 0;
  let closed = false;

  async function answer(
    request: Request,
    n: number,
    info: RequestInfo,
    url: URL,
  ): Promise<{
    response: Answer;
    fault?: SandboxFault;
    batch?: { body: unknown; batchId: string | null };
  }> {
    const fault = pickFault(faults, n);
    if (closed) return { response: errorResponse(info, 503, 'The sandbox is closed.') };
    if (limiter) {
      const wait = limiter.take(info.now);
      if (wait > 0) {
        return {
          response: errorResponse(
            info,
            429,
            'Too many requests - rate limit exceeded, please try again later or contact support.',
            { 'retry-after': String(wait) },
          ),
        };
      }
    }
    if (fault === 'serverError' || fault === 'unavailable' || fault === 'rateLimited') {
      const status = fault === 'serverError' ? 500 : fault === 'unavailable' ? 503 : 429;
      const message =
        status === 429
          ? 'Too many requests - rate limit exceeded, please try again later or contact support.'
          : status === 503
            ? 'The service is temporarily unavailable.'
            : 'An unexpected server error occurred. Please contact support.';
      const headers: Record<string, string> =
        status === 429 ? { 'retry-after': String(retryAfter) } : {};
      return { response: errorResponse(info, status, message, headers), fault };
    }
    if (!url.pathname.startsWith(API_PATH + '/') && url.pathname !== API_PATH) {
      return { response: errorResponse(info, 404, 'The requested resource could not be found.') };
    }
    if (
      request.headers.get('x-api-key') !== credentials.apiKey ||
      request.headers.get('x-imn-security-key') !== credentials.securityKey
    ) {
      return {
        response: errorResponse(
          info,
          401,
          'Authentication credentials missing, invalid, or expired.',
        ),
      };
    }
    let segments: string[];
    try {
      segments = url.pathname
        .slice(API_PATH.length)
        .split('/')
        .filter((s) => s !== '')
        .map(decodeURIComponent);
    } catch {
      return { response: errorResponse(info, 400, 'The path is not valid.') };
    }
    const result = await handleRequest(world, info, {
      method: request.method,
      url,
      segments,
      headers: request.headers,
      body: () => request.text(),
    });
    const transport =
      fault === 'reset' || fault === 'truncate' || fault === 'slowBody' ? fault : undefined;
    if (!('batchId' in result)) return { response: result, fault: transport };
    return {
      response: result.response,
      fault: transport,
      batch: { body: result.body, batchId: result.batchId },
    };
  }

  async function serve(request: Request): Promise<ServedResponse> {
    const n = ++seq;
    const url = new URL(request.url);
    if (latencyMs > 0) await delay(latencyMs, timers, request.signal);
    const info: RequestInfo = { method: request.method, path: url.pathname, now: now() };
    const isRecordsPost = request.method === 'POST' && /\/records\/?$/.test(url.pathname);
    const bodyCopy = isRecordsPost ? request.clone() : null;
    const { response: result, fault, batch } = await answer(request, n, info, url);
    const response = new Response(result.body, { status: result.status, headers: result.headers });
    if (isRecordsPost) {
      let body: unknown = batch?.body;
      if (!batch) {
        const text = await bodyCopy!.text();
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const studyKey = decodeURIComponent(url.pathname.split('/').slice(-2)[0] ?? '');
      batches.push({
        seq: n,
        studyKey,
        batchId: batch?.batchId ?? null,
        body,
        status: response.status,
        fault,
      });
    }
    options.onRequest?.({
      seq: n,
      method: request.method,
      path: url.pathname,
      status: response.status,
      fault,
    });
    const transport =
      fault === 'reset' || fault === 'truncate' || fault === 'slowBody' ? fault : undefined;
    return { response, body: result.body, fault: transport, slowBodyMs };
  }

  async function fetchHandler(
    input: Request | string | URL,
    init?: RequestInit,
  ): Promise<Response> {
    const request =
      input instanceof Request && init === undefined ? input : new Request(input, init);
    const served = await serve(request);
    if (!served.fault) return served.response;
    if (served.fault === 'reset') {
      const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
      throw new TypeError(RESET_MESSAGE, { cause });
    }
    const bytes = new TextEncoder().encode(served.body);
    const half = Math.floor(bytes.length / 2);
    const fault = served.fault;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, half));
        if (fault === 'truncate') {
          controller.error(
            new TypeError('terminated', {
              cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
            }),
          );
          return;
        }
        const timer = setTimeout(() => {
          timers.delete(timer);
          controller.enqueue(bytes.slice(half));
          controller.close();
        }, slowBodyMs);
        timers.add(timer);
      },
    });
    return new Response(body, { status: served.response.status, headers: served.response.headers });
  }

  return {
    fetch: fetchHandler,
    serve,
    credentials,
    baseUrl: `http://sandbox.local${API_PATH}`,
    studyKeys: world.studies.map((s) => s.base.key),
    requests: () => seq,
    receivedBatches: () => batches,
    deleteRecord(studyKey, recordId) {
      const study = world.byKey.get(studyKey);
      const index = study ? study.records.indexOfId(recordId) : -1;
      if (!study || index < 0) return false;
      const at = now();
      study.records.markDeleted(index, at);
      study.revisions.append(index, study.records.revisionCount(index), at, 'Deleted', true);
      return true;
    },
    updateRecord(studyKey, recordId, data) {
      const study = world.byKey.get(studyKey);
      const index = study ? study.records.indexOfId(recordId) : -1;
      if (!study || index < 0) return false;
      const at = now();
      study.records.update(index, { ...data }, at);
      study.revisions.append(index, study.records.revisionCount(index), at, 'Updated in the EDC');
      return true;
    },
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
