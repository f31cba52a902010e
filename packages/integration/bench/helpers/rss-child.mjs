// Streams N records with iterateRecords in a fresh process and prints its peak RSS, so that
// one measurement's heap never colours another's. Args: url studyKey apiKey securityKey.
import { createClient } from '@imednet/core';
import { iterateRecords } from '@imednet/resources';

const [url, studyKey, apiKey, securityKey] = process.argv.slice(2);
const client = createClient({ apiKey, securityKey, baseUrl: url, rateLimit: false });
const before = process.memoryUsage().rss;
let count = 0;
let peakHeap = 0;
for await (const r of iterateRecords(client, studyKey, undefined, { pageSize: 500 })) {
  if (r.recordId > 0) count++;
  if (count % 5000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
console.log(
  JSON.stringify({
    count,
    startRssMb: before / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 2 ** 20,
  }),
);
