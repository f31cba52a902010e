import type { AmbiguousWriteError } from './AmbiguousWriteError.ts';
import type {
  ApiError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  RedirectError,
  ServerError,
  UnauthorizedError,
} from './ApiError.ts';
import type { ConfigurationError } from './ConfigurationError.ts';
import { ERROR_BRAND, type ImednetError } from './ImednetError.ts';
import type { InvalidInputError } from './InvalidInputError.ts';
import type { ItemNotFoundError } from './ItemNotFoundError.ts';
import type { NetworkError } from './NetworkError.ts';
import type { PaginationError } from './PaginationError.ts';
import type { ResponseValidationError } from './ResponseValidationError.ts';
import type { TimeoutError } from './TimeoutError.ts';

/**
 * True for any error of this toolkit, from any copy of the package; with `code`, only that kind.
 *
 * @throws never
 * @example
 * if (isImednetError(e, 'TIMEOUT')) retryLater()
 */
export function isImednetError(error: unknown, code?: string): error is ImednetError {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as Record<symbol, unknown>)[ERROR_BRAND] !== true) return false;
  return code === undefined || (error as ImednetError).code === code;
}

/**
 * True for an AmbiguousWriteError from any copy of this package: a POST whose answer was lost
 * after it was sent, so it may have been applied.
 *
 * @throws never
 * @example
 * if (isAmbiguousWriteError(e)) console.log('check the records before posting again')
 */
export const isAmbiguousWriteError = (e: unknown): e is AmbiguousWriteError =>
  isImednetError(e, 'AMBIGUOUS_WRITE');

/**
 * True for an HTTP error; with `status`, only that status.
 *
 * @throws never
 * @example
 * if (isApiError(e, 404)) return null
 */
export function isApiError(error: unknown, status?: number): error is ApiError {
  return (
    isImednetError(error) &&
    // Only ApiError and its subclasses carry an HTTP status.
    typeof (error as ApiError).status === 'number' &&
    (status === undefined || (error as ApiError).status === status)
  );
}

/**
 * True for a RateLimitError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isRateLimitError(e)) console.log(e.retryAfter)
 */
export const isRateLimitError = (e: unknown): e is RateLimitError =>
  isImednetError(e, 'RATE_LIMITED');
/**
 * True for a UnauthorizedError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isUnauthorizedError(e)) askForKeys()
 */
export const isUnauthorizedError = (e: unknown): e is UnauthorizedError =>
  isImednetError(e, 'UNAUTHORIZED');
/**
 * True for a ForbiddenError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isForbiddenError(e)) skipStudy()
 */
export const isForbiddenError = (e: unknown): e is ForbiddenError => isImednetError(e, 'FORBIDDEN');
/**
 * True for a NotFoundError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isNotFoundError(e)) return null
 */
export const isNotFoundError = (e: unknown): e is NotFoundError => isImednetError(e, 'NOT_FOUND');
/**
 * True for a ServerError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isServerError(e)) alert()
 */
export const isServerError = (e: unknown): e is ServerError => isImednetError(e, 'SERVER_ERROR');
/**
 * True for a TimeoutError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isTimeoutError(e)) console.log(e.timeout)
 */
export const isTimeoutError = (e: unknown): e is TimeoutError => isImednetError(e, 'TIMEOUT');
/**
 * True for a NetworkError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isNetworkError(e)) console.log(e.cause)
 */
export const isNetworkError = (e: unknown): e is NetworkError => isImednetError(e, 'NETWORK_ERROR');
/**
 * True for a ResponseValidationError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isResponseValidationError(e)) console.log(e.path)
 */
export const isResponseValidationError = (e: unknown): e is ResponseValidationError =>
  isImednetError(e, 'RESPONSE_VALIDATION');
/**
 * True for a ConfigurationError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isConfigurationError(e)) console.error(e.message)
 */
export const isConfigurationError = (e: unknown): e is ConfigurationError =>
  isImednetError(e, 'CONFIGURATION_ERROR');
/**
 * True for a PaginationError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isPaginationError(e)) console.error(e.expected, e.received)
 */
export const isPaginationError = (e: unknown): e is PaginationError =>
  isImednetError(e, 'PAGINATION_ERROR');
/**
 * True for a ItemNotFoundError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isItemNotFoundError(e)) return null
 */
export const isItemNotFoundError = (e: unknown): e is ItemNotFoundError =>
  isImednetError(e, 'ITEM_NOT_FOUND');
/**
 * True for a InvalidInputError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isInvalidInputError(e)) console.error(e.details)
 */
export const isInvalidInputError = (e: unknown): e is InvalidInputError =>
  isImednetError(e, 'INVALID_INPUT');
/**
 * True for a RedirectError (a 3xx answer, never followed) from any copy of this package.
 *
 * @throws never
 * @example
 * if (isRedirectError(e)) console.error(e.location)
 */
export const isRedirectError = (e: unknown): e is RedirectError => isImednetError(e, 'REDIRECT');
