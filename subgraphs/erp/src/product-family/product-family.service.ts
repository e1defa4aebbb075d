import DataLoader from 'dataloader';
import { createByIdLoader, isId, newId, type EntityManager } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { authorize } from '@plexus/host';
import { badInput, conflict, notFound } from '@plexus/errors';
import type { ErpContext } from '../context.ts';
import { ItemSchema, type Item } from '../item/item.entity.ts';
import { ProductFamilySchema, type ProductFamily } from './product-family.entity.ts';
import { checkFamilyMembers, maxItemsPerAssignment, validateNewProductFamily, type NewProductFamily } from './product-family.rules.ts';

/** Families are S&OP's planning groups: planners set them (administrators always may). */
const familyEditors = ['planner'] as const;

export function createProductFamilyLoaders(em: EntityManager) {
  return {
    productFamilyById: createByIdLoader<ProductFamily>(em, ProductFamilySchema),
    itemsByProductFamily: new DataLoader<string, Item[]>(async (familyIds) => {
      const items = await em.find(ItemSchema, { productFamilyId: { $in: [...familyIds] } }, { orderBy: { sku: 'asc' } });
      return familyIds.map((id) => items.filter((item) => item.productFamilyId === id));
    }),
  };
}

export const listProductFamilies = (ctx: ErpContext) => ctx.em.find(ProductFamilySchema, {}, { orderBy: { code: 'asc' } });

export const findProductFamily = (ctx: ErpContext, id: string) => (isId(id) ? ctx.loaders.productFamilyById.load(id.toLowerCase()) : Promise.resolve(null));

function itemIdsOf(itemIds: readonly string[]): string[] {
  if (itemIds.length > maxItemsPerAssignment) throw badInput(`At most ${maxItemsPerAssignment} items at a time`, { field: 'itemIds' });
  const bad = itemIds.find((id) => !isId(id));
  if (bad !== undefined) throw notFound(`Item ${bad} not found`, { field: 'itemIds', itemId: bad });
  return [...new Set(itemIds.map((id) => id.toLowerCase()))];
}

/** Moves the items into the family (out of any other) and tells the other systems the family's members now. */
async function placeItems(ctx: ErpContext, em: EntityManager, family: ProductFamily, itemIds: readonly string[]): Promise<void> {
  const items = itemIds.length ? await em.find(ItemSchema, { id: { $in: [...itemIds] } }) : [];
  const missing = itemIds.find((id) => !items.some((item) => item.id === id));
  if (missing) throw notFound(`Item ${missing} not found`, { field: 'itemIds', itemId: missing });
  checkFamilyMembers(family, items);
  for (const item of items) item.productFamilyId = family.id;
  await em.flush();
  const members = await em.find(ItemSchema, { productFamilyId: family.id }, { orderBy: { sku: 'asc' } });
  await recordEvents(
    em,
    [
      {
        type: 'erp.ProductFamilyChanged',
        subjectType: 'ProductFamily',
        subjectId: family.id,
        payload: { code: family.code, name: family.name, unitOfMeasure: family.unitOfMeasure, itemIds: members.map((item) => item.id) },
      },
    ],
    { now: ctx.now() },
  );
}

export async function createProductFamily(ctx: ErpContext, input: NewProductFamily & { itemIds?: readonly string[] | null }): Promise<ProductFamily> {
  authorize(ctx.viewer, 'change product families', familyEditors);
  const values = validateNewProductFamily(input);
  const itemIds = itemIdsOf(input.itemIds ?? []);
  return ctx.em.transactional(async (em) => {
    if (await em.count(ProductFamilySchema, { code: values.code })) throw conflict(`A product family with code ${values.code} already exists`, { field: 'code' });
    const family = em.create(ProductFamilySchema, { id: newId(), ...values, createdAt: ctx.now() });
    await em.flush();
    await placeItems(ctx, em, family, itemIds);
    return family;
  });
}

export async function assignItemsToProductFamily(ctx: ErpContext, familyId: string, itemIds: readonly string[]): Promise<ProductFamily> {
  authorize(ctx.viewer, 'change product families', familyEditors);
  const ids = itemIdsOf(itemIds);
  if (ids.length === 0) throw badInput('Name at least one item', { field: 'itemIds' });
  return ctx.em.transactional(async (em) => {
    const family = isId(familyId) ? await em.findOne(ProductFamilySchema, { id: familyId.toLowerCase() }) : null;
    if (!family) throw notFound(`Product family ${familyId} not found`, { field: 'familyId' });
    await placeItems(ctx, em, family, ids);
    return family;
  });
}
