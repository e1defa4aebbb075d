import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { daysFromToday, placedPurchaseOrder } from '@plexus/test-kit';
import { finance, financeCounts } from './finance.factories.ts';

let stack: Stack;
// Starting every system takes minutes on a loaded machine.
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

/** An order of two raw materials at 2.50 each (100 and 50), its first line received: 80 accepted, 5 refused at the dock. */
async function partlyReceivedOrder() {
  const placed = await placedPurchaseOrder(stack, { quantities: [100, 50] });
  const warehouse = await stack.query(
    `mutation ($siteId: ID!, $code: String!) { createWarehouse(input: { code: $code, name: "Raw", siteId: $siteId, locationCodes: ["R-01"] }) { id locations { id } } }`,
    { siteId: placed.siteId, code: `WH-P${Date.now().toString(36).toUpperCase()}` },
  );
  const { id: warehouseId, locations } = warehouse.data.createWarehouse;
  const [first, second] = placed.order.lines;
  const received = await stack.query(
    `mutation ($input: ReceivePurchaseInput!) { receivePurchase(input: $input) { id } }`,
    {
      input: {
        warehouseId,
        purchaseOrderId: placed.order.id,
        lines: [{ purchaseOrderLineId: first!.id, itemId: placed.items[0]!.id, lotNumber: 'L-1', locationId: locations[0].id, quantity: 80, rejectedQuantity: 5 }],
      },
    },
    { role: 'operator' },
  );
  expect(received.errors).toBeUndefined();
  await stack.drainConsumers();
  return { ...placed, warehouseId, locationId: locations[0].id as string, first: first!, second: second! };
}

const receiveInvoice = (input: Record<string, unknown>) =>
  stack.query(
    `mutation ($input: ReceiveSupplierInvoiceInput!) { receiveSupplierInvoice(input: $input) {
      id number status amount dueDate blockReasons lines { lineNumber matched blocks blockReasons orderedUnitPrice amount }
    } }`,
    { input: { invoiceDate: daysFromToday(0), ...input } },
    finance,
  );

const invoice = (id: string) =>
  stack.query(`query ($id: ID!) { supplierInvoice(id: $id) { status openAmount blockReasons lines { matched blocks } payments { amount daysLate } } }`, { id }, finance);

