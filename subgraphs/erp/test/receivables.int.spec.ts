import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { daysFromToday } from '@plexus/test-kit';
import { confirmDelivery, finance, financeCounts, shippedOrder } from './finance.factories.ts';

let stack: Stack;
// Starting every system takes minutes on a loaded machine.
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

const invoiceFields = `id number amount openAmount status accurate dueDate customer { id } salesOrder { id }
  lines { lineNumber quantity unitPrice amount creditedQuantity item { id } salesOrderLine { id } }
  creditNotes { number amount reason } payments { number amount daysLate }`;

const invoicesOf = async (orderId: string) => {
  const result = await stack.query(`query ($id: ID!) { customerInvoices(filter: { salesOrderId: $id }) { totalCount items { ${invoiceFields} } } }`, { id: orderId }, finance);
  expect(result.errors).toBeUndefined();
  return result.data.customerInvoices.items;
};

const pay = (invoiceId: string, amount: number, idempotencyKey?: string) =>
  stack.query(`mutation ($input: RecordCustomerPaymentInput!) { recordCustomerPayment(input: $input) { number amount daysLate } }`, { input: { invoiceId, amount, idempotencyKey } }, finance);

describe('order to cash through the router', () => {
  it('an order placed, confirmed, shipped, delivered, invoiced on delivery and paid is perfect once the payment is heard', async () => {
    const shipped = await shippedOrder(stack, { quantity: 10, unitPrice: 12.5, billOn: 'DELIVERY', paymentDays: 14, requestedDate: daysFromToday(5) });
    await stack.drainConsumers();
    // Billed on delivery: shipping alone invoices nothing.
    expect(await invoicesOf(shipped.order.id)).toEqual([]);

    await confirmDelivery(stack, {
      shipmentId: shipped.shipmentId,
      orderId: shipped.order.id,
      customerId: shipped.customer.id,
      siteId: shipped.siteId,
      lines: [{ salesOrderLineId: shipped.lineId, itemId: shipped.item.id, quantity: 10 }],
    });
    await stack.drainConsumers();
    expect((await invoicesOf(shipped.order.id)).length).toBe(1);
    const [invoice] = await invoicesOf(shipped.order.id);
    expect(invoice).toMatchObject({
      number: expect.stringMatching(/^INV-\d{4}-\d{6}$/),
      amount: 125,
      openAmount: 125,
      status: 'OPEN',
      accurate: true,
      dueDate: daysFromToday(14),
      customer: { id: shipped.customer.id },
      lines: [{ lineNumber: 1, quantity: 10, unitPrice: 12.5, amount: 125, creditedQuantity: 0, item: { id: shipped.item.id }, salesOrderLine: { id: shipped.lineId } }],
    });
    const [issued] = await stack.database.query<{ payload: { accurate: boolean; amount: number }; customer_id: string }>(
      `SELECT payload, customer_id FROM analytics.supply_chain_event WHERE type = 'erp.InvoiceIssued' AND subject_id = $1`,
      [invoice.id],
    );
    expect(issued).toMatchObject({ customer_id: shipped.customer.id, payload: { accurate: true, amount: 125 } });

    const partial = await pay(invoice.id, 25);
    expect(partial.data.recordCustomerPayment).toMatchObject({ amount: 25, daysLate: -14 });
    expect((await invoicesOf(shipped.order.id))[0]).toMatchObject({ openAmount: 100, status: 'PARTIALLY_PAID' });
    const rest = await pay(invoice.id, 100);
    expect(rest.errors).toBeUndefined();
    const perfect = async () => (await stack.query(`query ($id: ID!) { salesOrder(id: $id) { status perfectOrder { isPerfect reasons } } }`, { id: shipped.order.id })).data.salesOrder;
    await stack.drainConsumers();
    expect(await perfect()).toMatchObject({ status: 'DELIVERED', perfectOrder: { isPerfect: true, reasons: [] } });
    expect((await invoicesOf(shipped.order.id))[0]).toMatchObject({ openAmount: 0, status: 'PAID', payments: [{ amount: 25 }, { amount: 100 }] });
  }, 180_000);
});

