import { stratify, tree, type HierarchyPointNode } from 'd3';
import type { TracedLot } from './lot-trace.ts';

/**
 * A bow-tie of two d3 tree layouts sharing the traced lot: what it was made
 * from grows to the left, what was made from it to the right, one column per
 * level. Each side is laid out on its own so neither crowds the other.
 */

export const traceNodeSize = { width: 224, height: 58 };
const rowGap = 14;
const columnGap = 56;
const margin = 8;

export interface PlacedLot {
  lot: TracedLot;
  /** Top-left corner of the lot's box. */
  x: number;
  y: number;
}

export interface TraceLink {
  id: string;
  side: 'backward' | 'forward';
  path: string;
}

function layoutSide(root: TracedLot, lots: readonly TracedLot[]): HierarchyPointNode<TracedLot> {
  const hierarchy = stratify<TracedLot>()
    .id((lot) => lot.id)
    .parentId((lot) => (lot.id === root.id ? null : lot.parentId))([root, ...lots]);
  // Siblings in lot number order, so a trace is drawn the same way every time.
  hierarchy.sort((a, b) => (a.data.lotNumber ?? '').localeCompare(b.data.lotNumber ?? ''));
  return tree<TracedLot>().nodeSize([traceNodeSize.height + rowGap, traceNodeSize.width + columnGap])(hierarchy);
}

export function layoutTrace(root: TracedLot, backward: readonly TracedLot[], forward: readonly TracedLot[]): { lots: PlacedLot[]; links: TraceLink[]; width: number; height: number } {
  const sides = [
    { side: 'backward' as const, direction: -1, top: layoutSide(root, backward) },
    { side: 'forward' as const, direction: 1, top: layoutSide(root, forward) },
  ];
  // d3's tree puts breadth on x and depth on y; the page draws depth across and breadth down.
  const placed = sides.flatMap(({ side, direction, top }) =>
    top.descendants().map((node) => ({ node, side, centreX: direction * node.y, centreY: node.x })),
  );
  const minX = Math.min(...placed.map((entry) => entry.centreX)) - traceNodeSize.width / 2 - margin;
  const maxX = Math.max(...placed.map((entry) => entry.centreX)) + traceNodeSize.width / 2 + margin;
  const minY = Math.min(...placed.map((entry) => entry.centreY)) - traceNodeSize.height / 2 - margin;
  const maxY = Math.max(...placed.map((entry) => entry.centreY)) + traceNodeSize.height / 2 + margin;
  const at = (entry: { centreX: number; centreY: number }) => ({ x: entry.centreX - minX, y: entry.centreY - minY });

  const lots = placed
    .filter((entry) => entry.node.depth > 0 || entry.side === 'backward')
    .map((entry) => ({ lot: entry.node.data, x: at(entry).x - traceNodeSize.width / 2, y: at(entry).y - traceNodeSize.height / 2 }));
  const centres = new Map(placed.map((entry) => [`${entry.side} ${entry.node.data.id}`, at(entry)]));
  const links = placed
    .filter((entry) => entry.node.parent)
    .map((entry) => {
      const from = centres.get(`${entry.side} ${entry.node.parent!.data.id}`)!;
      const to = at(entry);
      const direction = entry.side === 'backward' ? -1 : 1;
      const start = from.x + (direction * traceNodeSize.width) / 2;
      const end = to.x - (direction * traceNodeSize.width) / 2;
      const middle = (start + end) / 2;
      return { id: `${entry.side} ${entry.node.data.id}`, side: entry.side, path: `M${start},${from.y}C${middle},${from.y} ${middle},${to.y} ${end},${to.y}` };
    });
  return { lots, links, width: maxX - minX, height: maxY - minY };
}
