// Starts helpers/serveSandbox.mjs as a child and resolves with what it printed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./serveSandbox.mjs', import.meta.url));

export function startSandboxProcess(records) {
  const child = spawn(process.execPath, [script, String(records)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`sandbox exited early (${code})`)));
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n')) {
        child.removeAllListeners('exit');
        const info = JSON.parse(line);
        resolve({
          ...info,
          stop: () =>
            new Promise((done) => {
              child.once('exit', done);
              child.stdin.end();
            }),
        });
      }
    });
  });
}