describe('the general ledger', () => {
  it('posts the shipment at standard cost, the invoice and its payment, and its trial balance adds up to 0', async () => {
    const shipped = await shippedOrder(stack, { quantity: 10, unitPrice: 12.5 });
    await stack.drainConsumers();
    expect((await invoicesOf(shipped.order.id)).length).toBe(1);
    const [invoice] = await invoicesOf(shipped.order.id);
    await pay(invoice.id, 125);
    await stack.drainConsumers();
    const entriesOf = async (subjectId: string) =>
      (await stack.query(`query ($id: ID) { journalEntries(subjectId: $id) { sourceType lines { account debit credit } } }`, { id: subjectId }, finance)).data.journalEntries;
    expect(await entriesOf(shipped.shipmentId)).toEqual([
      { sourceType: 'wms.ShipmentShipped', lines: [{ account: 'COST_OF_GOODS_SOLD', debit: 400, credit: 0 }, { account: 'INVENTORY', debit: 0, credit: 400 }] },
    ]);
    expect(await entriesOf(invoice.id)).toEqual([
      { sourceType: 'erp.InvoiceIssued', lines: [{ account: 'RECEIVABLES', debit: 125, credit: 0 }, { account: 'REVENUE', debit: 0, credit: 125 }] },
    ]);
    const payments = await stack.database.query<{ subject_id: string }>(`SELECT subject_id FROM analytics.supply_chain_event WHERE type = 'erp.CustomerPaymentReceived' AND payload->>'invoiceId' = $1`, [invoice.id]);
    expect(await entriesOf(payments[0]!.subject_id)).toEqual([
      { sourceType: 'erp.CustomerPaymentReceived', lines: [{ account: 'CASH', debit: 125, credit: 0 }, { account: 'RECEIVABLES', debit: 0, credit: 125 }] },
    ]);
    const balance = (await stack.query(`query { trialBalance { account debit credit balance } }`, {}, finance)).data.trialBalance as { debit: number; credit: number; balance: number }[];
    expect(balance).toHaveLength(9);
    expect(Math.round(balance.reduce((sum, row) => sum + row.balance, 0) * 100)).toBe(0);
    expect(balance.reduce((sum, row) => sum + row.debit, 0)).toBeGreaterThan(0);
  }, 180_000);
});

