import { describe, expect, it } from 'vitest';
import type { SupplyChainEvent } from '@plexus/events';
import { inboundOrder, matchPurchaseReceipt, validatePurchaseReceipt } from './purchase-receipt.rules.ts';

let sequence = 0;
const event = (type: string, payload: unknown, subjectId = 'po-1') =>
  ({ id: `e${(sequence += 1)}`, time: new Date(), type, system: 'srm', subjectType: 'PurchaseOrder', subjectId, orderId: 'po-1', itemId: null, siteId: 'site-1', supplierId: 'sup-1', customerId: null, quantity: null, payload, idempotencyKey: null }) as SupplyChainEvent;

const placed = event('srm.PurchaseOrderPlaced', {
  number: 'PO-1',
  lines: [
    { lineId: 'l1', lineNumber: 1, itemId: 'steel', quantity: 100, unitPrice: 2, requestedDate: '2026-12-10', overDeliveryTolerance: 0.05 },
    { lineId: 'l2', lineNumber: 2, itemId: 'bolts', quantity: 50, unitPrice: 1, requestedDate: '2026-12-10' },
  ],
});
const asn = event(
  'srm.AsnSubmitted',
  { number: 'ASN-1', purchaseOrderId: 'po-1', expectedArrival: '2026-12-09T08:00:00Z', lines: [{ asnLineId: 'a1', purchaseOrderLineId: 'l1', itemId: 'steel', quantity: 60, lotNumber: 'H-1' }] },
  'asn-1',
);
const order = () => inboundOrder('po-1', [placed, asn])!;
const line = (overrides = {}) => ({ purchaseOrderLineId: 'l1', itemId: 'steel', lotNumber: 'x-1', locationId: 'loc', quantity: 10, ...overrides });

describe('what the warehouse knows of a purchase order', () => {
  it('comes from srm’s events: lines as last changed, notices, and whether it is still open', () => {
    const changed = event('srm.PurchaseOrderChanged', { number: 'PO-1', changeId: 'c', origin: 'BUYER', reason: 'r', lines: [{ lineId: 'l2', itemId: 'bolts', quantity: 80, unitPrice: 1, requestedDate: '2026-12-12' }] });
    const known = inboundOrder('po-1', [placed, asn, changed])!;
    expect(known).toMatchObject({ number: 'PO-1', supplierId: 'sup-1', siteId: 'site-1', state: 'OPEN' });
    expect(known.lines.get('l2')).toMatchObject({ quantity: 80, overDeliveryTolerance: 0 });
    expect(known.asns.get('asn-1')!.lines.get('a1')!.lotNumber).toBe('H-1');
    expect(inboundOrder('po-1', [placed, event('srm.PurchaseOrderCancelled', { number: 'PO-1', reason: 'r' })])!.state).toBe('CANCELLED');
    expect(inboundOrder('po-1', [placed, event('srm.PurchaseOrderStatusChanged', { number: 'PO-1', from: 'RECEIVED', to: 'CLOSED' })])!.state).toBe('CLOSED');
    expect(inboundOrder('po-1', [])).toBeNull();
  });
});

describe('matching a receipt with the order', () => {
  it('accepts partial receipts and up to the tolerance over the open quantity, counting refused units as arrived', () => {
    expect(matchPurchaseReceipt(order(), { lines: [line({ quantity: 40, rejectedQuantity: 5 })] }, new Map([['l1', 60]]))).toEqual([
      { ...line({ quantity: 40, rejectedQuantity: 5 }), lotNumber: 'X-1', asnLineId: null },
    ]);
    expect(() => matchPurchaseReceipt(order(), { lines: [line({ quantity: 41, rejectedQuantity: 5 })] }, new Map([['l1', 60]]))).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'quantity', open: 45 }) }),
    );
    // Two lines of one receipt share the order line's open quantity.
    expect(() => matchPurchaseReceipt(order(), { lines: [line({ quantity: 60 }), line({ quantity: 46, lotNumber: 'x-2' })] }, new Map())).toThrow(expect.objectContaining({ details: expect.objectContaining({ line: 2 }) }));
  });

  it('refuses the wrong item, a line of another order, and a closed or cancelled order', () => {
    expect(() => matchPurchaseReceipt(order(), { lines: [line({ itemId: 'bolts' })] }, new Map())).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'itemId' }) }));
    expect(() => matchPurchaseReceipt(order(), { lines: [line({ purchaseOrderLineId: 'l9' })] }, new Map())).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'purchaseOrderLineId' }) }));
    const cancelled = inboundOrder('po-1', [placed, event('srm.PurchaseOrderCancelled', { number: 'PO-1', reason: 'r' })])!;
    expect(() => matchPurchaseReceipt(cancelled, { lines: [line()] }, new Map())).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('against a ship notice takes the order line from the notice and refuses a lot it did not announce', () => {
    const asnLine = { asnLineId: 'a1', purchaseOrderLineId: null, itemId: 'steel', lotNumber: ' h-1 ', locationId: 'loc', quantity: 60 };
    expect(matchPurchaseReceipt(order(), { asnId: 'asn-1', lines: [asnLine] }, new Map())).toMatchObject([{ purchaseOrderLineId: 'l1', asnLineId: 'a1', lotNumber: 'H-1' }]);
    expect(() => matchPurchaseReceipt(order(), { asnId: 'asn-1', lines: [{ ...asnLine, lotNumber: 'H-2' }] }, new Map())).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'lotNumber' }) }),
    );
    expect(() => matchPurchaseReceipt(order(), { asnId: 'asn-1', lines: [line()] }, new Map())).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'asnLineId' }) }));
    expect(() => matchPurchaseReceipt(order(), { asnId: 'asn-9', lines: [asnLine] }, new Map())).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('needs something received on every line, with a lot and an order or notice line', () => {
    expect(() => validatePurchaseReceipt([])).toThrow(expect.objectContaining({ details: { field: 'lines' } }));
    expect(() => validatePurchaseReceipt([line({ quantity: 0 })])).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'quantity' }) }));
    expect(() => validatePurchaseReceipt([line({ quantity: 0, rejectedQuantity: 3 })])).not.toThrow();
    expect(() => validatePurchaseReceipt([line({ rejectedQuantity: -1 })])).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'rejectedQuantity' }) }));
    expect(() => validatePurchaseReceipt([line({ lotNumber: ' ' })])).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'lotNumber' }) }));
    expect(() => validatePurchaseReceipt([line({ purchaseOrderLineId: null })])).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'purchaseOrderLineId' }) }));
  });
});
