import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite } from '@plexus/test-kit';

let stack: Stack;
// Starting every system takes minutes on a loaded machine.
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

/** An order of 5 of one item, shipped in full from a fresh warehouse. */
async function shippedOrder() {
  const site = await createSite(stack);
  const warehouse = await stack.query(
    `mutation ($siteId: ID!, $code: String!) { createWarehouse(input: { code: $code, name: "Main", siteId: $siteId, locationCodes: ["A-01"] }) { id locations { id } } }`,
    { siteId: site.id, code: `WH-S${Date.now().toString(36).toUpperCase()}` },
  );
  const { id: warehouseId, locations } = warehouse.data.createWarehouse;
  const item = await createItem(stack);
  await stack.query(`mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { number } }`, {
    input: { warehouseId, lines: [{ itemId: item.id, locationId: locations[0].id, lotNumber: 'LOT-1', quantity: 5 }] },
  });
  const customer = await createCustomer(stack);
  const order = await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [{ itemId: item.id, quantity: 5 }]);
  await confirmSalesOrder(stack, order.id);
  const lineId = order.lines[0]!.id;
  const shipped = await stack.query(`mutation ($input: ShipSalesOrderInput!) { shipSalesOrder(input: $input) { id } }`, {
    input: { salesOrderId: order.id, warehouseId, lines: [{ salesOrderLineId: lineId, quantity: 5 }] },
  });
  return { order, lineId, customer, shipmentId: shipped.data.shipSalesOrder.id as string };
}

// crm's own events, counted once every consumer has caught up: other systems' consumers (erp invoicing, scm transport)
// and crm's own (the order moving to SHIPPED) emit in the background.
async function counts() {
  await stack.drainConsumers();
  const [row] = await stack.database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM crm.service_case) AS cases,
            (SELECT count(*)::int FROM analytics.supply_chain_event WHERE system = 'crm') AS events,
            (SELECT count(*)::int FROM analytics.command_receipt) AS receipts`,
  );
  return row!;
}

const caseFields = 'id number kind status reason resolution lines { quantity salesOrderLine { id } } shipment { id } salesOrder { id }';
const open = (mutation: 'openDamageClaim' | 'requestReturn', input: Record<string, unknown>) =>
  stack.query(`mutation ($input: OpenServiceCaseInput!) { ${mutation}(input: $input) { ${caseFields} } }`, { input });

describe('service cases', () => {
  it('opens a damage claim against a shipment and tells the stream, and a retry with the same key is a no-op', async () => {
    const { order, lineId, customer, shipmentId } = await shippedOrder();
    const input = { salesOrderId: order.id, shipmentId, reason: 'Crushed carton', lines: [{ salesOrderLineId: lineId, quantity: 2 }], idempotencyKey: `dc-${order.id}` };
    const claim = await open('openDamageClaim', input);
    expect(claim.errors).toBeUndefined();
    expect(claim.data.openDamageClaim).toMatchObject({
      number: expect.stringMatching(/^DC-\d{4}-\d{6}$/),
      kind: 'DAMAGE_CLAIM',
      status: 'OPEN',
      lines: [{ quantity: 2, salesOrderLine: { id: lineId } }],
      shipment: { id: shipmentId },
      salesOrder: { id: order.id },
    });
    const events = await stack.database.query<{ customer_id: string; payload: Record<string, unknown> }>(
      `SELECT customer_id, payload FROM analytics.supply_chain_event WHERE type = 'crm.DamageClaimOpened' AND order_id = $1`,
      [order.id],
    );
    expect(events).toEqual([{ customer_id: customer.id, payload: { shipmentId, salesOrderLineIds: [lineId], reason: 'Crushed carton' } }]);
    const before = await counts();
    const retry = await open('openDamageClaim', input);
    expect(retry.data.openDamageClaim.id).toBe(claim.data.openDamageClaim.id);
    expect(await counts()).toEqual(before);

    const resolved = await stack.query(`mutation ($id: ID!) { resolveServiceCase(id: $id, resolution: "Credited two units") { status resolution } }`, { id: claim.data.openDamageClaim.id });
    expect(resolved.data.resolveServiceCase).toEqual({ status: 'RESOLVED', resolution: 'Credited two units' });
    const orderCases = await stack.query(`query ($id: ID!) { salesOrder(id: $id) { serviceCases { number status } } }`, { id: order.id });
    expect(orderCases.data.salesOrder.serviceCases).toEqual([{ number: claim.data.openDamageClaim.number, status: 'RESOLVED' }]);
  }, 300_000);

  it('takes a return through authorization and receipt to its resolution, refusing steps out of turn', async () => {
    const { order, lineId, shipmentId } = await shippedOrder();
    const requested = await open('requestReturn', { salesOrderId: order.id, shipmentId, reason: 'Wrong size ordered', lines: [{ salesOrderLineId: lineId, quantity: 5 }] });
    const id = requested.data.requestReturn.id;
    expect(requested.data.requestReturn).toMatchObject({ number: expect.stringMatching(/^RMA-/), kind: 'RETURN', status: 'OPEN' });
    const early = await stack.query(`mutation ($id: ID!) { resolveServiceCase(id: $id, resolution: "Refund") { status } }`, { id });
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    for (const step of ['authorizeReturn', 'receiveReturn']) {
      const moved = await stack.query(`mutation ($id: ID!) { ${step}(id: $id) { status } }`, { id });
      expect(moved.errors).toBeUndefined();
    }
    const rejected = await stack.query(`mutation ($id: ID!) { rejectServiceCase(id: $id, reason: "Too late") { status } }`, { id });
    expect(rejected.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const resolved = await stack.query(`mutation ($id: ID!) { resolveServiceCase(id: $id, resolution: "Refund credited") { status } }`, { id });
    expect(resolved.data.resolveServiceCase.status).toBe('RESOLVED');
  }, 300_000);

  it('refuses lines the shipment did not carry, more than it carried, another order’s shipment and read-only roles, writing nothing', async () => {
    const first = await shippedOrder();
    const second = await shippedOrder();
    const before = await counts();
    const codeOf = async (input: Record<string, unknown>, role?: string) =>
      (
        await stack.query(`mutation ($input: OpenServiceCaseInput!) { openDamageClaim(input: $input) { id } }`, {
          input: { salesOrderId: first.order.id, shipmentId: first.shipmentId, reason: 'Dented', lines: [{ salesOrderLineId: first.lineId, quantity: 1 }], ...input },
        }, role ? { role } : {})
      ).errors?.[0]?.extensions?.code;
    expect(await codeOf({ lines: [{ salesOrderLineId: second.lineId, quantity: 1 }] })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ lines: [{ salesOrderLineId: first.lineId, quantity: 6 }] })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ shipmentId: second.shipmentId })).toBe('NOT_FOUND');
    expect(await codeOf({ reason: ' ' })).toBe('BAD_USER_INPUT');
    expect(await codeOf({}, 'analyst')).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  }, 300_000);
});
