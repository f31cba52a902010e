/** The paging block of a list envelope. */
export interface TestPagination {
  currentPage?: number | undefined;
  size?: number | undefined;
  totalPages?: number | undefined;
  totalElements?: number | undefined;
}

/**
 * The list envelope of api-contract §3. Paging defaults to one page holding `data`; a field
 * given as `undefined` is left out, to test a server that omits it.
 */
export function envelope(data: unknown[], pagination: TestPagination = {}) {
  return {
    metadata: {
      status: 'OK',
      method: 'GET',
      path: '/x',
      timestamp: '2024-01-01 00:00:00',
      error: {},
    },
    pagination: {
      currentPage: 0,
      size: 100,
      totalPages: 1,
      totalElements: data.length,
      sort: [],
      ...pagination,
    },
    data,
  };
}
