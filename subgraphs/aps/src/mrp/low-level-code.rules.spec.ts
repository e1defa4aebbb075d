import { describe, expect, it } from 'vitest';
import { lowLevelCodes, type ProductStructureIndex } from './low-level-code.rules.ts';

/** Compressed rows from `[parent, component]` pairs over items 0..count-1. */
function structure(count: number, links: [number, number][]): ProductStructureIndex {
  const firstLink = new Int32Array(count + 1);
  for (const [parent] of links) firstLink[parent + 1]!++;
  for (let item = 0; item < count; item++) firstLink[item + 1]! += firstLink[item]!;
  const fill = firstLink.slice(0, count);
  const component = new Int32Array(links.length);
  for (const [parent, child] of links) component[fill[parent]!++] = child;
  return { firstLink, component };
}

describe('low-level codes', () => {
  it('gives a component the deepest level it is used at and orders parents first', () => {
    // 0 → 1 → 2 → 3, and 0 → 2 directly: 2 is at levels 1 and 2, so its code is 2; 4 stands alone.
    const coding = lowLevelCodes(5, structure(5, [[0, 1], [1, 2], [2, 3], [0, 2]]));
    expect(Array.from(coding.codes!)).toEqual([0, 1, 2, 3, 0]);
    expect(Array.from(coding.order!)).toEqual([0, 4, 1, 2, 3]);
  });

  it('finds a cycle and names its path', () => {
    // 0 → 1 → 2 → 3 → 1, with 4 → 0 above it.
    expect(lowLevelCodes(5, structure(5, [[4, 0], [0, 1], [1, 2], [2, 3], [3, 1]])).cycle).toEqual([1, 2, 3, 1]);
  });

  it('finds an item that is its own component', () => {
    expect(lowLevelCodes(2, structure(2, [[0, 1], [1, 1]])).cycle).toEqual([1, 1]);
  });

  it('finds a cycle downstream of items that are not on it', () => {
    expect(lowLevelCodes(4, structure(4, [[0, 1], [1, 2], [2, 3], [3, 2]])).cycle).toEqual([2, 3, 2]);
  });
});
