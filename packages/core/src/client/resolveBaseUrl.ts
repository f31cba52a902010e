import { ConfigurationError } from '../errors/ConfigurationError.ts';

/**
 * Applies the base URL rule of api-contract §1: strip trailing '/', append the API path only
 * when the URL has no path, `http://` only for loopback hosts unless `allowInsecure`.
 */
export function resolveBaseUrl(baseUrl: string, apiPath: string, allowInsecure: boolean): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new ConfigurationError('baseUrl is not a valid absolute URL');
  }
  // Credentials in a URL end up in logs and error messages: refuse them without echoing.
  if (url.username || url.password) {
    throw new ConfigurationError('baseUrl must not contain a user name or password');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`baseUrl must use https:// (got ${url.protocol}//)`);
  }
  if (url.protocol === 'http:' && !allowInsecure && !isLoopback(url.hostname)) {
    throw new ConfigurationError(
      `baseUrl ${url.origin}: http:// sends the keys in clear text; use https:// or allowInsecure: true`,
    );
  }
  if (url.search || url.hash) {
    throw new ConfigurationError('baseUrl must not contain a query or fragment');
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path !== '') return url.origin + path;
  return url.origin + normaliseApiPath(apiPath);
}

function normaliseApiPath(apiPath: string): string {
  const p = apiPath.trim().replace(/\/+$/, '');
  if (p === '') return '';
  if (!p.startsWith('/')) return `/${p}`;
  return p;
}

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}
