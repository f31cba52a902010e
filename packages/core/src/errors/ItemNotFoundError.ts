import { ImednetError, type ImednetErrorOptions, isImednetError } from './ImednetError.ts';

/** What `ItemNotFoundError` is built from. */
export interface ItemNotFoundErrorInit {
  resource: string;
  id: string | number;
}

/** The server answered, but no item has the id asked for (not an HTTP error). */
export class ItemNotFoundError extends ImednetError {
  override readonly code = 'ITEM_NOT_FOUND' as const;
  override name = 'ItemNotFoundError';
  declare readonly resource: string;
  declare readonly id: string | number;

  constructor(init: ItemNotFoundErrorInit, options?: ImednetErrorOptions) {
    const { resource, id } = init;
    super(`No ${resource} with id ${JSON.stringify(id)}`, options, { resource, id });
  }
}

/**
 * True for a ItemNotFoundError from any copy of this package (brand and code, not `instanceof`).
 *
 * @throws never
 * @example
 * if (isItemNotFoundError(e)) return null
 */
export const isItemNotFoundError = (e: unknown): e is ItemNotFoundError =>
  isImednetError(e, 'ITEM_NOT_FOUND');
