#!/usr/bin/env node
import { EXIT_INTERRUPTED, runCli } from './runCli.ts';

// Ctrl-C aborts the command's signal: requests stop, and writers remove their partial files.
// A second Ctrl-C exits at once.
const controller = new AbortController();
const interrupt = (): void => {
  if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
  controller.abort(new DOMException('Interrupted', 'AbortError'));
};
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);
// `imednet ... | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  controller.abort(new DOMException('Output closed', 'AbortError'));
  process.exit(0);
});

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = code;
// Idle keep-alive sockets must not hold the process open once the work is done.
setTimeout(() => process.exit(code), 1000).unref();
