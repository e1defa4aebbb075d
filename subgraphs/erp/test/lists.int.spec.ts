import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { daysFromToday, placedPurchaseOrder } from '@plexus/test-kit';
import { finance, shippedOrder } from './finance.factories.ts';

/** Invoice lists cost the same number of statements whatever their length (no N+1), through the router. */

let stack: Stack;

// Starting every system takes minutes on a loaded machine.
beforeAll(async () => {
  // Consumers and pollers stay quiet while statements are counted; the specs drain them by hand.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  for (let index = 0; index < 6; index += 1) await shippedOrder(stack, { quantity: 2 + index, unitPrice: 10 });
  await stack.drainConsumers();
  const invoices = (await stack.query(`query { customerInvoices(first: 6) { items { id } } }`, {}, finance)).data.customerInvoices.items as { id: string }[];
  for (const [index, invoice] of invoices.entries()) {
    await stack.query(`mutation ($input: RecordCustomerPaymentInput!) { recordCustomerPayment(input: $input) { id } }`, { input: { invoiceId: invoice.id, amount: 1 + index } }, finance);
  }

  const { supplier, order, items, siteId } = await placedPurchaseOrder(stack, { quantities: [100] });
  const warehouse = await stack.query(`mutation ($siteId: ID!) { createWarehouse(input: { code: "WH-L1", name: "Raw", siteId: $siteId, locationCodes: ["R-01"] }) { id locations { id } } }`, { siteId });
  const { id: warehouseId, locations } = warehouse.data.createWarehouse;
  const line = order.lines[0]!;
  await stack.query(
    `mutation ($input: ReceivePurchaseInput!) { receivePurchase(input: $input) { id } }`,
    { input: { warehouseId, purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: line.id, itemId: items[0]!.id, lotNumber: 'L-1', locationId: locations[0].id, quantity: 100 }] } },
    { role: 'operator' },
  );
  await stack.drainConsumers();
  for (let index = 0; index < 6; index += 1) {
    const booked = await stack.query(
      `mutation ($input: ReceiveSupplierInvoiceInput!) { receiveSupplierInvoice(input: $input) { id status } }`,
      { input: { supplierId: supplier.id, supplierReference: `L-${index}`, purchaseOrderId: order.id, invoiceDate: daysFromToday(0), lines: [{ purchaseOrderLineId: line.id, quantity: 10, unitPrice: 2.5 }] } },
      finance,
    );
    expect(booked.data.receiveSupplierInvoice.status).toBe('MATCHED');
    await stack.query(`mutation ($input: PaySupplierInvoiceInput!) { paySupplierInvoice(input: $input) { id } }`, { input: { invoiceId: booked.data.receiveSupplierInvoice.id, amount: 5 } }, finance);
  }
  await stack.drainConsumers();
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

const statementsOf = async (query: string, variables: Record<string, unknown>) => {
  const { result, statements } = await stack.database.statements.measure(() => stack.query(query, variables, finance), 'erp');
  expect(result.errors).toBeUndefined();
  expect(statements).toBeGreaterThan(0);
  return { statements, data: result.data };
};

describe('list pages', () => {
  it('of customer invoices with their lines, items, site, credit notes, payments and terms cost the same for 1 invoice as for 6', async () => {
    const query = `query ($first: Int) { customerInvoices(first: $first) { totalCount items {
      number amount openAmount status accurate daysOverdue customer { billingTerms { billOn paymentDays } } site { code }
      lines { quantity amount item { sku standardCost } } creditNotes { number } payments { amount daysLate }
    } } }`;
    const one = await statementsOf(query, { first: 1 });
    const six = await statementsOf(query, { first: 6 });
    expect(six.data.customerInvoices.items).toHaveLength(6);
    expect(six.data.customerInvoices.items.every((invoice: { payments: unknown[] }) => invoice.payments.length === 1)).toBe(true);
    expect(six.statements).toBe(one.statements);
  });

  it('of supplier invoices with their lines, items, payments and terms cost the same for 1 invoice as for 6', async () => {
    const query = `query ($first: Int) { supplierInvoices(first: $first) { totalCount items {
      number status amount openAmount blockReasons daysOverdue supplier { paymentDays } site { code }
      lines { quantity matched blocks orderedUnitPrice item { sku } } payments { amount daysLate }
    } } }`;
    const one = await statementsOf(query, { first: 1 });
    const six = await statementsOf(query, { first: 6 });
    expect(six.data.supplierInvoices.items).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });

  it('of journal entries with their lines cost the same for 1 entry as for 6', async () => {
    const query = `query ($first: Int) { journalEntries(first: $first) { sourceType lines { account debit credit } } }`;
    const one = await statementsOf(query, { first: 1 });
    const six = await statementsOf(query, { first: 6 });
    expect(six.data.journalEntries).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });
});
