import { badInput } from '@plexus/errors';
import { itemTypes, type ItemType } from './item.entity.ts';

export interface NewItem {
  sku: string;
  name: string;
  type: string;
  unitOfMeasure: string;
  standardCost: number;
}

const skuPattern = /^[A-Z0-9][A-Z0-9._-]{1,39}$/;

/** Normalises and checks a new item; SKUs are upper-case so look-ups never depend on how someone typed them. */
export function validateNewItem(input: NewItem): NewItem & { type: ItemType } {
  const sku = input.sku.trim().toUpperCase();
  if (!skuPattern.test(sku)) {
    throw badInput('SKU must be 2–40 letters, digits, dots, dashes or underscores', { field: 'sku' });
  }
  const name = input.name.trim();
  if (!name) throw badInput('Item name must not be empty', { field: 'name' });
  if (!(itemTypes as readonly string[]).includes(input.type)) {
    throw badInput(`Item type must be one of ${itemTypes.join(', ')}`, { field: 'type' });
  }
  const unitOfMeasure = input.unitOfMeasure.trim().toUpperCase();
  if (!/^[A-Z0-9]{1,8}$/.test(unitOfMeasure)) {
    throw badInput('Unit of measure must be 1–8 letters or digits, e.g. EA or KG', { field: 'unitOfMeasure' });
  }
  if (!Number.isFinite(input.standardCost) || input.standardCost < 0) {
    throw badInput('Standard cost must be a number ≥ 0', { field: 'standardCost' });
  }
  return { sku, name, type: input.type as ItemType, unitOfMeasure, standardCost: input.standardCost };
}