describe('supplier invoices, matched three ways', () => {
  it('matches an invoice for what was received at the order price, blocks one for goods not received and matches it when they arrive', async () => {
    const order = await partlyReceivedOrder();
    const matched = await receiveInvoice({
      supplierId: order.supplier.id,
      supplierReference: 'INV-A1',
      purchaseOrderId: order.order.id,
      lines: [{ purchaseOrderLineId: order.first.id, quantity: 80, unitPrice: 2.55 }],
    });
    expect(matched.errors).toBeUndefined();
    expect(matched.data.receiveSupplierInvoice).toMatchObject({
      number: expect.stringMatching(/^SI-\d{4}-\d{6}$/),
      status: 'MATCHED',
      amount: 204,
      dueDate: daysFromToday(30),
      blockReasons: [],
      lines: [{ lineNumber: 1, matched: true, blocks: [], orderedUnitPrice: 2.5, amount: 204 }],
    });

    const early = await receiveInvoice({
      supplierId: order.supplier.id,
      supplierReference: 'INV-A2',
      purchaseOrderId: order.order.id,
      lines: [{ purchaseOrderLineId: order.second.id, quantity: 50, unitPrice: 2.5 }],
    });
    expect(early.data.receiveSupplierInvoice).toMatchObject({
      status: 'BLOCKED',
      blockReasons: [expect.stringMatching(/^Line 1: no goods received against PO-/)],
      lines: [{ matched: false, blocks: ['NOT_RECEIVED'] }],
    });
    const [booked] = await stack.database.query<{ payload: { amount: number; purchaseOrderId: string }; supplier_id: string }>(
      `SELECT payload, supplier_id FROM analytics.supply_chain_event WHERE type = 'erp.SupplierInvoiceReceived' AND subject_id = $1`,
      [early.data.receiveSupplierInvoice.id],
    );
    expect(booked).toMatchObject({ supplier_id: order.supplier.id, payload: { amount: 125, purchaseOrderId: order.order.id } });
    const held = await stack.query(`mutation ($input: PaySupplierInvoiceInput!) { paySupplierInvoice(input: $input) { id } }`, { input: { invoiceId: early.data.receiveSupplierInvoice.id } }, finance);
    expect(held.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await stack.query(
      `mutation ($input: ReceivePurchaseInput!) { receivePurchase(input: $input) { id } }`,
      { input: { warehouseId: order.warehouseId, purchaseOrderId: order.order.id, lines: [{ purchaseOrderLineId: order.second.id, itemId: order.items[1]!.id, lotNumber: 'L-2', locationId: order.locationId, quantity: 50 }] } },
      { role: 'operator' },
    );
    await stack.drainConsumers();
    expect((await invoice(early.data.receiveSupplierInvoice.id)).data.supplierInvoice.status).toBe('MATCHED');

    const run = await stack.query(`mutation ($dueBy: Date!) { paySupplierInvoicesDue(dueBy: $dueBy) { number amount daysLate } }`, { dueBy: daysFromToday(30) }, finance);
    expect(run.errors).toBeUndefined();
    const ours = run.data.paySupplierInvoicesDue.filter((payment: { amount: number }) => payment.amount === 204 || payment.amount === 125);
    expect(ours.map((payment: { amount: number; daysLate: number }) => [payment.amount, payment.daysLate]).sort()).toEqual([
      [125, -30],
      [204, -30],
    ]);
    expect((await invoice(early.data.receiveSupplierInvoice.id)).data.supplierInvoice).toMatchObject({ openAmount: 0, payments: [{ amount: 125 }] });
  }, 180_000);

  it('blocks more than was received and a price above tolerance, with the reasons, and ages the payable', async () => {
    const order = await partlyReceivedOrder();
    const blocked = await receiveInvoice({
      supplierId: order.supplier.id,
      supplierReference: 'INV-B1',
      purchaseOrderId: order.order.id,
      invoiceDate: daysFromToday(-45),
      lines: [{ purchaseOrderLineId: order.first.id, quantity: 85, unitPrice: 2.6 }],
    });
    expect(blocked.data.receiveSupplierInvoice).toMatchObject({
      status: 'BLOCKED',
      lines: [{ blocks: ['QUANTITY_ABOVE_RECEIVED', 'PRICE_ABOVE_ORDER'] }],
      blockReasons: ['Line 1: invoices 85 but 80 received and not invoiced yet', "Line 1: price 2.60 is 4.0 % above the order's 2.50 (tolerance 2 %)"],
    });
    const ageing = await stack.query(`query { payablesAgeing { suppliers { supplier { id } amounts { current days1To30 total openItems } } } }`, {}, finance);
    const row = ageing.data.payablesAgeing.suppliers.find((entry: { supplier: { id: string } }) => entry.supplier.id === order.supplier.id);
    expect(row.amounts).toEqual({ current: 0, days1To30: 221, total: 221, openItems: 1 });
  }, 180_000);

  it('refuses a duplicate, another supplier’s order, a line of another order and a future date, writing nothing; a retry is a no-op', async () => {
    const order = await partlyReceivedOrder();
    const other = await partlyReceivedOrder();
    const line = { purchaseOrderLineId: order.first.id, quantity: 10, unitPrice: 2.5 };
    const first = await receiveInvoice({ supplierId: order.supplier.id, supplierReference: 'INV-C1', purchaseOrderId: order.order.id, lines: [line], idempotencyKey: `si-${order.order.id}` });
    expect(first.errors).toBeUndefined();
    const before = await financeCounts(stack);
    const retry = await receiveInvoice({ supplierId: order.supplier.id, supplierReference: 'INV-C1', purchaseOrderId: order.order.id, lines: [line], idempotencyKey: `si-${order.order.id}` });
    expect(retry.data.receiveSupplierInvoice.id).toBe(first.data.receiveSupplierInvoice.id);
    const codeOf = async (input: Record<string, unknown>) => (await receiveInvoice({ supplierId: order.supplier.id, purchaseOrderId: order.order.id, lines: [line], ...input })).errors?.[0]?.extensions?.code;
    expect(await codeOf({ supplierReference: 'INV-C1' })).toBe('CONFLICT');
    expect(await codeOf({ supplierReference: 'INV-C2', supplierId: other.supplier.id })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ supplierReference: 'INV-C2', lines: [{ ...line, purchaseOrderLineId: other.first.id }] })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ supplierReference: 'INV-C2', invoiceDate: daysFromToday(2) })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ supplierReference: 'INV-C2', purchaseOrderId: '0196a0b0-0000-7000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await codeOf({ supplierReference: 'INV-C2', lines: [] })).toBe('BAD_USER_INPUT');
    const overpay = await stack.query(`mutation ($input: PaySupplierInvoiceInput!) { paySupplierInvoice(input: $input) { id } }`, { input: { invoiceId: first.data.receiveSupplierInvoice.id, amount: 25.01 } }, finance);
    expect(overpay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const buyer = await stack.query(`mutation ($input: ReceiveSupplierInvoiceInput!) { receiveSupplierInvoice(input: $input) { id } }`, { input: { supplierId: order.supplier.id, supplierReference: 'X', purchaseOrderId: order.order.id, invoiceDate: daysFromToday(0), lines: [line] } }, { role: 'buyer' });
    expect(buyer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await financeCounts(stack)).toEqual(before);
  }, 180_000);
});
