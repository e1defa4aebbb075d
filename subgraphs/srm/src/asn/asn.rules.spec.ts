import { describe, expect, it } from 'vitest';
import { shippableQuantity, validateAsn } from './asn.rules.ts';

const orderLine = { id: 'l1', lineNumber: 1, itemId: 'steel', quantity: 100, receivedQuantity: 30, overDeliveryTolerance: 0.05, inTransitQuantity: 20 };
const sentAt = new Date('2026-12-01T08:00:00Z');
const arrival = new Date('2026-12-03T08:00:00Z');

describe('ship notices', () => {
  it('may ship what is open with tolerance, less what arrived and is in transit', () => {
    expect(shippableQuantity(orderLine)).toBeCloseTo(55);
    expect(validateAsn({ lines: [{ purchaseOrderLineId: 'l1', quantity: 30, lotNumber: 'a-1' }, { purchaseOrderLineId: 'l1', quantity: 25, lotNumber: 'A-2' }], expectedArrival: arrival }, [orderLine], sentAt)).toEqual([
      { purchaseOrderLineId: 'l1', quantity: 30, lotNumber: 'A-1', itemId: 'steel' },
      { purchaseOrderLineId: 'l1', quantity: 25, lotNumber: 'A-2', itemId: 'steel' },
    ]);
  });

  it('refuses more than is open over all of a line’s lots', () => {
    expect(() =>
      validateAsn({ lines: [{ purchaseOrderLineId: 'l1', quantity: 30, lotNumber: 'A-1' }, { purchaseOrderLineId: 'l1', quantity: 26, lotNumber: 'A-2' }], expectedArrival: arrival }, [orderLine], sentAt),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ line: 2, field: 'quantity' }) }));
  });

  it.each([
    [{ purchaseOrderLineId: 'other', quantity: 1, lotNumber: 'A' }, 'purchaseOrderLineId'],
    [{ purchaseOrderLineId: 'l1', quantity: 0, lotNumber: 'A' }, 'quantity'],
    [{ purchaseOrderLineId: 'l1', quantity: 1, lotNumber: ' ' }, 'lotNumber'],
  ])('refuses %o naming %s', (line, field) => {
    expect(() => validateAsn({ lines: [line], expectedArrival: arrival }, [orderLine], sentAt)).toThrow(expect.objectContaining({ details: expect.objectContaining({ field }) }));
  });

  it('refuses the same lot twice on a line, no lines, and an arrival before sending', () => {
    const lot = { purchaseOrderLineId: 'l1', quantity: 1, lotNumber: 'A' };
    expect(() => validateAsn({ lines: [lot, lot], expectedArrival: arrival }, [orderLine], sentAt)).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'lotNumber' }) }));
    expect(() => validateAsn({ lines: [], expectedArrival: arrival }, [orderLine], sentAt)).toThrow(expect.objectContaining({ details: { field: 'lines' } }));
    expect(() => validateAsn({ lines: [lot], expectedArrival: new Date('2026-11-30T00:00:00Z') }, [orderLine], sentAt)).toThrow(expect.objectContaining({ details: { field: 'expectedArrival' } }));
  });
});
