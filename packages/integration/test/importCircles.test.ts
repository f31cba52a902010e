import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCircles, importGraph } from './helpers/importGraph.ts';

describe('import circles', () => {
  it('finds none in any package: every src import, type-only and dynamic ones included', () => {
    const packages = fileURLToPath(new URL('../../', import.meta.url));
    const graph = importGraph(packages);
    expect(graph.size).toBeGreaterThan(300);
    expect(findCircles(graph, packages)).toEqual([]);
  });

  it('finds a circle, a longer one and a self-import, and nothing in a chain', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['f']],
      ['g', ['h']],
      ['h', ['outside']],
    ]);
    expect(findCircles(graph).sort()).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
  });
});
