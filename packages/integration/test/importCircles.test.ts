import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCircles, importGraph } from './helpers/importGraph.ts';

const packagesDir = fileURLToPath(new URL('../..', import.meta.url));

describe('imports', () => {
  it("form no circle across every package's src (type-only and dynamic imports included)", () => {
    const graph = importGraph(packagesDir);
    // Guard against a walker that silently reads nothing.
    expect(graph.size).toBeGreaterThan(300);
    expect([...graph.values()].flat().length).toBeGreaterThan(1000);
    expect(findCircles(graph, packagesDir)).toEqual([]);
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
