import { ImednetError, type ImednetErrorOptions, isImednetError } from './ImednetError.ts';

/** One problem found in caller input. */
export interface InputIssue {
  index?: number;
  field?: string;
  message: string;
}

/** What `InvalidInputError` is built from; without a `message`, the message lists the details. */
export interface InvalidInputErrorInit {
  details: readonly InputIssue[];
  message?: string;
}

/** Caller input refused before anything was sent (bad filter, path segment, header, ...). */
export class InvalidInputError extends ImednetError {
  override readonly code = 'INVALID_INPUT' as const;
  override name = 'InvalidInputError';
  declare readonly details: readonly InputIssue[];

  constructor(init: InvalidInputErrorInit, options?: ImednetErrorOptions) {
    const { details, message } = init;
    super(message ?? summarise(details), options, {
      details: Object.freeze(details.map((d) => Object.freeze({ ...d }))),
    });
  }
}

function summarise(details: readonly InputIssue[]): string {
  const parts = details.map(({ index, field, message }) => {
    const where = `${index === undefined ? '' : `#${index} `}${field ?? ''}`.trim();
    return where ? `${where}: ${message}` : message;
  });
  return `Invalid input: ${parts.join('; ') || 'unknown problem'}`;
}

/**
 * True for a InvalidInputError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isInvalidInputError(e)) console.error(e.details)
 */
export const isInvalidInputError = (e: unknown): e is InvalidInputError =>
  isImednetError(e, 'INVALID_INPUT');
