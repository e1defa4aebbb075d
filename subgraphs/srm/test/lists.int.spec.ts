import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createSite, daysFromToday, placedPurchaseOrder, submitAsn } from '@plexus/test-kit';

/** List pages cost the same number of statements whatever their length (no N+1), through the router. */

let stack: Stack;
let supplierIds: string[];

beforeAll(async () => {
  // Consumers and pollers stay quiet while statements are counted.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const siteId = (await createSite(stack)).id;
  supplierIds = [];
  for (let index = 0; index < 6; index += 1) {
    const { supplier, order } = await placedPurchaseOrder(stack, { quantities: [100, 50], siteId });
    await submitAsn(stack, supplier.id, { purchaseOrderId: order.id, lines: [{ purchaseOrderLineId: order.lines[0]!.id, quantity: 40, lotNumber: `N-${index}` }] });
    await stack.query(
      `mutation ($input: RequestPurchaseOrderChangeInput!) { requestPurchaseOrderChange(input: $input) { id } }`,
      { input: { purchaseOrderId: order.id, reason: 'Plan moved', lines: [{ lineId: order.lines[1]!.id, quantity: 75 }] } },
      { role: 'buyer' },
    );
    await stack.query(
      `mutation ($id: ID!) { recordSupplierCertificate(supplierId: $id, input: { kind: "ISO9001", number: "Q-${index}", validUntil: "${daysFromToday(200)}" }) { id } }`,
      { id: supplier.id },
      { role: 'buyer' },
    );
    supplierIds.push(supplier.id);
  }
});
afterAll(async () => {
  await stack?.stop();
});

const statementsOf = async (query: string, variables: Record<string, unknown>) => {
  const { result, statements } = await stack.database.statements.measure(() => stack.query(query, variables, { role: 'buyer' }), 'srm');
  expect(result.errors).toBeUndefined();
  return { statements, data: result.data };
};

describe('list pages', () => {
  it('of purchase orders with their supplier, lines, receipts, notices and changes cost the same for 1 order as for 6', async () => {
    const query = `query ($first: Int) { purchaseOrders(first: $first) { totalCount items {
      number status totalAmount supplier { code orderable { orderable } certificates { kind expired } }
      lines { lineNumber quantity openQuantity inTransitQuantity receipts { acceptedQuantity } }
      asns { number lines { quantity purchaseOrderLine { lineNumber } } }
      changes { status lines { quantity line { lineNumber } } }
    } } }`;
    const one = await statementsOf(query, { first: 1 });
    const six = await statementsOf(query, { first: 6 });
    expect(six.data.purchaseOrders.items).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });

  it('of suppliers with their terms, certificates and scorecards cost the same for 1 supplier as for 6', async () => {
    const query = `query ($first: Int, $from: Date!, $to: Date!) { suppliers(first: $first, filter: { status: [APPROVED] }) { totalCount items {
      code orderable { reasons } certificates { kind expired } items { leadTimeDays priceBreaks { unitPrice } }
      scorecard(from: $from, to: $to) { linesDue onTimeDelivery ppm failedLines { reasons line { lineNumber } purchaseOrder { number } } }
    } } }`;
    const variables = { from: daysFromToday(-30), to: daysFromToday(30) };
    const one = await statementsOf(query, { ...variables, first: 1 });
    const six = await statementsOf(query, { ...variables, first: 6 });
    expect(six.data.suppliers.items).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });

  it('of ship notices with their order and lines cost the same for 1 notice as for 6', async () => {
    const query = `query ($first: Int) { asns(first: $first) { totalCount items { number status supplier { code } purchaseOrder { number } lines { quantity lotNumber purchaseOrderLine { quantity } } } } }`;
    const one = await statementsOf(query, { first: 1 });
    const six = await statementsOf(query, { first: 6 });
    expect(six.data.asns.items).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });
});
