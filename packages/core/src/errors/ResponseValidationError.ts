import { ImednetError, type ImednetErrorOptions, isImednetError } from './ImednetError.ts';

/** What `ResponseValidationError` is built from. */
export interface ResponseValidationErrorInit {
  resource: string;
  /** Defaults to null. */
  index?: number | null;
  /** Defaults to ''. */
  path?: string;
  value: unknown;
  /** What is wrong there; appended to the message, which always names the place. */
  message?: string;
}

/** A response arrived but does not have the expected shape. Not a transport error. */
export class ResponseValidationError extends ImednetError {
  override readonly code = 'RESPONSE_VALIDATION' as const;
  override name = 'ResponseValidationError';
  /** What was being read, e.g. 'records' or 'envelope'. */
  declare readonly resource: string;
  /** Index of the item in its page, or null when not an item. */
  declare readonly index: number | null;
  /** Dotted path of the offending field ('' for the whole value). */
  declare readonly path: string;
  /** The raw value found there. */
  declare readonly value: unknown;

  constructor(init: ResponseValidationErrorInit, options?: ImednetErrorOptions) {
    const { resource, index = null, path = '', value, message } = init;
    const where = `${resource}${index === null ? '' : `[${index}]`}${path ? `.${path}` : ''}`;
    super(`Unexpected response at ${where}${message ? `: ${message}` : ''}`, options, {
      resource,
      index,
      path,
      value,
    });
  }
}

/**
 * True for a ResponseValidationError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isResponseValidationError(e)) console.log(e.path)
 */
export const isResponseValidationError = (e: unknown): e is ResponseValidationError =>
  isImednetError(e, 'RESPONSE_VALIDATION');
