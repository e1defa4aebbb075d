import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type SubgraphOrm } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { openSubgraph } from '@plexus/host';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem, createSite, daysFromToday } from '@plexus/test-kit';
import { subgraph } from '../src/subgraph.ts';

/**
 * What mes hears from planning: aps' released production orders become work
 * orders, its published schedule dates their operations. The spec writes
 * aps' events in the contract's shapes, as aps does.
 */

let stack: Stack;
let orm: SubgraphOrm;
let siteId: string;
let itemId: string;
let workOrder: { id: string; operations: { sequence: number }[] };

const write = (events: SupplyChainEventInput[]) => orm.em.fork().transactional((em) => recordEvents(em, events, { now: new Date() }));

async function must(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const result = await stack.query(query, variables);
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const plannedOrder = (plannedOrderId: string, kind: 'PRODUCTION' | 'PURCHASE', peggedSalesOrderIds: string[] = []): SupplyChainEventInput => ({
  type: 'aps.PlannedOrderReleased',
  subjectType: 'PlannedOrder',
  subjectId: plannedOrderId,
  itemId,
  siteId,
  payload: { plannedOrderId, kind, itemId, siteId, quantity: 40, dueDate: daysFromToday(9), supplierId: null, peggedSalesOrderIds },
});

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  orm = await openSubgraph(subgraph, stack.database);
  siteId = (await createSite(stack)).id;
  itemId = (await createItem(stack, { type: 'FG' })).id;
  const warehouseId = (await must(`mutation ($site: ID!) { createWarehouse(input: { code: "WH-PLAN", name: "Plan", siteId: $site, locationCodes: ["A"] }) { id } }`, { site: siteId })).createWarehouse.id;
  const workCenterId = (await must(`mutation ($site: ID!) { createWorkCenter(input: { code: "PLAN", name: "Cell", siteId: $site }) { id } }`, { site: siteId })).createWorkCenter.id;
  const machineId = (await must(`mutation ($wc: ID!) { registerMachine(input: { code: "PLAN-1", name: "Cell 1", workCenterId: $wc, idealCycleSeconds: 5 }) { id } }`, { wc: workCenterId })).registerMachine.id;
  await must(`mutation ($item: ID!, $wc: ID!, $m: ID!) { setRouting(itemId: $item, steps: [{ sequence: 10, workCenterId: $wc, setupMinutes: 5, runSecondsPerUnit: 5, machineIds: [$m] }, { sequence: 20, workCenterId: $wc, setupMinutes: 0, runSecondsPerUnit: 5, machineIds: [$m] }]) { id } }`, {
    item: itemId,
    wc: workCenterId,
    m: machineId,
  });
  await stack.drainConsumers();
  workOrder = (await must(`mutation ($input: ReleaseWorkOrderInput!) { releaseWorkOrder(input: $input) { id operations { sequence } } }`, {
    input: { itemId, quantity: 10, dueDate: daysFromToday(3), siteId, warehouseId },
  })).releaseWorkOrder;
}, 600_000);
afterAll(async () => {
  await orm?.close();
  await stack?.stop();
});

describe('quality holds', () => {
  it('refuse consuming a lot wms holds, writing nothing, and allow it once released', async () => {
    const componentId = (await createItem(stack, { type: 'RM' })).id;
    await must(`mutation ($id: ID!, $c: ID!) { setBillOfMaterials(itemId: $id, lines: [{ componentId: $c, quantityPer: 1 }]) { id } }`, { id: itemId, c: componentId });
    const lot = { lotId: newId(), lotNumber: 'HELD-1', itemId: componentId };
    const warehouseId = (await stack.database.query<{ warehouse_id: string }>('SELECT warehouse_id FROM mes.work_order WHERE id = $1', [workOrder.id]))[0]!.warehouse_id;
    const hold = (onHold: boolean): SupplyChainEventInput => ({
      type: 'wms.LotHoldChanged',
      subjectType: 'Lot',
      subjectId: lot.lotId,
      itemId: componentId,
      payload: { ...lot, warehouseId, onHold, reason: 'NCR-2026-000001 opened', nonconformanceId: newId() },
    });
    await write([hold(true)]);
    await stack.drainConsumers();
    const consume = `mutation ($input: ConsumeMaterialInput!) { consumeMaterial(input: $input) { id } }`;
    const input = { workOrderId: workOrder.id, operatorId: 'OP-1', lines: [{ lotId: lot.lotId, quantity: 2 }] };
    const count = async () => (await stack.database.query<{ n: number }>(`SELECT (SELECT count(*) FROM mes.material_consumption) + (SELECT count(*) FROM analytics.supply_chain_event WHERE type = 'mes.MaterialConsumed') AS n`))[0]!.n;
    const before = await count();
    const refused = await stack.query(consume, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/HELD-1 is on hold: NCR-2026-000001 opened/);
    expect(await count()).toBe(before);
    await write([hold(false)]);
    await stack.drainConsumers();
    expect((await stack.query(consume, { input })).errors).toBeUndefined();
  });
});

describe('planning', () => {
  it('releases one work order per released planned production order, into the site’s warehouse, and ignores purchases', async () => {
    const production = newId();
    const salesOrderId = newId();
    await write([plannedOrder(production, 'PRODUCTION', [salesOrderId]), plannedOrder(newId(), 'PURCHASE'), plannedOrder(production, 'PRODUCTION', [salesOrderId])]);
    await stack.drainConsumers();
    const [row] = await stack.database.query<{ n: number; priority: number; sales_order_id: string }>(
      'SELECT count(*) OVER ()::int AS n, priority, sales_order_id FROM mes.work_order WHERE planned_order_id = $1',
      [production],
    );
    expect(row).toEqual({ n: 1, priority: 3, sales_order_id: salesOrderId });
    const [released] = await stack.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM analytics.supply_chain_event WHERE type = 'mes.WorkOrderReleased' AND payload->>'plannedOrderId' = $1`,
      [production],
    );
    expect(released!.n).toBe(1);
  });

  it('dates operations by the published schedule and judges the work order by its last operation’s end', async () => {
    const start = new Date(Date.now() + 3_600_000);
    const end = new Date(start.getTime() + 7_200_000);
    await write([
      {
        type: 'aps.SchedulePublished',
        subjectType: 'ScheduleVersion',
        subjectId: newId(),
        payload: {
          scheduleVersionId: newId(),
          scenarioId: newId(),
          operations: workOrder.operations.map((operation, index) => ({
            workOrderId: workOrder.id,
            sequence: operation.sequence,
            machineId: newId(),
            start: new Date(start.getTime() + index * 3_600_000).toISOString(),
            end: new Date(start.getTime() + (index + 1) * 3_600_000).toISOString(),
          })),
        },
      },
    ]);
    await stack.drainConsumers();
    const data = await must(`query ($id: ID!) { workOrder(id: $id) { scheduledEnd operations { sequence scheduledStart scheduledEnd } } }`, { id: workOrder.id });
    expect(new Date(data.workOrder.scheduledEnd).getTime()).toBe(end.getTime());
    expect(new Date(data.workOrder.operations[0].scheduledStart).getTime()).toBe(start.getTime());
    expect(new Date(data.workOrder.operations[1].scheduledEnd).getTime()).toBe(end.getTime());
  });
});
