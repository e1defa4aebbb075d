import { badInput } from '@plexus/errors';
import type { PriceBreak } from './supplier-item.entity.ts';

export interface SupplierTerms {
  supplierSku?: string | null;
  currency: string;
  leadTimeDays: number;
  minimumOrderQuantity: number;
  orderMultiple: number;
  overDeliveryTolerance: number;
  priceBreaks: readonly PriceBreak[];
}

const positive = (value: number) => Number.isFinite(value) && value > 0;

/** Checks a supplier's terms for an item and sorts its price breaks by quantity. */
export function validateTerms(input: SupplierTerms): SupplierTerms & { priceBreaks: PriceBreak[] } {
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('Currency must be an ISO 4217 code, e.g. EUR', { field: 'currency' });
  if (!Number.isInteger(input.leadTimeDays) || input.leadTimeDays < 0 || input.leadTimeDays > 365) {
    throw badInput('Lead time must be 0–365 whole days', { field: 'leadTimeDays' });
  }
  if (!positive(input.minimumOrderQuantity)) throw badInput('Minimum order quantity must be greater than 0', { field: 'minimumOrderQuantity' });
  if (!positive(input.orderMultiple)) throw badInput('Order multiple must be greater than 0', { field: 'orderMultiple' });
  if (!Number.isFinite(input.overDeliveryTolerance) || input.overDeliveryTolerance < 0 || input.overDeliveryTolerance > 1) {
    throw badInput('Over-delivery tolerance is a share between 0 and 1, e.g. 0.05 for 5 %', { field: 'overDeliveryTolerance' });
  }
  if (input.priceBreaks.length === 0) throw badInput('Give at least one price break', { field: 'priceBreaks' });
  const priceBreaks = [...input.priceBreaks].sort((a, b) => a.minimumQuantity - b.minimumQuantity);
  priceBreaks.forEach((priceBreak, index) => {
    if (!positive(priceBreak.minimumQuantity)) throw badInput('A price break starts at a quantity greater than 0', { field: 'priceBreaks', index });
    if (!Number.isFinite(priceBreak.unitPrice) || priceBreak.unitPrice < 0) throw badInput('A unit price is 0 or more', { field: 'priceBreaks', index });
    if (index > 0 && priceBreak.minimumQuantity === priceBreaks[index - 1]!.minimumQuantity) {
      throw badInput(`Two price breaks start at ${priceBreak.minimumQuantity}`, { field: 'priceBreaks', index });
    }
  });
  if (priceBreaks[0]!.minimumQuantity > input.minimumOrderQuantity) {
    throw badInput('The first price break must apply from the minimum order quantity or less, so every orderable quantity has a price', { field: 'priceBreaks' });
  }
  const supplierSku = input.supplierSku?.trim() || null;
  return { ...input, supplierSku, currency, priceBreaks };
}

/** The unit price of the largest break not above the quantity; null below the first break. */
export function unitPriceFor(priceBreaks: readonly PriceBreak[], quantity: number): number | null {
  let price: number | null = null;
  for (const priceBreak of priceBreaks) if (priceBreak.minimumQuantity <= quantity) price = priceBreak.unitPrice;
  return price;
}

/** Multiples are checked with a little slack, so 0.3 counts as three of 0.1 despite floating point. */
const isMultiple = (quantity: number, multiple: number) => Math.abs(quantity / multiple - Math.round(quantity / multiple)) < 1e-6;

/** A quantity the supplier sells: at least the minimum and a whole number of order multiples. */
export function orderQuantityProblem(terms: Pick<SupplierTerms, 'minimumOrderQuantity' | 'orderMultiple'>, quantity: number): string | null {
  if (quantity < terms.minimumOrderQuantity) return `below the minimum order quantity of ${terms.minimumOrderQuantity}`;
  if (!isMultiple(quantity, terms.orderMultiple)) return `not a multiple of ${terms.orderMultiple}`;
  return null;
}

/** The smallest quantity the supplier sells that covers `need`. */
export function roundUpToOrderable(terms: Pick<SupplierTerms, 'minimumOrderQuantity' | 'orderMultiple'>, need: number): number {
  const atLeast = Math.max(need, terms.minimumOrderQuantity);
  return Math.ceil(atLeast / terms.orderMultiple - 1e-9) * terms.orderMultiple;
}
