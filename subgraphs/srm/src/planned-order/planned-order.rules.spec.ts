import { describe, expect, it } from 'vitest';
import { chooseSupplier, type SourcingOption } from './planned-order.rules.ts';

const option = (overrides: Partial<SourcingOption>): SourcingOption => ({
  supplierId: 's1',
  supplierCode: 'S-0001',
  status: 'APPROVED',
  certificates: [],
  leadTimeDays: 10,
  minimumOrderQuantity: 1,
  orderMultiple: 1,
  priceBreaks: [{ minimumQuantity: 1, unitPrice: 2 }],
  currency: 'EUR',
  ...overrides,
});

describe('choosing the supplier of a released planned purchase', () => {
  it('takes the cheapest orderable supplier for the quantity it would order, rounded to its minimum and multiple', () => {
    const options = [
      option({ supplierId: 'cheap-but-blocked', supplierCode: 'S-1', status: 'BLOCKED', priceBreaks: [{ minimumQuantity: 1, unitPrice: 1 }] }),
      option({ supplierId: 'expired', supplierCode: 'S-2', certificates: [{ validUntil: '2026-01-01' }], priceBreaks: [{ minimumQuantity: 1, unitPrice: 1 }] }),
      option({ supplierId: 'multiple', supplierCode: 'S-3', orderMultiple: 50, priceBreaks: [{ minimumQuantity: 1, unitPrice: 1.5 }] }),
      option({ supplierId: 'plain', supplierCode: 'S-4', priceBreaks: [{ minimumQuantity: 1, unitPrice: 1.9 }] }),
    ];
    // 60 from S-3 means buying 100 at 1.5 (150); S-4 sells 60 at 1.9 (114).
    expect(chooseSupplier(options, 60, '2026-11-30', null)).toMatchObject({ option: { supplierId: 'plain' }, quantity: 60, unitPrice: 1.9 });
    expect(chooseSupplier(options, 100, '2026-11-30', null)).toMatchObject({ option: { supplierId: 'multiple' }, quantity: 100, unitPrice: 1.5 });
  });

  it('breaks price ties by lead time and keeps to the planner’s supplier when one is named', () => {
    const options = [option({ supplierId: 'slow', supplierCode: 'S-1', leadTimeDays: 20 }), option({ supplierId: 'fast', supplierCode: 'S-2', leadTimeDays: 5 })];
    expect(chooseSupplier(options, 10, '2026-11-30', null)?.option.supplierId).toBe('fast');
    expect(chooseSupplier(options, 10, '2026-11-30', 'slow')?.option.supplierId).toBe('slow');
    expect(chooseSupplier(options, 10, '2026-11-30', 'unknown')).toBeNull();
  });

  it('finds none when the quantity falls below every price break', () => {
    expect(chooseSupplier([option({ priceBreaks: [{ minimumQuantity: 100, unitPrice: 1 }] })], 10, '2026-11-30', null)).toBeNull();
  });
});
