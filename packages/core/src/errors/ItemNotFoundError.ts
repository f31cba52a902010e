import { ImednetError, type ImednetErrorOptions } from './ImednetError.ts';

/** The server answered, but no item has the id asked for (not an HTTP error). */
export class ItemNotFoundError extends ImednetError {
  override readonly code = 'ITEM_NOT_FOUND' as const;
  override name = 'ItemNotFoundError';
  declare readonly resource: string;
  declare readonly id: string | number;

  constructor(resource: string, id: string | number, options?: ImednetErrorOptions) {
    super(`No ${resource} with id ${JSON.stringify(id)}`, options, { resource, id });
  }
}
