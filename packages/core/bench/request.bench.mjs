// Overhead of core's request pipeline (auth, headers, fetch, retry loop, hooks, JSON) over a bare
// fetch call against the same in-memory handler, and of paginate over a hand-written page
// loop. Printed as ratios measured in this process, so machine speed cancels out.
import {
  buildFilter,
  collect,
  createClient,
  iterateItems,
  paginate,
  request,
} from '../dist/index.js';

const body = JSON.stringify({
  pagination: { currentPage: 0, size: 100, totalPages: 1, totalElements: 100 },
  data: Array.from({ length: 100 }, (_, i) => ({ siteId: i, siteName: `Site ${i}` })),
});
const handler = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
const client = createClient({
  apiKey: 'bench-key',
  securityKey: 'bench-security',
  baseUrl: 'https://bench.example',
  fetch: handler,
  env: {},
});
const url = 'https://bench.example/api/v1/edc/studies/S1/sites?page=0&size=100';

async function time(label, n, fn) {
  for (let i = 0; i < 50; i++) await fn(i); // warm up
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const ms = performance.now() - start;
  return { label, n, ms, perOp: ms / n };
}

const N = 2000;
const bare = await time('bare fetch + JSON.parse', N, async () => {
  const res = await handler(url, { headers: { 'x-api-key': 'k' } });
  JSON.parse(await res.text());
});
const core = await time('request()', N, () =>
  request(client, {
    method: 'GET',
    path: ['studies', 'S1', 'sites'],
    query: { page: 0, size: 100 },
  }),
);
const pages = await time('collect(iterateItems(paginate())) 1 page', N, () =>
  collect(iterateItems(paginate(client, { method: 'GET', path: ['studies', 'S1', 'sites'] }))),
);
const filterBase = await time('JSON.stringify of the filter object', N * 10, async (i) => {
  JSON.stringify({ type: ['A', 'B', i], siteId: 5, name: 'My Site' });
});
const filter = await time('buildFilter (3-way OR, quoting)', N * 10, async (i) => {
  buildFilter({ type: ['A', 'B', i], siteId: 5, name: 'My Site' }, { and: { studyKey: 'S1' } });
});

console.table(
  [bare, core, pages, filterBase, filter].map((r) => ({
    case: r.label,
    ops: r.n,
    'µs/op': (r.perOp * 1000).toFixed(1),
  })),
);
console.log(`request() / bare fetch: ${(core.perOp / bare.perOp).toFixed(2)}x`);
console.log(`paginate one page / request(): ${(pages.perOp / core.perOp).toFixed(2)}x`);
console.log(`buildFilter / JSON.stringify: ${(filter.perOp / filterBase.perOp).toFixed(2)}x`);
