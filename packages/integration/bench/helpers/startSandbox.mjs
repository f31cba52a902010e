// Starts helpers/serveSandbox.mjs as a child and resolves with what it printed, a `stop()`
// and a `stats()` that asks the child for its CPU time and connection count.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./serveSandbox.mjs', import.meta.url));

export function startSandboxProcess(records, options = {}) {
  const args = [script, String(records), String(options.latencyMs ?? 0)];
  if (options.bare) args.push('--bare');
  if (options.warmStudy) args.push('--warm-study');
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = [];
  const waiting = [];
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    let nl = out.indexOf('\n');
    while (nl >= 0) {
      const line = out.slice(0, nl);
      out = out.slice(nl + 1);
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
      nl = out.indexOf('\n');
    }
  });
  const nextLine = () =>
    new Promise((resolve) => {
      if (lines.length > 0) resolve(lines.shift());
      else waiting.push(resolve);
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`sandbox exited early (${code})`)));
    nextLine().then((line) => {
      child.removeAllListeners('exit');
      resolve({
        ...JSON.parse(line),
        stats: async () => {
          child.stdin.write('cpu\n');
          return JSON.parse(await nextLine());
        },
        stop: () =>
          new Promise((done) => {
            child.once('exit', done);
            child.stdin.end();
          }),
      });
    });
  });
}
