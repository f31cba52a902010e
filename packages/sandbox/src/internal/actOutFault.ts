import type { ServedResponse } from '../types.ts';

const RESET_MESSAGE = 'fetch failed';

/**
 * The response a `fetch` caller sees for a served answer with a transport fault, acted out
 * in-process the way undici reports it: a reset rejects, a truncated body errors half-way,
 * a slow body sends its second half after `slowBodyMs`.
 *
 * @throws {TypeError} 'fetch failed' for a reset, as undici does
 */
export function actOutFault(
  served: ServedResponse,
  timers: Set<ReturnType<typeof setTimeout>>,
): Response {
  const fault = served.fault;
  if (!fault) return served.response;
  if (fault === 'reset') {
    const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    throw new TypeError(RESET_MESSAGE, { cause });
  }
  const bytes = served.body;
  const half = Math.floor(bytes.length / 2);
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
      }, served.slowBodyMs);
      timers.add(timer);
    },
  });
  return new Response(body, { status: served.response.status, headers: served.response.headers });
}
