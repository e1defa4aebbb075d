import { newId } from '@plexus/db';
import { recordEvents } from '@plexus/events';
import { openSubgraph } from '@plexus/host';
import type { Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite } from '@plexus/test-kit';
import { subgraph } from '../src/subgraph.ts';

/** Builders for finance specs: goods in stock, an order shipped through wms, a delivery confirmed. */

export const finance = { role: 'finance' } as const;

let sequence = 0;

/** A site with a warehouse holding `quantity` of a fresh item (standard cost 40). */
export async function stockedItem(stack: Stack, quantity: number) {
  const site = await createSite(stack);
  const warehouse = await stack.query(
    `mutation ($siteId: ID!, $code: String!) { createWarehouse(input: { code: $code, name: "Main", siteId: $siteId, locationCodes: ["A-01"] }) { id locations { id } } }`,
    { siteId: site.id, code: `WH-F${Date.now().toString(36).toUpperCase()}${(sequence += 1)}` },
  );
  if (!warehouse.data) throw new Error(JSON.stringify(warehouse.errors));
  const { id: warehouseId, locations } = warehouse.data.createWarehouse;
  const item = await createItem(stack, { standardCost: 40 });
  const received = await stack.query(`mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { number } }`, {
    input: { warehouseId, lines: [{ itemId: item.id, locationId: locations[0].id, lotNumber: `LOT-${sequence}`, quantity }] },
  });
  if (!received.data) throw new Error(JSON.stringify(received.errors));
  return { siteId: site.id, warehouseId, item };
}

/** A confirmed order of a fresh customer on `terms`, shipped in full. */
export async function shippedOrder(stack: Stack, options: { quantity?: number; unitPrice?: number; billOn?: string; paymentDays?: number; requestedDate?: string } = {}) {
  const quantity = options.quantity ?? 10;
  const { siteId, warehouseId, item } = await stockedItem(stack, quantity * 2);
  const customer = await createCustomer(stack);
  if (options.billOn) {
    const terms = await stack.query(
      `mutation ($input: SetBillingTermsInput!) { setBillingTerms(input: $input) { id } }`,
      { input: { customerId: customer.id, billOn: options.billOn, paymentDays: options.paymentDays ?? 30 } },
      finance,
    );
    if (!terms.data) throw new Error(JSON.stringify(terms.errors));
  }
  const order = await createSalesOrder(stack, { customerId: customer.id, siteId }, [
    { itemId: item.id, quantity, unitPrice: options.unitPrice ?? 12.5, ...(options.requestedDate ? { requestedDate: options.requestedDate } : {}) },
  ]);
  await confirmSalesOrder(stack, order.id);
  const lineId = order.lines[0]!.id;
  const shipped = await stack.query(`mutation ($input: ShipSalesOrderInput!) { shipSalesOrder(input: $input) { id } }`, {
    input: { salesOrderId: order.id, warehouseId, lines: [{ salesOrderLineId: lineId, quantity }] },
  });
  if (!shipped.data) throw new Error(JSON.stringify(shipped.errors));
  return { siteId, warehouseId, item, customer, order, lineId, shipmentId: shipped.data.shipSalesOrder.id as string, quantity };
}

/**
 * Proof of delivery as scm reports it (scm.DeliveryConfirmed), written
 * through the event writer: what the customer's dock signed for.
 */
export async function confirmDelivery(
  stack: Stack,
  delivery: { shipmentId: string; orderId: string; customerId: string; siteId: string; lines: { salesOrderLineId: string; itemId: string; quantity: number }[] },
) {
  const orm = await openSubgraph(subgraph, stack.database);
  try {
    await orm.em.fork().transactional((tx) =>
      recordEvents(
        tx,
        [
          {
            type: 'scm.DeliveryConfirmed',
            subjectType: 'DeliveryConfirmation',
            subjectId: newId(),
            orderId: delivery.orderId,
            customerId: delivery.customerId,
            siteId: delivery.siteId,
            payload: { shipmentId: delivery.shipmentId, deliveredAt: new Date().toISOString(), onTime: true, damaged: false, documentsComplete: true, lines: delivery.lines },
          },
        ],
        { now: new Date() },
      ),
    );
  } finally {
    await orm.close();
  }
}

export async function financeCounts(stack: Stack) {
  const [row] = await stack.database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM erp.customer_invoice) AS invoices,
            (SELECT count(*)::int FROM erp.customer_invoice_line) AS invoice_lines,
            (SELECT count(*)::int FROM erp.credit_note) AS credit_notes,
            (SELECT count(*)::int FROM erp.customer_payment) AS customer_payments,
            (SELECT count(*)::int FROM erp.supplier_invoice) AS supplier_invoices,
            (SELECT count(*)::int FROM erp.supplier_payment) AS supplier_payments,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events,
            (SELECT count(*)::int FROM analytics.command_receipt) AS receipts`,
  );
  return row!;
}
