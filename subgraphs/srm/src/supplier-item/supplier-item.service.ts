import DataLoader from 'dataloader';
import { createByIdLoader, isId, newId, type EntityManager } from '@plexus/db';
import { readKnownSubjects } from '@plexus/events';
import { authorize } from '@plexus/host';
import { badInput, notFound } from '@plexus/errors';
import type { SrmContext } from '../context.ts';
import { isVisibleTo } from '../supplier/supplier-access.rules.ts';
import { SupplierSchema } from '../supplier/supplier.entity.ts';
import { buyerRoles } from '../supplier/supplier.service.ts';
import { SupplierItemSchema, type SupplierItem } from './supplier-item.entity.ts';
import { validateTerms, type SupplierTerms } from './supplier-item.rules.ts';

/** Loader key of one supplier's terms for one item. */
export const termsKey = (supplierId: string, itemId: string) => `${supplierId}|${itemId}`;

export function createSupplierItemLoaders(em: EntityManager) {
  return {
    supplierItemById: createByIdLoader<SupplierItem>(em, SupplierItemSchema),
    supplierItemsBySupplier: new DataLoader<string, SupplierItem[]>(async (supplierIds) => {
      const items = await em.find(SupplierItemSchema, { supplierId: { $in: [...supplierIds] } }, { orderBy: { id: 'asc' } });
      return supplierIds.map((id) => items.filter((item) => item.supplierId === id));
    }),
  };
}

/** The supplier item if the viewer may see it (a supplier user: its own only), else null. */
export async function visibleSupplierItem(ctx: SrmContext, id: string): Promise<SupplierItem | null> {
  const item = isId(id) ? await ctx.loaders.supplierItemById.load(id.toLowerCase()) : null;
  return item && isVisibleTo(ctx.viewer, item.supplierId) ? item : null;
}

/** Each supplier's terms for the items, by termsKey; read inside the caller's transaction. */
export async function readTerms(em: EntityManager, pairs: readonly { supplierId: string; itemId: string }[]): Promise<Map<string, SupplierItem>> {
  if (pairs.length === 0) return new Map();
  const rows = await em.find(SupplierItemSchema, { $or: pairs.map((pair) => ({ supplierId: pair.supplierId, itemId: pair.itemId })) });
  return new Map(rows.map((row) => [termsKey(row.supplierId, row.itemId), row]));
}

/** Creates or replaces what the supplier charges for the item and how it delivers it. */
export async function setSupplierItem(ctx: SrmContext, input: SupplierTerms & { supplierId: string; itemId: string }): Promise<SupplierItem> {
  authorize(ctx.viewer, 'set supplier terms', buyerRoles);
  const terms = validateTerms(input);
  if (!isId(input.itemId)) throw badInput('itemId must be a UUID', { field: 'itemId' });
  const itemId = input.itemId.toLowerCase();
  return ctx.em.transactional(async (em) => {
    const supplier = isId(input.supplierId) ? await em.findOne(SupplierSchema, { id: input.supplierId.toLowerCase() }) : null;
    if (!supplier) throw notFound(`Supplier ${input.supplierId} not found`, { field: 'supplierId' });
    if (!(await readKnownSubjects(em, 'erp.ItemCreated', [itemId])).has(itemId)) throw notFound(`Item ${input.itemId} not found`, { field: 'itemId' });
    return upsertTerms(em, supplier.id, itemId, terms);
  });
}

/** The one write path of supplier terms: setSupplierItem and an RFQ award both come through here. */
export async function upsertTerms(em: EntityManager, supplierId: string, itemId: string, terms: ReturnType<typeof validateTerms>): Promise<SupplierItem> {
  const existing = await em.findOne(SupplierItemSchema, { supplierId, itemId });
  const values = {
    supplierSku: terms.supplierSku ?? null,
    currency: terms.currency,
    leadTimeDays: terms.leadTimeDays,
    minimumOrderQuantity: terms.minimumOrderQuantity,
    orderMultiple: terms.orderMultiple,
    overDeliveryTolerance: terms.overDeliveryTolerance,
    priceBreaks: terms.priceBreaks,
  };
  const item = existing ? Object.assign(existing, values) : em.create(SupplierItemSchema, { id: newId(), supplierId, itemId, ...values });
  await em.flush();
  return item;
}
