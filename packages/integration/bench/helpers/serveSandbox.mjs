// A sandbox on 127.0.0.1 in its own process, so that the server's work never shares a thread
// with the client being measured. Args: records [latencyMs] [--bare]. Prints one JSON line
// {url, studyKey, apiKey, securityKey}, then serves until its stdin closes. Each line `cpu`
// on stdin is answered with one JSON line {cpuMs, connections, requests}: the CPU time this
// process has used, to tell the server's cost from the client's on a busy machine.
// With --bare it serves one fixed page of records (fetched once from the sandbox) from a
// plain node:http server instead: the most a server could do with the same bytes.
import { createServer } from 'node:http';
import { createSandbox } from '@imednet/sandbox';
import { listen } from '@imednet/sandbox/node';

const records = Number(process.argv[2] ?? 100_000);
const latencyMs = Number(process.argv[3] ?? 0);
const bare = process.argv.includes('--bare');
// --warm-study: a second study of the same size, read first to warm the process (JIT, heap)
// so that a later first read of the main study measures the sandbox, not a cold process.
const warm = process.argv.includes('--warm-study');
const sandbox = createSandbox({
  studyCount: warm ? 2 : 1,
  recordsPerStudy: records,
  seed: 42,
  latencyMs,
});
const server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
const info = {
  url: server.url,
  studyKey: sandbox.studyKeys[0],
  warmStudyKey: sandbox.studyKeys[1] ?? null,
  ...sandbox.credentials,
};
let stop = () => server.close();
let stats = () => ({ connections: server.connections(), requests: server.requests() });
if (bare) {
  const page = await fetch(`${server.url}/studies/${info.studyKey}/records?size=500&page=0`, {
    headers: { 'x-api-key': info.apiKey, 'x-imn-security-key': info.securityKey },
  });
  const bytes = Buffer.from(await page.arrayBuffer());
  await server.close();
  let connections = 0;
  let requests = 0;
  const plain = createServer((_, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
    res.end(bytes);
  });
  plain.keepAliveTimeout = 30_000;
  plain.on('connection', () => connections++);
  await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
  info.url = `http://127.0.0.1:${plain.address().port}/api/v1/edc`;
  stop = () =>
    new Promise((resolve) => {
      plain.closeAllConnections();
      plain.close(resolve);
    });
  stats = () => ({ connections, requests });
}
console.log(JSON.stringify(info));
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  for (const line of chunk.split('\n')) {
    if (line.trim() !== 'cpu') continue;
    const { user, system } = process.cpuUsage();
    console.log(JSON.stringify({ cpuMs: (user + system) / 1000, ...stats() }));
  }
});
process.stdin.on('end', async () => {
  await stop();
  sandbox.close();
});
