/** Registered so a client made by one copy of the package is readable by another. */
export const CLIENT_OPTIONS: unique symbol = /* @__PURE__ */ Symbol.for(
  '@imednet/core/client-options',
) as never;
/** Node's `util.inspect` hook, named without importing `node:util`. */
export const INSPECT: unique symbol = /* @__PURE__ */ Symbol.for(
  'nodejs.util.inspect.custom',
) as never;
/** What `JSON.stringify`, `util.inspect` and `String` show instead of a secret. */
export const MASK = '********';
/** A client's ky instance (see `createTransport`). */
export const TRANSPORT: unique symbol = /* @__PURE__ */ Symbol.for(
  '@imednet/core/transport',
) as never;
/** The secrets a client's auth strategy has sent, so every error can mask them. */
export const SENT_SECRETS: unique symbol = /* @__PURE__ */ Symbol.for(
  '@imednet/core/sent-secrets',
) as never;
