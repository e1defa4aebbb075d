import DataLoader from 'dataloader';
import { newId, type EntityManager } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { authorizeChange } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import { ItemSchema } from '../item/item.entity.ts';
import { BillOfMaterialsLineSchema, type BillOfMaterials } from './bill-of-materials.entity.ts';
import {
  explode,
  findCycle,
  validateBillOfMaterialsLines,
  type ComponentUsage,
  type ExplosionLine,
  type ProductStructure,
} from './bill-of-materials.rules.ts';

export function createBillOfMaterialsLoaders(em: EntityManager) {
  return {
    billOfMaterialsByParent: new DataLoader<string, BillOfMaterials | null>(async (parentIds) => {
      const lines = await em.find(BillOfMaterialsLineSchema, { parentId: { $in: [...parentIds] } }, { orderBy: { id: 'asc' } });
      return parentIds.map((parentId) => {
        const own = lines.filter((line) => line.parentId === parentId);
        return own.length ? { id: parentId, parentId, lines: own } : null;
      });
    }),
  };
}

/**
 * The product structure below `itemIds`, read one level per query (never one
 * query per item), so explosion and cycle checks cost O(depth) statements.
 */
async function loadStructureBelow(em: EntityManager, itemIds: readonly string[]): Promise<ProductStructure> {
  const structure = new Map<string, ComponentUsage[]>();
  let frontier = [...new Set(itemIds)];
  while (frontier.length) {
    const lines = await em.find(BillOfMaterialsLineSchema, { parentId: { $in: frontier } }, { orderBy: { id: 'asc' } });
    for (const parentId of frontier) structure.set(parentId, []);
    for (const line of lines) structure.get(line.parentId)?.push({ componentId: line.componentId, quantityPer: line.quantityPer });
    frontier = [...new Set(lines.map((line) => line.componentId))].filter((id) => !structure.has(id));
  }
  return structure;
}

export async function explodeBillOfMaterials(ctx: ErpContext, itemId: string, quantity: number): Promise<ExplosionLine[]> {
  if (!Number.isFinite(quantity) || quantity <= 0) throw badInput('Quantity must be greater than 0', { field: 'quantity' });
  if (!(await ctx.loaders.itemById.load(itemId))) throw notFound(`Item ${itemId} not found`, { itemId });
  return explode(itemId, quantity, await loadStructureBelow(ctx.em, [itemId]));
}

export async function setBillOfMaterials(ctx: ErpContext, parentId: string, lines: ComponentUsage[]): Promise<BillOfMaterials> {
  authorizeChange(ctx.viewer, 'change bills of materials');
  validateBillOfMaterialsLines(parentId, lines);
  return ctx.em.transactional(async (em) => {
    const ids = [parentId, ...lines.map((line) => line.componentId)];
    const items = await em.find(ItemSchema, { id: { $in: ids } });
    const parent = items.find((item) => item.id === parentId);
    if (!parent) throw notFound(`Item ${parentId} not found`, { itemId: parentId });
    if (parent.type === 'RM') throw badInput(`${parent.sku} is a raw material; raw materials are bought, not made`, { itemId: parentId });
    lines.forEach((line, index) => {
      if (!items.some((item) => item.id === line.componentId)) {
        throw notFound(`Line ${index + 1}: component ${line.componentId} not found`, { line: index + 1, field: 'componentId' });
      }
    });
    const structure = await loadStructureBelow(em, lines.map((line) => line.componentId));
    const cycle = findCycle(parentId, lines.map((line) => line.componentId), structure);
    if (cycle) {
      const skus = new Map((await em.find(ItemSchema, { id: { $in: cycle } })).map((item) => [item.id, item.sku]));
      throw badInput(`These components would make ${parent.sku} part of itself: ${cycle.map((id) => skus.get(id)).join(' → ')}`, {
        field: 'lines',
      });
    }
    await em.nativeDelete(BillOfMaterialsLineSchema, { parentId });
    const created = lines.map((line) => em.create(BillOfMaterialsLineSchema, { id: newId(), parentId, ...line }));
    await em.flush();
    await recordEvents(
      em,
      [{ type: 'erp.BillOfMaterialsChanged', subjectType: 'Item', subjectId: parentId, itemId: parentId, payload: { sku: parent.sku, components: lines } }],
      { now: ctx.now() },
    );
    return { id: parentId, parentId, lines: created };
  });
}
