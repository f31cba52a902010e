/** What an `InvalidParameterError` is built from. */
export interface InvalidParameterErrorInit {
  message: string;
  /** The parameter or filter attribute at fault. */
  attribute: string;
  /** The value that was refused. */
  value: string;
}

/**
 * A filter, sort or paging parameter the sandbox refuses (answered with a 400). The sandbox
 * stays free of `@imednet/core`, so this one extends `Error` but keeps the same init shape.
 *
 * @example
 * throw new InvalidParameterError({ message: 'size must be 1 to 500', attribute: 'size', value: '0' });
 */
export class InvalidParameterError extends Error {
  override name = 'InvalidParameterError';
  readonly code = 'INVALID_PARAMETER' as const;
  readonly attribute: string;
  readonly value: string;

  constructor(init: InvalidParameterErrorInit, options?: { cause?: unknown }) {
    super(init.message, options);
    this.attribute = init.attribute;
    this.value = init.value;
  }
}
