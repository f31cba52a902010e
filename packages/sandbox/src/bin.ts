#!/usr/bin/env node
import { createSandbox } from './createSandbox.ts';
import { listen } from './node/listen.ts';
import { parseSandboxArgs } from './node/parseSandboxArgs.ts';

const HELP = `imednet-sandbox: a fake iMednet EDC server on a local port

Usage: imednet-sandbox [options]

  --host <host>                  default 127.0.0.1
  --port <port>                  default 0 (a free port)
  --seed <n>                     seed of the generated data (default 1)
  --studies <n>                  number of studies (default 3)
  --subjects <n>                 subjects per study
  --records <n>                  records per study, approximately (default 500)
  --latency <ms>                 delay before each answer
  --job-duration <ms>            time a record job takes (default 500)
  --rate-limit <n>               requests per second before 429s
  --fault-seed <n>               seed of the fault sequence
  --server-error-rate <p>        share of answers that are 500
  --unavailable-rate <p>         share of answers that are 503
  --rate-limited-rate <p>        share of answers that are 429
  --reset-rate <p>               share of connections reset
  --truncate-rate <p>            share of bodies cut in half
  --slow-body-rate <p>           share of bodies paused half way
  --slow-body-ms <ms>            pause of a slow body (default 1000)
  --api-key <key>                accept this API key instead of the generated one
  --security-key <key>           accept this security key instead of the generated one
  --json                         print the URL and keys as one JSON line
  -h, --help                     this text
`;

async function main(): Promise<void> {
  const args = parseSandboxArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  const sandbox = createSandbox(args.options);
  const server = await listen(sandbox, { host: args.host, port: args.port });
  // Generated demo keys are printed; keys the user passed in are theirs and are not echoed.
  const given = args.options.credentials !== undefined;
  const keys = given ? {} : sandbox.credentials;
  if (args.json) {
    process.stdout.write(
      JSON.stringify({ url: server.url, ...keys, studyKeys: sandbox.studyKeys }) + '\n',
    );
  } else {
    process.stdout.write(
      `iMednet sandbox listening at ${server.url}\n` +
        (given
          ? `It accepts the API key and security key you passed (not shown).\n  IMEDNET_BASE_URL=${server.url}\n`
          : `Demo keys (generated, not anyone's secrets):\n` +
            `  IMEDNET_BASE_URL=${server.url}\n` +
            `  IMEDNET_API_KEY=${sandbox.credentials.apiKey}\n` +
            `  IMEDNET_SECURITY_KEY=${sandbox.credentials.securityKey}\n`) +
        `Studies: ${sandbox.studyKeys.join(', ')}\n` +
        `Press Ctrl+C to stop.\n`,
    );
  }
  const stop = () => {
    sandbox.close();
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `imednet-sandbox: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(2);
});
