import { ConfigurationError } from '../errors/ConfigurationError.ts';

/**
 * Applies the base URL rule of api-contract §1: strip trailing '/', append the API path only
 * when the URL has no path, `http://` only for loopback hosts unless `allowInsecure`.
 */
export function resolveBaseUrl(baseUrl: string, apiPath: string, allowInsecure: boolean): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    // Reported below with the other shapes that cannot be used.
  }
  // Credentials in a URL end up in logs and error messages: refuse them without echoing.
  if (
    !url ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    !/^https?:$/.test(url.protocol)
  ) {
    throw new ConfigurationError(
      'baseUrl must be an https:// URL without credentials, query or hash',
    );
  }
  if (url.protocol === 'http:' && !allowInsecure && !isLoopback(url.hostname)) {
    throw new ConfigurationError(
      `baseUrl ${url.origin}: http:// sends the keys in clear; use https:// or allowInsecure`,
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path !== '') return url.origin + path;
  // The API path, with one leading slash and none trailing ('' serves the spec at the root).
  const api = apiPath.trim().replace(/\/+$/, '');
  return url.origin + (api === '' || api.startsWith('/') ? api : `/${api}`);
}

/** localhost, *.localhost, [::1], 127.x.x.x (URL has already lower-cased the host name). */
function isLoopback(host: string): boolean {
  return /^(localhost|.+\.localhost|\[::1\]|127(\.\d{1,3}){3})$/.test(host);
}