describe('receivables', () => {
  it('invoices customers on shipment by default, and a credit note corrects the invoice in the stream', async () => {
    const shipped = await shippedOrder(stack, { quantity: 4, unitPrice: 20 });
    await stack.drainConsumers();
    expect((await invoicesOf(shipped.order.id)).length).toBe(1);
    const [invoice] = await invoicesOf(shipped.order.id);
    expect(invoice).toMatchObject({ amount: 80, accurate: true, dueDate: daysFromToday(30) });

    const credited = await stack.query(
      `mutation ($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { number amount reason } }`,
      { input: { invoiceId: invoice.id, reason: 'One unit returned', lines: [{ salesOrderLineId: shipped.lineId, quantity: 1 }] } },
      finance,
    );
    expect(credited.data.issueCreditNote).toMatchObject({ number: expect.stringMatching(/^CN-/), amount: 20, reason: 'One unit returned' });
    expect((await invoicesOf(shipped.order.id))[0]).toMatchObject({ openAmount: 60, lines: [{ creditedQuantity: 1 }], accurate: false });
    const issued = await stack.database.query<{ payload: { amount: number; lines: { quantity: number }[] } }>(
      `SELECT payload FROM analytics.supply_chain_event WHERE type = 'erp.InvoiceIssued' AND subject_id = $1 ORDER BY time, id`,
      [invoice.id],
    );
    expect(issued.map((event) => [event.payload.amount, event.payload.lines[0]!.quantity])).toEqual([
      [80, 4],
      [60, 3],
    ]);
  }, 180_000);

  it('lets finance invoice a manually billed customer, checks the clerk’s lines against what shipped, and ages what is open', async () => {
    const shipped = await shippedOrder(stack, { quantity: 5, unitPrice: 10, billOn: 'MANUAL', paymentDays: 0 });
    await stack.drainConsumers();
    expect(await invoicesOf(shipped.order.id)).toEqual([]);
    const typo = await stack.query(
      `mutation ($input: IssueCustomerInvoiceInput!) { issueCustomerInvoice(input: $input) { id amount accurate } }`,
      { input: { shipmentId: shipped.shipmentId, lines: [{ salesOrderLineId: shipped.lineId, quantity: 6, unitPrice: 10 }] } },
      finance,
    );
    expect(typo.data.issueCustomerInvoice).toMatchObject({ amount: 60, accurate: false });
    const ageing = await stack.query(
      `query ($asOf: Date) { receivablesAgeing(asOf: $asOf) { asOf total { total openItems } customers { customer { id } amounts { current days1To30 days31To60 total } } } }`,
      { asOf: daysFromToday(40) },
      finance,
    );
    const row = ageing.data.receivablesAgeing.customers.find((entry: { customer: { id: string } }) => entry.customer.id === shipped.customer.id);
    expect(row.amounts).toEqual({ current: 0, days1To30: 0, days31To60: 60, total: 60 });
  }, 180_000);
});

describe('bad input and retries', () => {
  it('refuses a payment above the open amount, a second invoice for a shipment, over-crediting and other roles, writing nothing', async () => {
    const shipped = await shippedOrder(stack, { quantity: 2, unitPrice: 50 });
    await stack.drainConsumers();
    expect((await invoicesOf(shipped.order.id)).length).toBe(1);
    const [invoice] = await invoicesOf(shipped.order.id);
    const before = await financeCounts(stack);

    const tooMuch = await pay(invoice.id, 100.01);
    expect(tooMuch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await pay(invoice.id, 0)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await pay('0196a0b0-0000-7000-8000-000000000000', 1)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const again = await stack.query(
      `mutation ($input: IssueCustomerInvoiceInput!) { issueCustomerInvoice(input: $input) { id } }`,
      { input: { shipmentId: shipped.shipmentId, lines: [{ salesOrderLineId: shipped.lineId, quantity: 2, unitPrice: 50 }] } },
      finance,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const overCredit = await stack.query(
      `mutation ($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { id } }`,
      { input: { invoiceId: invoice.id, reason: 'Too much', lines: [{ salesOrderLineId: shipped.lineId, quantity: 3 }] } },
      finance,
    );
    expect(overCredit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const planner = await stack.query(`mutation ($input: RecordCustomerPaymentInput!) { recordCustomerPayment(input: $input) { id } }`, { input: { invoiceId: invoice.id, amount: 1 } });
    expect(planner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const supplierRead = await stack.query(`query { customerInvoices { totalCount } }`, {}, { role: 'supplier' });
    expect(supplierRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await financeCounts(stack)).toEqual(before);
  }, 180_000);

  it('records a payment retried with the same idempotency key once', async () => {
    const shipped = await shippedOrder(stack, { quantity: 2, unitPrice: 50 });
    await stack.drainConsumers();
    expect((await invoicesOf(shipped.order.id)).length).toBe(1);
    const [invoice] = await invoicesOf(shipped.order.id);
    const first = await pay(invoice.id, 40, `pay-${invoice.id}`);
    const before = await financeCounts(stack);
    const retry = await pay(invoice.id, 40, `pay-${invoice.id}`);
    expect(retry.data.recordCustomerPayment.number).toBe(first.data.recordCustomerPayment.number);
    expect(await financeCounts(stack)).toEqual(before);
    expect((await invoicesOf(shipped.order.id))[0].openAmount).toBe(60);
  }, 180_000);
});
