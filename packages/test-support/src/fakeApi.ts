/** One answer of the fake server: a status and a JSON body (or a function of the request). */
export interface Answer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Hold the answer until this promise settles (to observe requests in flight). */
  hold?: Promise<unknown>;
}

export interface Seen {
  method: string;
  path: string;
  body: unknown;
  headers: Headers;
  /** The query string of the request. */
  query: URLSearchParams;
  /** Date.now() when the request arrived (fake timers make it exact). */
  at: number;
}

/**
 * An injected fetch that answers from per-route scripts (`'GET /studies/S/jobs/B'`, the path
 * after `/api/v1/edc`; the last answer repeats, or a function of the request answers), records
 * every request, and counts how many are in flight at once. Only the wire is faked: for tests
 * that script answers request by request or hold them in flight, where nock's interceptors or
 * the sandbox's generated data do not fit.
 */
export function createFakeApi(routes: Record<string, Answer[] | ((seen: Seen) => Answer)>) {
  const seen: Seen[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const calls = new Map<string, number>();
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api\/v1\/edc/, '');
    const text = request.method === 'POST' ? await request.text() : '';
    const entry: Seen = {
      method: request.method,
      path,
      body: text ? JSON.parse(text) : undefined,
      headers: request.headers,
      query: url.searchParams,
      at: Date.now(),
    };
    seen.push(entry);
    const key = `${request.method} ${path}`;
    const route = routes[key];
    if (!route) return Response.json({ metadata: { status: 'NOT_FOUND' } }, { status: 404 });
    const n = calls.get(key) ?? 0;
    calls.set(key, n + 1);
    const answer =
      typeof route === 'function' ? route(entry) : (route[Math.min(n, route.length - 1)] as Answer);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (answer.hold) {
        const signal = request.signal;
        await new Promise((resolve, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
          answer.hold?.then(resolve, resolve);
        });
      }
    } finally {
      inFlight--;
    }
    return Response.json(answer.body ?? null, {
      status: answer.status ?? 200,
      headers: answer.headers,
    });
  };
  return {
    fetch,
    seen,
    get maxInFlight() {
      return maxInFlight;
    },
    count: (key: string) => calls.get(key) ?? 0,
  };
}
