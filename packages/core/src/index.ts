export { bearerTokenAuth } from './auth/bearerTokenAuth.ts';
export { keyAuth } from './auth/keyAuth.ts';
export { rotatingKeyAuth } from './auth/rotatingKeyAuth.ts';
export type { AuthContext, AuthHeaders, AuthStrategy } from './auth/types.ts';
export { createClient } from './client/createClient.ts';
export { createRateLimiter } from './client/createRateLimiter.ts';
export { type ConfigInput, type ImednetConfig, loadConfig } from './client/loadConfig.ts';
export { redactSecrets } from './client/redactSecrets.ts';
export type {
  Client,
  ClientOptions,
  FetchLike,
  Hooks,
  RateLimiter,
  RateLimitOptions,
  SpanAttributeValue,
  SpanLike,
  TracerLike,
} from './client/types.ts';
export { withOptions } from './client/withOptions.ts';
export {
  CONTENT_TYPE_JSON,
  DEFAULT_API_PATH,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_RETRY_AFTER,
  DEFAULT_PAGE_SIZE,
  DEFAULT_READ_AHEAD,
  DEFAULT_READ_PAGE_SIZE,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_DELAY,
  DEFAULT_TIMEOUT,
  ENV_API_KEY,
  ENV_BASE_URL,
  ENV_SECURITY_KEY,
  HEADER_API_KEY,
  HEADER_EMAIL_NOTIFY,
  HEADER_SECURITY_KEY,
  LARGE_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_TIMER,
} from './constants.ts';
export { AmbiguousWriteError, isAmbiguousWriteError } from './errors/AmbiguousWriteError.ts';
export {
  ApiError,
  type ApiErrorCode,
  type ApiErrorField,
  type ApiErrorInit,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  isApiError,
  isForbiddenError,
  isNotFoundError,
  isRateLimitError,
  isRedirectError,
  isServerError,
  isUnauthorizedError,
  NotFoundError,
  RateLimitError,
  RedirectError,
  ServerError,
  UnauthorizedError,
} from './errors/ApiError.ts';
export { ConfigurationError, isConfigurationError } from './errors/ConfigurationError.ts';
export {
  FailFastError,
  type FailFastErrorInit,
  isFailFastError,
} from './errors/FailFastError.ts';
export { ImednetError, type ImednetErrorOptions, isImednetError } from './errors/ImednetError.ts';
export {
  type InputIssue,
  InvalidInputError,
  type InvalidInputErrorInit,
  isInvalidInputError,
} from './errors/InvalidInputError.ts';
export {
  ItemNotFoundError,
  type ItemNotFoundErrorInit,
  isItemNotFoundError,
} from './errors/ItemNotFoundError.ts';
export { isNetworkError, NetworkError, type NetworkErrorInit } from './errors/NetworkError.ts';
export {
  isPaginationError,
  PaginationError,
  type PaginationErrorInit,
} from './errors/PaginationError.ts';
export {
  isResponseValidationError,
  ResponseValidationError,
  type ResponseValidationErrorInit,
} from './errors/ResponseValidationError.ts';
export { isTimeoutError, TimeoutError, type TimeoutErrorInit } from './errors/TimeoutError.ts';
export { buildFilter } from './filters/buildFilter.ts';
export { buildSort } from './filters/buildSort.ts';
export { formatFilterValue } from './filters/formatFilterValue.ts';
export { splitTopLevelOr } from './filters/splitTopLevelOr.ts';
export type {
  BuildFilterOptions,
  FilterCondition,
  FilterObject,
  FilterOperator,
  FilterScalar,
  Filters,
  Sort,
} from './filters/types.ts';
export { checkInteger, integerIssue } from './internal/checkInteger.ts';
export { sleep } from './internal/sleep.ts';
export { ExactNumber, isExactNumber } from './json/ExactNumber.ts';
export { parseJsonText } from './json/parseJsonText.ts';
export { collect } from './paging/collect.ts';
export { fetchPage } from './paging/fetchPage.ts';
export { iterateItems } from './paging/iterateItems.ts';
export { paginate } from './paging/paginate.ts';
export type { FetchPageOptions, Page, PaginateOptions } from './paging/types.ts';
export { buildRequestUrl } from './request/buildRequestUrl.ts';
export { request } from './request/request.ts';
export type { CallOptions, QueryValue, RequestDescription } from './request/types.ts';
export { computeBackoff } from './retry/computeBackoff.ts';
export { computePollDelay } from './retry/computePollDelay.ts';
export { defaultRetryPolicy } from './retry/defaultRetryPolicy.ts';
export { parseRetryAfter } from './retry/parseRetryAfter.ts';
export type { RetryPolicy, RetryState } from './retry/types.ts';
export { type LinkedController, linkSignal } from './signals/linkSignal.ts';
export { onAbort } from './signals/onAbort.ts';
export { raceAbort } from './signals/raceAbort.ts';
