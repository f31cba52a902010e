/** The rejection of a promise that must fail (throws if it resolves), typed loosely for asserts. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary error fields
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Collects an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
