import { type Client, checkInteger, type Filters, fetchPage } from '@imednet/core';
import { decodeItem } from './decodeItem.ts';
import { describeList } from './describeList.ts';
import type { AnyListOptions, PageOptions, PageResult, ResourceDefinition } from './types.ts';

/**
 * Fetches and decodes one page; the shared body of every `listXPage`. For users, object
 * filters are matched on the page's items, so a page may hold fewer items than its size.
 */
export async function listResourcePage<T>(
  client: Client,
  def: ResourceDefinition<T>,
  studyKey: string | undefined,
  filters: Filters | undefined,
  options: AnyListOptions & PageOptions,
): Promise<PageResult<T>> {
  const page = options?.page;
  checkInteger(page, 'page', 0);
  const description = describeList(def, studyKey, filters, options);
  const pageSize = options.pageSize ?? def.pageSize;
  const result = await fetchPage(client, description, { page, pageSize, signal: options.signal });
  const match = def.localFilter;
  const local = match && typeof filters === 'object' ? filters : undefined;
  const items: T[] = [];
  result.items.forEach((raw, i) => {
    const item = decodeItem(client, def, raw, page * pageSize + i, options.onInvalid);
    if (!local || match!(item, local)) items.push(item);
  });
  return {
    items,
    page: result.page,
    pageSize: result.pageSize,
    totalPages: result.totalPages,
    totalElements: result.totalElements,
  };
}
