// Profiles one run of `fn` in this process with the V8 sampling profiler (node:inspector) and
// returns the functions with the most self time, named by package and file: what
// `node --cpu-prof` shows, without leaving a file behind.
import { Session } from 'node:inspector/promises';

export async function profile(fn, top = 12) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let p;
  try {
    await fn();
  } finally {
    ({ profile: p } = await session.post('Profiler.stop'));
    session.disconnect();
  }
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let busy = 0;
  for (const id of p.samples) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (['(idle)', '(program)', '(root)'].includes(functionName)) continue;
    busy++;
    const where = url
      ? `${url.replace(/^.*\/(packages\/[^/]+|node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(?:@[^/]+\/)?[^/]+)\//, '$1/')}:${lineNumber + 1}`
      : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, n]) => [name, `${((100 * n) / busy).toFixed(1)} %`]);
}
