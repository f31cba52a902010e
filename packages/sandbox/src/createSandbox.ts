import { actOutFault } from './internal/actOutFault.ts';
import { answerRequest } from './internal/answerRequest.ts';
import { delay } from './internal/delay.ts';
import { API_PATH } from './internal/handleRequest.ts';
import { readSandboxOptions } from './internal/readSandboxOptions.ts';
import { joinParts, type RequestInfo } from './internal/responses.ts';
import { type RawServed, SERVE_RAW, type ServedRequest } from './internal/serveRaw.ts';
import { applyVariableChanges } from './internal/study/applyVariableChanges.ts';
import { FORMS } from './internal/study/templates.ts';
import { createWorld } from './internal/world.ts';
import type { ReceivedBatch, Sandbox, SandboxOptions, ServedResponse } from './types.ts';

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
  const settings = readSandboxOptions(options);
  const { now } = settings;
  const world = createWorld(
    settings.seed,
    settings.studyCount,
    settings.subjectsPerStudy,
    settings.recordsPerStudy,
    settings.jobDurationMs,
    now,
    applyVariableChanges(FORMS, options.variableChanges ?? []),
  );
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const batches: ReceivedBatch[] = [];
  let seq = 0;
  let closed = false;

  async function serveRaw(
    request: ServedRequest,
  ): Promise<RawServed & { body: readonly Uint8Array<ArrayBuffer>[] }> {
    const n = ++seq;
    const url = new URL(request.url);
    if (settings.latencyMs > 0) await delay(settings.latencyMs, timers, request.signal);
    const info: RequestInfo = { method: request.method, path: url.pathname, now: now() };
    const isRecordsPost = request.method === 'POST' && /\/records\/?$/.test(url.pathname);
    const bodyCopy = isRecordsPost ? request.clone() : null;
    const answered = await answerRequest(settings, world, closed, request, n, info, url);
    const { response: result, fault } = answered;
    if (bodyCopy) {
      batches.push({
        seq: n,
        studyKey: decodeURIComponent(url.pathname.split('/').slice(-2)[0] ?? ''),
        batchId: answered.batch?.batchId ?? null,
        body: answered.batch ? answered.batch.body : await readBody(bodyCopy),
        status: result.status,
        fault,
      });
    }
    options.onRequest?.({
      seq: n,
      method: request.method,
      path: url.pathname,
      status: result.status,
      fault,
    });
    const transport =
      fault === 'reset' || fault === 'truncate' || fault === 'slowBody' ? fault : undefined;
    return {
      status: result.status,
      headers: sortedHeaders(result.headers),
      body: result.body,
      fault: transport,
      slowBodyMs: settings.slowBodyMs,
    };
  }

  async function serve(request: Request): Promise<ServedResponse> {
    const raw = await serveRaw(request);
    const body = joinParts(raw.body);
    const response = new Response(body, { status: raw.status, headers: raw.headers });
    return { response, body, fault: raw.fault, slowBodyMs: raw.slowBodyMs };
  }

  const sandbox: Sandbox = {
    async fetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
      const request =
        input instanceof Request && init === undefined ? input : new Request(input, init);
      return actOutFault(await serve(request), timers);
    },
    serve,
    credentials: settings.credentials,
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
  // Not enumerable: the Sandbox's own shape stays as documented.
  Object.defineProperty(sandbox, SERVE_RAW, { value: serveRaw });
  return sandbox;
}

/** Headers as a `Response` lists them: names in lower case, sorted. */
function sortedHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const entries = Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]);
  return Object.fromEntries(entries.sort(([a = ''], [b = '']) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A refused records POST's body as sent: parsed when it is JSON, else its text. */
async function readBody(request: ServedRequest): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
