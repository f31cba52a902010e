import type { Sandbox, SandboxOptions } from '../src/index.ts';
import { createSandbox } from '../src/index.ts';

/** The per-study lists of api-contract §2 (written from the contract, not read from src). */
export const STUDY_LISTS = [
  'sites',
  'forms',
  'intervals',
  'visits',
  'subjects',
  'users',
  'variables',
  'codings',
  'queries',
  'recordRevisions',
  'records',
];

/** A sandbox plus a `get`/`post` that send its credentials. */
export function setup(options: SandboxOptions = {}) {
  const sandbox = createSandbox(options);
  const headers = {
    'x-api-key': sandbox.credentials.apiKey,
    'x-imn-security-key': sandbox.credentials.securityKey,
  };
  const get = async (path: string, extra: Record<string, string> = {}) => {
    const response = await sandbox.fetch(sandbox.baseUrl + path, {
      headers: { ...headers, ...extra },
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  const post = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
    const response = await sandbox.fetch(sandbox.baseUrl + path, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', ...extra },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  return { sandbox, headers, get, post, key: sandbox.studyKeys[0]! };
}

/** Every item of a list, paging with the given size. */
export async function all(
  get: ReturnType<typeof setup>['get'],
  path: string,
  size = 500,
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  const sep = path.includes('?') ? '&' : '?';
  for (let page = 0; ; page++) {
    const { status, body } = await get(`${path}${sep}size=${size}&page=${page}`);
    if (status !== 200) throw new Error(`status ${status}: ${JSON.stringify(body)}`);
    out.push(...body.data);
    if (page + 1 >= body.pagination.totalPages) return out;
  }
}

export type { Sandbox };
