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
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
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

describe('refuses bad input with a code and writes nothing', () => {
  let supplierId: string;
  let siteId: string;
  let itemId: string;
  beforeAll(async () => {
    supplierId = (await createSupplier(stack)).id;
    siteId = (await createSite(stack)).id;
    itemId = (await createItem(stack, { type: 'RM' })).id;
    await setSupplierItem(stack, { supplierId, itemId, minimumOrderQuantity: 100, orderMultiple: 25 });
  });

  const create = (input: Record<string, unknown>, viewer: Record<string, string> = buyer) =>
    stack.query(`mutation ($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`, { input: { supplierId, siteId, lines: [{ itemId, quantity: 100, requestedDate: daysFromToday(9) }], ...input } }, viewer);

  it.each([
    ['below the minimum order quantity', () => ({ lines: [{ itemId, quantity: 75, requestedDate: daysFromToday(9) }] }), 'BAD_USER_INPUT', 'quantity'],
    ['not a multiple of the order multiple', () => ({ lines: [{ itemId, quantity: 110, requestedDate: daysFromToday(9) }] }), 'BAD_USER_INPUT', 'quantity'],
    ['an unknown site', () => ({ siteId: '01930000-0000-7000-8000-0000000000d1' }), 'NOT_FOUND', 'siteId'],
    ['an unknown supplier', () => ({ supplierId: '01930000-0000-7000-8000-0000000000d2' }), 'NOT_FOUND', 'supplierId'],
    ['a requested date in the past', () => ({ lines: [{ itemId, quantity: 100, requestedDate: daysFromToday(-1) }] }), 'BAD_USER_INPUT', 'requestedDate'],
    ['a malformed item id', () => ({ lines: [{ itemId: 'steel', quantity: 100, requestedDate: daysFromToday(9) }] }), 'BAD_USER_INPUT', 'itemId'],
  ])('an order %s', async (_, input, code, field) => {
    const before = await counts();
    const result = await create(input());
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await counts()).toEqual(before);
  });

  it('an item the supplier does not sell', async () => {
    const unsold = await createItem(stack, { type: 'RM' });
    const before = await counts();
    const result = await create({ lines: [{ itemId: unsold.id, quantity: 100, requestedDate: daysFromToday(9) }] });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemId' });
    expect(await counts()).toEqual(before);
  });

  it('an order to a blocked supplier, a prospect or one whose certificate expired, as a conflict', async () => {
    const blocked = await createSupplier(stack);
    const prospect = await createSupplier(stack, { status: 'PROSPECT' });
    const expired = await createSupplier(stack);
    for (const supplier of [blocked, prospect, expired]) await setSupplierItem(stack, { supplierId: supplier.id, itemId });
    await stack.query(`mutation ($id: ID!) { changeSupplierStatus(id: $id, status: BLOCKED, reason: "Quality escapes") { status } }`, { id: blocked.id }, buyer);
    await stack.query(
      `mutation ($id: ID!) { recordSupplierCertificate(supplierId: $id, input: { kind: "ISO9001", number: "Q-1", validUntil: "${daysFromToday(-1)}" }) { id } }`,
      { id: expired.id },
      buyer,
    );
    const orderable = await stack.query(`query { a: supplier(id: "${blocked.id}") { orderable { orderable reasons } } b: supplier(id: "${expired.id}") { orderable { orderable reasons } certificates { expired } } }`, {}, buyer);
    expect(orderable.data).toEqual({ a: { orderable: { orderable: false, reasons: ['BLOCKED'] } }, b: { orderable: { orderable: false, reasons: ['CERTIFICATE_EXPIRED'] }, certificates: [{ expired: true }] } });
    const before = await counts();
    for (const [supplier, reason] of [[blocked, 'BLOCKED'], [prospect, 'PROSPECT'], [expired, 'CERTIFICATE_EXPIRED']] as const) {
      const result = await create({ supplierId: supplier.id });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'supplierId', reasons: [reason] });
    }
    expect(await counts()).toEqual(before);
  });

  it('sending a draft to a supplier blocked since, as a conflict', async () => {
    const supplier = await createSupplier(stack);
    await setSupplierItem(stack, { supplierId: supplier.id, itemId });
    const draft = await createPurchaseOrder(stack, { supplierId: supplier.id, siteId }, [{ itemId, quantity: 10 }]);
    await stack.query(`mutation ($id: ID!) { changeSupplierStatus(id: $id, status: BLOCKED, reason: "Insolvent") { status } }`, { id: supplier.id }, buyer);
    const before = await counts();
    const result = await stack.query(`mutation ($id: ID!) { sendPurchaseOrder(id: $id) { status } }`, { id: draft.id }, buyer);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reasons: ['BLOCKED'] });
    expect(await counts()).toEqual(before);
  });

  it('confirming a cancelled order, as a conflict', async () => {
    const { supplier, order } = await placedPurchaseOrder(stack, { confirm: false });
    await stack.query(`mutation ($id: ID!) { cancelPurchaseOrder(id: $id, reason: "Need gone") { status } }`, { id: order.id }, buyer);
    const before = await counts();
    const result = await stack.query(
      `mutation ($id: ID!, $lineId: ID!) { confirmPurchaseOrder(id: $id, lines: [{ lineId: $lineId, promisedDate: "${daysFromToday(9)}" }]) { id } }`,
      { id: order.id, lineId: order.lines[0]!.id },
      asSupplier(supplier.id),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('a ship notice over the open quantity, or against an order not confirmed', async () => {
    const { supplier, order } = await placedPurchaseOrder(stack, { quantities: [100] });
    await submitAsn(stack, supplier.id, { purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: order.lines[0]!.id, quantity: 60, lotNumber: 'A-1' }] });
    const unconfirmed = await placedPurchaseOrder(stack, { confirm: false, supplier });
    const before = await counts();
    const submit = (purchaseOrderId: string, lineId: string, quantity: number) =>
      stack.query(
        `mutation ($input: SubmitAsnInput!) { submitAsn(input: $input) { id } }`,
        { input: { purchaseOrderId, expectedArrival: new Date(Date.now() + 86_400_000).toISOString(), lines: [{ purchaseOrderLineId: lineId, quantity, lotNumber: 'A-2' }] } },
        asSupplier(supplier.id),
      );
    // 100 ordered + 5 % tolerance − 60 already on the way.
    expect((await submit(order.id, order.lines[0]!.id, 46)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity', open: 45 });
    expect((await submit(unconfirmed.order.id, unconfirmed.order.lines[0]!.id, 1)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('cancelling an order with goods on the way, and a second open proposal, as conflicts', async () => {
    const { supplier, order } = await placedPurchaseOrder(stack, { quantities: [100] });
    await submitAsn(stack, supplier.id, { purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: order.lines[0]!.id, quantity: 10, lotNumber: 'B-1' }] });
    const propose = () =>
      stack.query(`mutation ($input: RequestPurchaseOrderChangeInput!) { requestPurchaseOrderChange(input: $input) { id } }`, { input: { purchaseOrderId: order.id, reason: 'More', lines: [{ lineId: order.lines[0]!.id, quantity: 120 }] } }, buyer);
    expect((await propose()).errors).toBeUndefined();
    const before = await counts();
    expect((await propose()).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await stack.query(`mutation ($id: ID!) { cancelPurchaseOrder(id: $id, reason: "x") { id } }`, { id: order.id }, buyer)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('a change by a planner, as forbidden', async () => {
    const before = await counts();
    expect((await create({}, { role: 'planner' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('retried requests with the same idempotency key', () => {
  it('create, send, confirm, ship and cancel once', async () => {
    const { supplier, siteId, items } = await placedPurchaseOrder(stack);
    const key = (name: string) => `${name}-${supplier.id}`;
    const createOnce = () =>
      stack.query(`mutation ($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id lines { id } } }`, { input: { supplierId: supplier.id, siteId, idempotencyKey: key('create'), lines: [{ itemId: items[0]!.id, quantity: 10, requestedDate: daysFromToday(9) }] } }, buyer);
    const first = (await createOnce()).data.createPurchaseOrder;
    let before = await counts();
    expect((await createOnce()).data.createPurchaseOrder.id).toBe(first.id);
    expect(await counts()).toEqual(before);

    const steps = [
      () => stack.query(`mutation ($id: ID!, $key: String) { sendPurchaseOrder(id: $id, idempotencyKey: $key) { status } }`, { id: first.id, key: key('send') }, buyer),
      () =>
        stack.query(
          `mutation ($id: ID!, $lineId: ID!, $key: String) { confirmPurchaseOrder(id: $id, lines: [{ lineId: $lineId, promisedDate: "${daysFromToday(9)}" }], idempotencyKey: $key) { status } }`,
          { id: first.id, lineId: first.lines[0].id, key: key('confirm') },
          asSupplier(supplier.id),
        ),
      () =>
        stack.query(
          `mutation ($input: SubmitAsnInput!) { submitAsn(input: $input) { id } }`,
          { input: { purchaseOrderId: first.id, idempotencyKey: key('asn'), expectedArrival: new Date(Date.now() + 86_400_000).toISOString(), lines: [{ purchaseOrderLineId: first.lines[0].id, quantity: 4, lotNumber: 'I-1' }] } },
          asSupplier(supplier.id),
        ),
    ];
    for (const step of steps) {
      const done = await step();
      expect(done.errors).toBeUndefined();
      before = await counts();
      expect(await step()).toEqual(done);
      expect(await counts()).toEqual(before);
    }
  });
});
