import { describe, expect, it } from 'vitest';
import type { TracedLot } from './lot-trace.ts';
import { layoutTrace, traceNodeSize } from './trace-layout.ts';

const lot = (id: string, parentId: string | null, side: TracedLot['side'], level = 1): TracedLot => ({
  id, parentId, side, level, lotNumber: id, item: null, quantity: null, madeBy: null, purchasedFrom: null, shippedIn: [],
});

describe('the bow-tie layout of a trace', () => {
  it('draws what the lot was made from to its left, what was made from it to its right, one column per level', () => {
    const root = lot('FG', null, 'root', 0);
    const layout = layoutTrace(root, [lot('SFG', 'FG', 'backward'), lot('RM-1', 'SFG', 'backward', 2), lot('RM-2', 'SFG', 'backward', 2)], [lot('KIT', 'FG', 'forward')]);
    const x = Object.fromEntries(layout.lots.map((placed) => [placed.lot.id, placed.x]));
    expect(layout.lots.map((placed) => placed.lot.id).sort()).toEqual(['FG', 'KIT', 'RM-1', 'RM-2', 'SFG']);
    expect(x['RM-1']).toBe(x['RM-2']);
    expect(x['RM-1']!).toBeLessThan(x.SFG!);
    expect(x.SFG!).toBeLessThan(x.FG!);
    expect(x.FG!).toBeLessThan(x.KIT!);
    expect(Math.min(...layout.lots.map((placed) => placed.x))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...layout.lots.map((placed) => placed.x + traceNodeSize.width))).toBeLessThanOrEqual(layout.width);
    expect(Math.max(...layout.lots.map((placed) => placed.y + traceNodeSize.height))).toBeLessThanOrEqual(layout.height);
    expect(layout.links.map((link) => link.id).sort()).toEqual(['backward RM-1', 'backward RM-2', 'backward SFG', 'forward KIT']);
    for (const link of layout.links) expect(link.path).toMatch(/^M[\d.-]+,[\d.-]+C/);
  });

  it('keeps two lots of one level apart', () => {
    const layout = layoutTrace(lot('FG', null, 'root', 0), [lot('A', 'FG', 'backward'), lot('B', 'FG', 'backward')], []);
    const [a, b] = ['A', 'B'].map((id) => layout.lots.find((placed) => placed.lot.id === id)!);
    expect(Math.abs(a!.y - b!.y)).toBeGreaterThanOrEqual(traceNodeSize.height);
  });

  it('draws a lot with no genealogy alone', () => {
    const layout = layoutTrace(lot('BOUGHT', null, 'root', 0), [], []);
    expect(layout.lots).toHaveLength(1);
    expect(layout.links).toEqual([]);
  });
});
