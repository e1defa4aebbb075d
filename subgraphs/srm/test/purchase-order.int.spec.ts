import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import {
  asSupplier,
  createItem,
  createPurchaseOrder,
  createSite,
  createSupplier,
  daysFromToday,
  placedPurchaseOrder,
  sendPurchaseOrder,
  setSupplierItem,
  submitAsn,
} from '@plexus/test-kit';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false });
});
afterAll(async () => {
  await stack?.stop();
});

const buyer = { role: 'buyer' };

async function counts() {
  const [row] = await stack.database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM srm.purchase_order) AS orders,
            (SELECT count(*)::int FROM srm.purchase_order_line) AS lines,
            (SELECT count(*)::int FROM srm.purchase_order_change) AS changes,
            (SELECT count(*)::int FROM srm.asn) AS asns,
            (SELECT count(*)::int FROM srm.asn_line) AS asn_lines,
            (SELECT count(*)::int FROM srm.supplier) AS suppliers,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events,
            (SELECT count(*)::int FROM analytics.command_receipt) AS receipts`,
  );
  return row!;
}

const eventsOf = (orderId: string) =>
  stack.database.query<{ type: string; supplier_id: string; site_id: string; payload: Record<string, unknown> }>(
    'SELECT type, supplier_id, site_id, payload FROM analytics.supply_chain_event WHERE order_id = $1 ORDER BY time, id',
    [orderId],
  );

const orderQuery = `query ($id: ID!) { purchaseOrder(id: $id) {
  number status currency totalAmount requestedDate promisedDate supplier { id } site { id }
  lines { lineNumber quantity unitPrice amount requestedDate confirmedDate promisedDate openQuantity inTransitQuantity overDeliveryTolerance }
  changes { origin status reason lines { quantity date } }
  asns { number status lines { quantity lotNumber } }
} }`;

describe('a purchase order through the router', () => {
  it('is priced from the supplier’s price breaks, sent, confirmed by the supplier, changed by agreement and shipped against', async () => {
    const supplier = await createSupplier(stack);
    const site = await createSite(stack);
    const steel = await createItem(stack, { type: 'RM', standardCost: 2 });
    await setSupplierItem(stack, {
      supplierId: supplier.id,
      itemId: steel.id,
      minimumOrderQuantity: 100,
      orderMultiple: 50,
      overDeliveryTolerance: 0.1,
      priceBreaks: [{ minimumQuantity: 100, unitPrice: 2 }, { minimumQuantity: 500, unitPrice: 1.8 }],
    });
    const order = await createPurchaseOrder(stack, { supplierId: supplier.id, siteId: site.id }, [
      { itemId: steel.id, quantity: 500, requestedDate: daysFromToday(10) },
      { itemId: steel.id, quantity: 150, requestedDate: daysFromToday(12), unitPrice: 1.9 },
    ]);
    expect(order.number).toMatch(/^PO-\d{4}-\d{6}$/);
    // A draft is the buyer's own: nobody else has heard of it.
    expect(await eventsOf(order.id)).toEqual([]);
    await sendPurchaseOrder(stack, order.id);
    const [first, second] = order.lines;

    const confirmed = await stack.query(
      `mutation ($id: ID!, $lines: [LineConfirmationInput!]!) { confirmPurchaseOrder(id: $id, lines: $lines) { status promisedDate } }`,
      { id: order.id, lines: [{ lineId: first!.id, promisedDate: daysFromToday(10) }, { lineId: second!.id, promisedDate: daysFromToday(14) }] },
      asSupplier(supplier.id),
    );
    expect(confirmed.data).toEqual({ confirmPurchaseOrder: { status: 'CONFIRMED', promisedDate: daysFromToday(10) } });

    // Plan push: the buyer needs the second line earlier and more of it; the supplier agrees.
    const proposed = await stack.query(
      `mutation ($input: RequestPurchaseOrderChangeInput!) { requestPurchaseOrderChange(input: $input) { id origin status } }`,
      { input: { purchaseOrderId: order.id, reason: 'Demand moved up', lines: [{ lineId: second!.id, quantity: 200, date: daysFromToday(11) }] } },
      buyer,
    );
    expect(proposed.data.requestPurchaseOrderChange).toMatchObject({ origin: 'BUYER', status: 'PROPOSED' });
    const ownAnswer = await stack.query(`mutation ($id: ID!) { respondToPurchaseOrderChange(id: $id, accept: true) { status } }`, { id: proposed.data.requestPurchaseOrderChange.id }, buyer);
    expect(ownAnswer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await stack.query(
      `mutation ($id: ID!) { respondToPurchaseOrderChange(id: $id, accept: true, note: "Can do") { status responseNote } }`,
      { id: proposed.data.requestPurchaseOrderChange.id },
      asSupplier(supplier.id),
    );
    expect(accepted.data.respondToPurchaseOrderChange).toEqual({ status: 'ACCEPTED', responseNote: 'Can do' });

    const asn = await submitAsn(stack, supplier.id, {
      purchaseOrderId: order.id,
      lines: [
        { purchaseOrderLineId: first!.id, quantity: 300, lotNumber: 'h-1001' },
        { purchaseOrderLineId: first!.id, quantity: 200, lotNumber: 'H-1002' },
      ],
    });
    expect(asn.number).toMatch(/^ASN-\d{4}-\d{6}$/);

    const result = await stack.query(orderQuery, { id: order.id }, buyer);
    expect(result.errors).toBeUndefined();
    expect(result.data.purchaseOrder).toMatchObject({
      status: 'CONFIRMED',
      currency: 'EUR',
      totalAmount: 500 * 1.8 + 200 * 1.9,
      requestedDate: daysFromToday(10),
      supplier: { id: supplier.id },
      site: { id: site.id },
      lines: [
        { lineNumber: 1, quantity: 500, unitPrice: 1.8, confirmedDate: daysFromToday(10), promisedDate: daysFromToday(10), openQuantity: 500, inTransitQuantity: 500, overDeliveryTolerance: 0.1 },
        // The first confirmation stays the line's confirmed date; the agreed new date is its latest promise.
        { lineNumber: 2, quantity: 200, unitPrice: 1.9, requestedDate: daysFromToday(11), confirmedDate: daysFromToday(14), promisedDate: daysFromToday(11), inTransitQuantity: 0 },
      ],
      changes: [{ origin: 'BUYER', status: 'ACCEPTED', reason: 'Demand moved up', lines: [{ quantity: 200, date: daysFromToday(11) }] }],
      asns: [{ status: 'SUBMITTED', lines: [{ quantity: 300, lotNumber: 'H-1001' }, { quantity: 200, lotNumber: 'H-1002' }] }],
    });

    const events = await eventsOf(order.id);
    expect(events.map((event) => event.type)).toEqual([
      'srm.PurchaseOrderPlaced',
      'srm.PurchaseOrderConfirmed',
      'srm.PurchaseOrderChanged',
      'srm.PurchaseOrderConfirmed',
      'srm.AsnSubmitted',
    ]);
    expect(events.every((event) => event.supplier_id === supplier.id && event.site_id === site.id)).toBe(true);
    expect(events[0]!.payload).toMatchObject({
      number: order.number,
      currency: 'EUR',
      lines: [
        { lineId: first!.id, lineNumber: 1, itemId: steel.id, quantity: 500, unitPrice: 1.8, requestedDate: daysFromToday(10), overDeliveryTolerance: 0.1 },
        { lineId: second!.id, lineNumber: 2, quantity: 150, unitPrice: 1.9 },
      ],
    });
    expect(events[2]!.payload).toMatchObject({ origin: 'BUYER', lines: [{ lineId: second!.id, quantity: 200, requestedDate: daysFromToday(11) }] });
    expect(events[3]!.payload).toEqual({ number: order.number, lines: [{ lineId: second!.id, confirmedDate: daysFromToday(11) }] });
    expect(events[4]!.payload).toMatchObject({ purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: first!.id, itemId: steel.id, quantity: 300, lotNumber: 'H-1001' }, { quantity: 200 }] });
  });

  it('takes a supplier’s proposal on a sent order, once the buyer accepts it, as the supplier’s confirmation', async () => {
    const { supplier, order } = await placedPurchaseOrder(stack, { quantities: [100, 40], confirm: false });
    const proposed = await stack.query(
      `mutation ($input: RequestPurchaseOrderChangeInput!) { requestPurchaseOrderChange(input: $input) { id origin } }`,
      { input: { purchaseOrderId: order.id, reason: 'Only 80 this month', lines: [{ lineId: order.lines[0]!.id, quantity: 80, date: daysFromToday(15) }] } },
      asSupplier(supplier.id),
    );
    expect(proposed.data.requestPurchaseOrderChange.origin).toBe('SUPPLIER');
    const accepted = await stack.query(`mutation ($id: ID!) { respondToPurchaseOrderChange(id: $id, accept: true) { status purchaseOrder { status lines { quantity confirmedDate } } } }`, { id: proposed.data.requestPurchaseOrderChange.id }, buyer);
    expect(accepted.data.respondToPurchaseOrderChange).toEqual({
      status: 'ACCEPTED',
      purchaseOrder: { status: 'CONFIRMED', lines: [{ quantity: 80, confirmedDate: daysFromToday(15) }, { quantity: 40, confirmedDate: daysFromToday(10) }] },
    });
  });
});
