// Streams N records with iterateRecords in a fresh process and prints its peak RSS, so that
// one measurement's heap never colours another's. Args: url studyKey apiKey securityKey
// [--retained]. With --retained (and --expose-gc) it forces a GC every 20,000 records and
// reports the largest heap still in use after it: flat when nothing accumulates.
import { createClient } from '@imednet/core';
import { iterateRecords } from '@imednet/resources';

const [url, studyKey, apiKey, securityKey, mode] = process.argv.slice(2);
const retained = mode === '--retained';
const client = createClient({ apiKey, securityKey, baseUrl: url, rateLimit: false });
const before = process.memoryUsage().rss;
let count = 0;
let peakHeap = 0;
let maxRetained = 0;
for await (const r of iterateRecords(client, studyKey, undefined, { pageSize: 500 })) {
  if (r.recordId > 0) count++;
  if (count % 5000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  if (retained && count % 20_000 === 0) {
    globalThis.gc();
    maxRetained = Math.max(maxRetained, process.memoryUsage().heapUsed);
  }
}
console.log(
  JSON.stringify({
    count,
    startRssMb: before / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 2 ** 20,
    retainedHeapMb: maxRetained / 2 ** 20,
  }),
);
