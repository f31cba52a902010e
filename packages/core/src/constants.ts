/** Production base URL of the iMednet EDC REST API (without the API path). */
export const DEFAULT_BASE_URL = 'https://edc.prod.imednetapi.com';
/** Path every operation lives under, appended to a base URL that has no path. */
export const DEFAULT_API_PATH = '/api/v1/edc';
/** Page size of one-page reads (`listXPage`) of most lists (the Python SDK's default). */
export const DEFAULT_PAGE_SIZE = 100;
/**
 * Page size of whole reads (`paginate`, every `iterateX` and `listX`): the largest the server
 * accepts, since each page costs a round trip (measured: see the README).
 */
export const DEFAULT_READ_PAGE_SIZE = 500;
/** Pages requested ahead of the one being read, by default (measured: see the README). */
export const DEFAULT_READ_AHEAD = 4;
/** Page size used for small, wide lists (forms, intervals, variables). */
export const LARGE_PAGE_SIZE = 500;
/** Largest page size the server accepts. */
export const MAX_PAGE_SIZE = 500;
/** Per-attempt timeout in milliseconds. */
export const DEFAULT_TIMEOUT = 30_000;
/** Retries after the first attempt. */
export const DEFAULT_RETRIES = 3;
/** Base of the full-jitter exponential backoff, in milliseconds. */
export const DEFAULT_RETRY_DELAY = 1000;
/** Longest `Retry-After` the client waits for before failing, in milliseconds. */
export const DEFAULT_MAX_RETRY_AFTER = 60_000;
/** Loop guard for paging: the most pages one `paginate` call fetches. */
export const DEFAULT_MAX_PAGES = 100_000;
/** Header carrying the API key. */
export const HEADER_API_KEY = 'x-api-key';
/** Header carrying the security key. */
export const HEADER_SECURITY_KEY = 'x-imn-security-key';
/** Header asking for an e-mail notification on POST records. */
export const HEADER_EMAIL_NOTIFY = 'x-email-notify';
/** Content type of every request and response body. */
export const CONTENT_TYPE_JSON = 'application/json';
/** Job states after which a job no longer changes (compare upper-cased; '' counts as finished). */
export const TERMINAL_JOB_STATES: readonly string[] = /* @__PURE__ */ Object.freeze([
  'COMPLETED',
  'SUCCESS',
  'FAILED',
  'CANCELLED',
  '',
]);
/** Most columns one SQLite table may hold. */
export const MAX_SQLITE_COLUMNS = 2000;
/** Environment variable names read by `loadConfig` and `createClient`. */
export const ENV_API_KEY = 'IMEDNET_API_KEY';
export const ENV_SECURITY_KEY = 'IMEDNET_SECURITY_KEY';
export const ENV_BASE_URL = 'IMEDNET_BASE_URL';
