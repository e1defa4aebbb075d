import type { SupplierStatus } from '@plexus/events';
import { orderability } from '../supplier/supplier.rules.ts';
import type { PriceBreak } from '../supplier-item/supplier-item.entity.ts';
import { roundUpToOrderable, unitPriceFor } from '../supplier-item/supplier-item.rules.ts';

export interface SourcingOption {
  supplierId: string;
  supplierCode: string;
  status: SupplierStatus;
  certificates: readonly { validUntil: string | Date }[];
  leadTimeDays: number;
  minimumOrderQuantity: number;
  orderMultiple: number;
  priceBreaks: readonly PriceBreak[];
  currency: string;
}

export interface SourcingChoice<Option extends SourcingOption = SourcingOption> {
  option: Option;
  /** The planned quantity rounded up to what the supplier sells. */
  quantity: number;
  unitPrice: number;
}

/**
 * Where a released planned purchase goes: the planner's supplier if named
 * (when it sells the item and may get orders), otherwise the orderable
 * supplier of the item with the lowest price for the quantity it would
 * order, then the shortest lead time, then its code. Null when no orderable
 * supplier sells the item.
 */
export function chooseSupplier<Option extends SourcingOption>(options: readonly Option[], quantity: number, day: string, supplierId: string | null): SourcingChoice<Option> | null {
  const candidates = options
    .filter((option) => (supplierId ? option.supplierId === supplierId : true))
    .filter((option) => orderability(option.status, option.certificates, day).orderable)
    .map((option) => {
      const ordered = roundUpToOrderable(option, quantity);
      return { option, quantity: ordered, unitPrice: unitPriceFor(option.priceBreaks, ordered) };
    })
    .filter((candidate): candidate is SourcingChoice<Option> => candidate.unitPrice !== null);
  candidates.sort(
    (a, b) => a.unitPrice * a.quantity - b.unitPrice * b.quantity || a.option.leadTimeDays - b.option.leadTimeDays || a.option.supplierCode.localeCompare(b.option.supplierCode),
  );
  return candidates[0] ?? null;
}
