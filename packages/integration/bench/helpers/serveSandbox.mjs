// A sandbox on 127.0.0.1 in its own process, so that the server's work never shares a thread
// with the client being measured. Prints one JSON line {url, studyKey, apiKey, securityKey},
// then serves until its stdin closes.
import { createSandbox } from '@imednet/sandbox';
import { listen } from '@imednet/sandbox/node';

const records = Number(process.argv[2] ?? 100_000);
const sandbox = createSandbox({ studyCount: 1, recordsPerStudy: records, seed: 42 });
const server = await listen(sandbox, { host: '127.0.0.1', port: 0 });
console.log(
  JSON.stringify({ url: server.url, studyKey: sandbox.studyKeys[0], ...sandbox.credentials }),
);
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.close();
  sandbox.close();
});
