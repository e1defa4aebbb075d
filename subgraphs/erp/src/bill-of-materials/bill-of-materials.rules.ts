import { badInput } from '@plexus/errors';

export interface ComponentUsage {
  componentId: string;
  quantityPer: number;
}

/** Components per parent item id: the whole product structure, or the part of it a question needs. */
export type ProductStructure = ReadonlyMap<string, readonly ComponentUsage[]>;

export function validateBillOfMaterialsLines(parentId: string, lines: readonly ComponentUsage[]): void {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (!Number.isFinite(line.quantityPer) || line.quantityPer <= 0) {
      throw badInput(`Line ${index + 1}: quantity per must be greater than 0`, { line: index + 1, field: 'quantityPer' });
    }
    if (line.componentId === parentId) {
      throw badInput(`Line ${index + 1}: an item cannot be a component of itself`, { line: index + 1, field: 'componentId' });
    }
    if (seen.has(line.componentId)) {
      throw badInput(`Line ${index + 1}: component listed twice`, { line: index + 1, field: 'componentId' });
    }
    seen.add(line.componentId);
  });
}

/**
 * The path parent → … → parent that giving `parentId` these components would
 * create, or null. `structure` must hold every item reachable from the new
 * components.
 */
export function findCycle(parentId: string, components: readonly string[], structure: ProductStructure): string[] | null {
  const onPath: string[] = [parentId];
  const finished = new Set<string>();
  const visit = (itemId: string): string[] | null => {
    if (itemId === parentId) return [...onPath, itemId];
    if (finished.has(itemId)) return null;
    onPath.push(itemId);
    for (const usage of structure.get(itemId) ?? []) {
      const cycle = visit(usage.componentId);
      if (cycle) return cycle;
    }
    onPath.pop();
    finished.add(itemId);
    return null;
  };
  for (const componentId of components) {
    const cycle = visit(componentId);
    if (cycle) return cycle;
  }
  return null;
}

export interface ExplosionLine {
  level: number;
  componentId: string;
  quantityPer: number;
  extendedQuantity: number;
  /** Item ids from the top item down to this component. */
  path: string[];
}

/** Depth-first, multi-level explosion of `quantity` units of `itemId`; components in the order given. */
export function explode(itemId: string, quantity: number, structure: ProductStructure): ExplosionLine[] {
  const lines: ExplosionLine[] = [];
  const walk = (parentId: string, parentQuantity: number, path: string[]) => {
    for (const usage of structure.get(parentId) ?? []) {
      const extendedQuantity = parentQuantity * usage.quantityPer;
      const componentPath = [...path, usage.componentId];
      lines.push({ level: path.length, componentId: usage.componentId, quantityPer: usage.quantityPer, extendedQuantity, path: componentPath });
      walk(usage.componentId, extendedQuantity, componentPath);
    }
  };
  walk(itemId, quantity, [itemId]);
  return lines;
}
