import { describe, expect, it } from 'vitest';
import { documentsComplete, isDamaged, validateDelivery } from './delivery.rules.ts';

const now = new Date('2026-11-20T12:00:00Z');
const times = { lastMilestoneAt: new Date('2026-11-20T08:00:00Z'), now };
const shipped = [
  { salesOrderLineId: 'a', itemId: 'pump', quantity: 10 },
  { salesOrderLineId: 'b', itemId: 'valve', quantity: 4 },
];
const input = { deliveredAt: new Date('2026-11-20T11:00:00Z'), receivedBy: 'J. Doe', documents: [{ kind: 'DELIVERY_NOTE' as const, reference: 'DN-1' }] };

describe('a proof of delivery', () => {
  it('takes lines it does not name as received in full and undamaged', () => {
    expect(validateDelivery({ ...input, lines: [{ salesOrderLineId: 'b', receivedQuantity: 3, damagedQuantity: 1 }] }, shipped, times)).toEqual([
      { salesOrderLineId: 'a', itemId: 'pump', shippedQuantity: 10, receivedQuantity: 10, damagedQuantity: 0 },
      { salesOrderLineId: 'b', itemId: 'valve', shippedQuantity: 4, receivedQuantity: 3, damagedQuantity: 1 },
    ]);
  });

  it('refuses lines not shipped, named twice, more than shipped, or more damaged than received', () => {
    const refused = (lines: { salesOrderLineId: string; receivedQuantity: number; damagedQuantity?: number }[]) => () => validateDelivery({ ...input, lines }, shipped, times);
    const badInput = expect.objectContaining({ code: 'BAD_USER_INPUT' });
    expect(refused([{ salesOrderLineId: 'c', receivedQuantity: 1 }])).toThrow(badInput);
    expect(refused([{ salesOrderLineId: 'a', receivedQuantity: 1 }, { salesOrderLineId: 'a', receivedQuantity: 2 }])).toThrow(badInput);
    expect(refused([{ salesOrderLineId: 'a', receivedQuantity: 11 }])).toThrow(badInput);
    expect(refused([{ salesOrderLineId: 'a', receivedQuantity: -1 }])).toThrow(badInput);
    expect(refused([{ salesOrderLineId: 'a', receivedQuantity: 5, damagedQuantity: 6 }])).toThrow(badInput);
  });

  it('refuses a time in the future or before the last milestone, an unsigned delivery and a document without reference', () => {
    const badInput = expect.objectContaining({ code: 'BAD_USER_INPUT' });
    expect(() => validateDelivery({ ...input, deliveredAt: new Date('2026-11-20T13:00:00Z') }, shipped, times)).toThrow(badInput);
    expect(() => validateDelivery({ ...input, deliveredAt: new Date('2026-11-20T07:00:00Z') }, shipped, times)).toThrow(badInput);
    expect(() => validateDelivery({ ...input, receivedBy: ' ' }, shipped, times)).toThrow(badInput);
    expect(() => validateDelivery({ ...input, documents: [{ kind: 'CMR', reference: '' }] }, shipped, times)).toThrow(badInput);
  });

  it('is damaged when units or the note say so', () => {
    const line = { salesOrderLineId: 'a', itemId: 'pump', shippedQuantity: 10, receivedQuantity: 10, damagedQuantity: 0 };
    expect(isDamaged([line], null)).toBe(false);
    expect(isDamaged([{ ...line, damagedQuantity: 1 }], null)).toBe(true);
    expect(isDamaged([line], 'Pallet crushed')).toBe(true);
  });

  it('has complete documents with a delivery note, and a CMR on the road', () => {
    const note = { kind: 'DELIVERY_NOTE' as const, reference: 'DN-1' };
    const cmr = { kind: 'CMR' as const, reference: 'CMR-1' };
    expect(documentsComplete([note], 'PARCEL')).toBe(true);
    expect(documentsComplete([note], 'ROAD')).toBe(false);
    expect(documentsComplete([note, cmr], 'ROAD')).toBe(true);
    expect(documentsComplete([cmr], 'ROAD')).toBe(false);
  });
});
