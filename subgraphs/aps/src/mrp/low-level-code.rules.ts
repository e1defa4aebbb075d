/**
 * The product structure by item ordinal, components of item i at
 * `component[firstLink[i] .. firstLink[i + 1] - 1]` (compressed rows), so
 * explosion walks arrays rather than maps.
 */
export interface ProductStructureIndex {
  firstLink: Int32Array;
  component: Int32Array;
}

export type LowLevelCoding =
  /** `order`: item ordinals by low-level code, then ordinal: every parent before its components. */
  | { codes: Int32Array; order: Int32Array; cycle?: undefined }
  /** Ordinals parent → component → … back to the first. */
  | { cycle: number[]; codes?: undefined; order?: undefined };

/**
 * Low-level codes (an item's deepest level in any product structure, 0 for
 * items no BOM uses): MRP nets an item only after every parent has
 * passed its orders down, so a component used at two levels is netted once,
 * with all of its gross requirements. Kahn's algorithm: linear in items plus links.
 */
export function lowLevelCodes(itemCount: number, structure: ProductStructureIndex): LowLevelCoding {
  const { firstLink, component } = structure;
  const parents = new Int32Array(itemCount);
  for (let link = 0; link < component.length; link++) parents[component[link]!]!++;
  const codes = new Int32Array(itemCount);
  const ready = new Int32Array(itemCount);
  let readyEnd = 0;
  for (let item = 0; item < itemCount; item++) if (parents[item] === 0) ready[readyEnd++] = item;
  for (let next = 0; next < readyEnd; next++) {
    const item = ready[next]!;
    for (let link = firstLink[item]!; link < firstLink[item + 1]!; link++) {
      const child = component[link]!;
      if (codes[child]! < codes[item]! + 1) codes[child] = codes[item]! + 1;
      if (--parents[child]! === 0) ready[readyEnd++] = child;
    }
  }
  if (readyEnd < itemCount) return { cycle: findCycle(itemCount, structure, parents) };
  let deepest = 0;
  for (let item = 0; item < itemCount; item++) deepest = Math.max(deepest, codes[item]!);
  const levelStart = new Int32Array(deepest + 2);
  for (let item = 0; item < itemCount; item++) levelStart[codes[item]! + 1]!++;
  for (let level = 0; level <= deepest; level++) levelStart[level + 1]! += levelStart[level]!;
  const order = new Int32Array(itemCount);
  for (let item = 0; item < itemCount; item++) order[levelStart[codes[item]!]!++] = item;
  return { codes, order };
}

/** A cycle among the items Kahn's algorithm could not free (`unfreed[i] > 0`), by iterative depth-first search. */
function findCycle(itemCount: number, { firstLink, component }: ProductStructureIndex, unfreed: Int32Array): number[] {
  const state = new Uint8Array(itemCount); // 0 unseen, 1 on the path, 2 done
  const path: number[] = [];
  const nextLink: number[] = [];
  for (let start = 0; start < itemCount; start++) {
    if (unfreed[start] === 0 || state[start] !== 0) continue;
    path.push(start);
    nextLink.push(firstLink[start]!);
    state[start] = 1;
    while (path.length > 0) {
      const item = path.at(-1)!;
      const link = nextLink.at(-1)!;
      if (link === firstLink[item + 1]) {
        state[item] = 2;
        path.pop();
        nextLink.pop();
        continue;
      }
      nextLink[nextLink.length - 1] = link + 1;
      const child = component[link]!;
      if (state[child] === 1) return [...path.slice(path.indexOf(child)), child];
      if (state[child] === 0 && unfreed[child]! > 0) {
        state[child] = 1;
        path.push(child);
        nextLink.push(firstLink[child]!);
      }
    }
  }
  throw new Error('lowLevelCodes: items left unfreed without a cycle');
}
