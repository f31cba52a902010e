import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Every `.ts` file under `dir` (tests and type tests left out: they are not shipped). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test(-d)?\.ts$/.test(name) ? [path] : [];
  });
}

/** The entry file a `@imednet/<name>[/sub]` import resolves to under the source condition. */
function resolvePackage(packagesDir: string, specifier: string): string | null {
  const match = /^@imednet\/([^/]+)(\/.+)?$/.exec(specifier);
  if (!match) return null;
  const manifestPath = join(packagesDir, match[1]!, 'package.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports?: Record<string, string | Record<string, string>>;
  };
  const entry = manifest.exports?.[`.${match[2] ?? ''}`];
  const source = typeof entry === 'object' ? entry['@imednet/source'] : undefined;
  return source ? resolve(packagesDir, match[1]!, source) : null;
}

/**
 * The import graph of every package's `src`: one node per file, one edge per relative or
 * `@imednet/*` import (static, type-only, re-export or dynamic `import()`).
 */
export function importGraph(packagesDir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const packages = readdirSync(packagesDir).filter((p) => existsSync(join(packagesDir, p, 'src')));
  for (const file of packages.flatMap((p) => sourceFiles(join(packagesDir, p, 'src')))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const target = fileName.startsWith('.')
        ? resolve(dirname(file), fileName)
        : resolvePackage(packagesDir, fileName);
      return target ? [target] : [];
    });
    graph.set(file, targets);
  }
  return graph;
}

/** Each import circle (a strongly connected set of files, or a file importing itself). */
export function findCircles(graph: Map<string, string[]>, root = ''): string[][] {
  // Tarjan's algorithm, iterative so that deep chains cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const circles: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: [string, number][] = [[start, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, next] = frame;
      if (next === 0) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const edges = (graph.get(node) ?? []).filter((e) => graph.has(e));
      if (next < edges.length) {
        frame[1]++;
        const target = edges[next]!;
        if (!index.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const members: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          members.push(member);
        } while (member !== node);
        if (members.length > 1 || edges.includes(node)) {
          circles.push(members.map((m) => relative(root, m)).sort());
        }
      }
    }
  }
  return circles;
}
