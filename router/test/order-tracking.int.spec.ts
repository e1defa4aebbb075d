import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';

/**
 * The foundation's promise: one query through the router follows an order
 * across crm, erp, wms and analytics — on the demo company, which every
 * order went through the real services to build.
 */

let stack: Stack;
beforeAll(async () => {
  // Background pollers would add their statements to the counts below.
  // Thirty days hold more than the 50 orders counted below.
  stack = await startStack({ seed: 'demo', today: new Date('2026-11-20T12:00:00Z'), demo: { days: 30 }, pollIntervalMs: 3_600_000 });
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

const orderAcrossSystems = `
  query ($filter: SalesOrderFilter, $first: Int) {
    salesOrders(filter: $filter, first: $first, sort: { field: NUMBER, direction: ASC }) {
      totalCount
      items {
        number status dueDate
        customer { code name }
        lines {
          lineNumber quantity shippedQuantity
          item { sku standardCost stockOnHand openDemand }
        }
        shipments { number shippedAt lines { quantity picks { quantity lot { lotNumber expiryDate } location { code } } } }
        timeline { time type system summary }
      }
    }
  }`;

describe('following an order across systems through the router', () => {
  it('returns customer, item master data, stock, shipments and timeline in one query', async () => {
    const result = await stack.query(orderAcrossSystems, { filter: { status: ['SHIPPED'] }, first: 1 });
    expect(result.errors).toBeUndefined();
    const [order] = result.data.salesOrders.items;
    expect(order.customer.code).toMatch(/^C-\d{4}$/);
    for (const line of order.lines) {
      expect(line.item.sku).toMatch(/^[A-Z]+-/);
      expect(line.item.standardCost).toBeGreaterThan(0);
      expect(line.item.stockOnHand).toBeGreaterThanOrEqual(0);
      expect(line.shippedQuantity).toBe(line.quantity);
    }
    const shipped = order.shipments.flatMap((shipment: { lines: { quantity: number }[] }) => shipment.lines).reduce((sum: number, line: { quantity: number }) => sum + line.quantity, 0);
    expect(shipped).toBe(order.lines.reduce((sum: number, line: { quantity: number }) => sum + line.quantity, 0));
    const types = order.timeline.map((event: { type: string }) => event.type);
    expect(types.slice(0, 3)).toEqual(['crm.SalesOrderPlaced', 'crm.SalesOrderConfirmed', 'crm.SalesOrderPromised']);
    expect(types).toContain('wms.ShipmentShipped');
    expect(types).toContain('crm.SalesOrderStatusChanged');
    const times = order.timeline.map((event: { time: string }) => Date.parse(event.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('sends the same number of SQL statements for 50 orders as for 5', async () => {
    const count = async (first: number) => {
      const { result, statements } = await stack.database.statements.measure(() => stack.query(orderAcrossSystems, { first }));
      expect(result.errors).toBeUndefined();
      expect(result.data.salesOrders.items).toHaveLength(first);
      return statements;
    };
    await count(5);
    const few = await count(5);
    const many = await count(50);
    expect(many).toBe(few);
    expect(few).toBeLessThan(40);
  });
});

describe('when a subgraph is down', () => {
  it('answers with the other systems’ data and an error for the missing fields', async () => {
    await stack.stopSubgraph('analytics');
    const result = await stack.query(orderAcrossSystems, { first: 2 });
    expect(result.data.salesOrders.items).toHaveLength(2);
    expect(result.data.salesOrders.items[0].timeline).toBeNull();
    expect(result.data.salesOrders.items[0].customer.name).toBeTruthy();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'analytics' });
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });
});
