import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { openSubgraph } from '@plexus/host';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem, createSite } from '@plexus/test-kit';
import { subgraph } from '../src/subgraph.ts';
import { createWarehouse, inspectionsOf, quality, receivedPurchase, recordResults, results, setInspectionPlan } from './factories.ts';

let stack: Stack;
let siteId: string;
let warehouse: Awaited<ReturnType<typeof createWarehouse>>;
let writeEvents: (events: SupplyChainEventInput[]) => Promise<void>;
let closeOrm: () => Promise<void>;

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  siteId = (await createSite(stack)).id;
  warehouse = await createWarehouse(stack, siteId, 'WH-QI');
  // Events of systems whose services are not part of this spec (mes) go through the event writer, as their systems would write them.
  const orm = await openSubgraph(subgraph, stack.database);
  writeEvents = (events) => orm.em.fork().transactional((tx) => recordEvents(tx, events, { now: new Date() }));
  closeOrm = () => orm.close();
  // Starting every system on a machine shared with other work can take minutes.
}, 600_000);
afterAll(async () => {
  await closeOrm?.();
  await stack?.stop();
});

async function counts() {
  const [row] = await stack.database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM qms.inspection WHERE status <> 'PENDING') AS decided,
            (SELECT count(*)::int FROM qms.inspection) AS inspections,
            (SELECT count(*)::int FROM qms.nonconformance) AS nonconformances,
            (SELECT count(*)::int FROM qms.nonconformance WHERE status <> 'OPEN') AS dispositioned,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

const eventsOf = (subjectId: string) =>
  stack.database.query<{ type: string; item_id: string; supplier_id: string | null; site_id: string | null; quantity: number; payload: Record<string, unknown> }>(
    'SELECT type, item_id, supplier_id, site_id, quantity::float AS quantity, payload FROM analytics.supply_chain_event WHERE subject_id = $1 ORDER BY time, id',
    [subjectId],
  );

describe('incoming inspection', () => {
  it('is opened by a receipt against a purchase order, sampled by ISO 2859-1, and passes within the acceptance number', async () => {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 500, lotNumber: 'IN-1', plan: { kind: 'INCOMING', aql: 1 } });
    const [inspection] = await inspectionsOf(stack, received.item.id);
    expect(inspection).toMatchObject({
      kind: 'INCOMING',
      status: 'PENDING',
      lotSize: 500,
      codeLetter: 'H',
      sampleSize: 50,
      acceptanceNumber: 1,
      rejectionNumber: 2,
      lotNumber: 'IN-1',
      lot: { id: received.lotId },
      supplier: { id: received.supplier.id },
      purchaseOrderLine: { id: received.order.lines[0]!.id },
    });

    const recorded = await recordResults(stack, inspection!.id, results(inspection!, { scratched: [7] }), { role: 'operator' });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordInspectionResults).toMatchObject({
      status: 'PASSED',
      nonconformingUnits: 1,
      results: [{ characteristic: { name: 'Diameter' }, nonconformingUnits: [] }, { characteristic: { name: 'Scratches' }, nonconformingUnits: [7] }],
      nonconformance: null,
    });
    expect(await eventsOf(inspection!.id)).toEqual([
      {
        type: 'qms.InspectionPassed',
        item_id: received.item.id,
        supplier_id: received.supplier.id,
        site_id: siteId,
        quantity: 50,
        payload: {
          inspectionKind: 'INCOMING',
          workOrderId: null,
          workCenterId: null,
          purchaseOrderLineId: received.order.lines[0]!.id,
          itemId: received.item.id,
          quantityInspected: 50,
          quantityRejected: 1,
          disposition: null,
        },
      },
    ]);
  });

  it('fails at the rejection number and opens a supplier nonconformance on the whole lot', async () => {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 200, lotNumber: 'IN-2', plan: { kind: 'INCOMING', aql: 1 } });
    const [inspection] = await inspectionsOf(stack, received.item.id);
    // 200 units are letter G; at AQL 1.0 G's arrow points down to H: 50 units, Ac 1, Re 2.
    expect(inspection).toMatchObject({ lotSize: 200, codeLetter: 'H', sampleSize: 50, acceptanceNumber: 1 });
    // Unit 3 is both out of limits and scratched: it counts once.
    const recorded = await recordResults(stack, inspection!.id, results(inspection!, { outOfLimits: [3, 9], scratched: [3] }));
    expect(recorded.errors).toBeUndefined();
    const failed = recorded.data.recordInspectionResults;
    expect(failed).toMatchObject({
      status: 'FAILED',
      nonconformingUnits: 2,
      nonconformance: { status: 'OPEN', source: 'SUPPLIER', quantity: 200, lot: { id: received.lotId }, supplier: { id: received.supplier.id }, purchaseOrderLine: { id: received.order.lines[0]!.id } },
    });
    expect((await eventsOf(inspection!.id)).map((event) => [event.type, event.payload.quantityRejected])).toEqual([['qms.InspectionFailed', 2]]);
    expect(await eventsOf(failed.nonconformance.id)).toEqual([
      expect.objectContaining({
        type: 'qms.NonconformanceOpened',
        supplier_id: received.supplier.id,
        quantity: 200,
        payload: expect.objectContaining({
          number: failed.nonconformance.number,
          lotId: received.lotId,
          itemId: received.item.id,
          quantity: 200,
          source: 'SUPPLIER',
          supplierId: received.supplier.id,
          purchaseOrderLineId: received.order.lines[0]!.id,
          warehouseId: warehouse.id,
        }),
      }),
    ]);
  });

  it('is not opened for items without an incoming plan', async () => {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 50, lotNumber: 'IN-3' });
    expect(await inspectionsOf(stack, received.item.id)).toEqual([]);
  });
});

describe('final inspection', () => {
  it('is opened by mes’ work order completion and finds its lot once the warehouse received it', async () => {
    const item = await createItem(stack, { type: 'FG' });
    await setInspectionPlan(stack, { itemId: item.id, kind: 'FINAL', aql: 2.5 });
    const workOrderId = newId();
    const workCenterId = newId();
    await writeEvents([
      {
        type: 'mes.WorkOrderCompleted',
        subjectType: 'WorkOrder',
        subjectId: workOrderId,
        itemId: item.id,
        siteId,
        quantity: 90,
        payload: {
          number: 'WO-2026-000001',
          itemId: item.id,
          workCenterId,
          goodQuantity: 90,
          scrapQuantity: 2,
          scheduledEnd: new Date().toISOString(),
          ...{ workOrderId, siteId, warehouseId: warehouse.id, outputLotNumber: 'FG-LOT-1' },
        },
      },
    ]);
    await stack.drainConsumers();
    const [pending] = await inspectionsOf(stack, item.id);
    // 90 units are letter E; at AQL 2.5 E's arrow points down to F: 20 units, Ac 1.
    expect(pending).toMatchObject({ kind: 'FINAL', lotSize: 90, codeLetter: 'F', sampleSize: 20, acceptanceNumber: 1, workOrderId, lotNumber: 'FG-LOT-1', lot: null });

    // wms receives the produced lot (its production-stock consumer does this on the same completion).
    const receipt = await stack.query(
      `mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { lines { lot { id } } } }`,
      { input: { warehouseId: warehouse.id, lines: [{ itemId: item.id, locationId: warehouse.locations[1]!.id, lotNumber: 'FG-LOT-1', quantity: 90 }] } },
      { role: 'operator' },
    );
    await stack.drainConsumers();
    const [linked] = await inspectionsOf(stack, item.id);
    expect(linked!.lot).toEqual({ id: receipt.data.receiveGoods.lines[0].lot.id });

    const recorded = await recordResults(stack, linked!.id, results(linked!, { scratched: [1, 2] }));
    expect(recorded.data.recordInspectionResults).toMatchObject({ status: 'FAILED', nonconformance: { source: 'INTERNAL', quantity: 90, lot: { id: linked!.lot!.id }, supplier: null } });
    expect((await eventsOf(linked!.id))[0]).toMatchObject({ type: 'qms.InspectionFailed', site_id: siteId, payload: { inspectionKind: 'FINAL', workOrderId, workCenterId, quantityInspected: 20, quantityRejected: 2 } });
  });
});

describe('in-process inspection', () => {
  it('is opened by an operation mes completed, on its good output, and a failure opens a nonconformance without a lot to hold', async () => {
    const item = await createItem(stack, { type: 'SFG' });
    await setInspectionPlan(stack, { itemId: item.id, kind: 'IN_PROCESS', aql: 4, characteristics: [{ name: 'Burrs', kind: 'ATTRIBUTE' }] });
    const workOrderId = newId();
    const workCenterId = newId();
    await writeEvents([
      {
        type: 'mes.OperationCompleted',
        subjectType: 'OperationRun',
        subjectId: newId(),
        itemId: item.id,
        siteId,
        payload: { workOrderId, operationRunId: newId(), sequence: 10, machineId: newId(), workCenterId, itemId: item.id, goodQuantity: 40, scrapQuantity: 1, operatorId: 'op-7' },
      },
    ]);
    await stack.drainConsumers();
    const [pending] = await inspectionsOf(stack, item.id);
    // 40 units are letter D; at AQL 4.0 D's arrow points down to E: 13 units, Ac 1.
    expect(pending).toMatchObject({ kind: 'IN_PROCESS', lotSize: 40, codeLetter: 'E', sampleSize: 13, acceptanceNumber: 1, workOrderId, lot: null });
    const recorded = await recordResults(stack, pending!.id, [{ characteristicId: pending!.characteristics[0]!.id, nonconformingUnits: [2, 5] }], { role: 'operator' });
    expect(recorded.data.recordInspectionResults).toMatchObject({ status: 'FAILED', nonconformance: { source: 'INTERNAL', quantity: 40, lot: null } });
    const [opened] = await stack.database.query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM analytics.supply_chain_event WHERE type = 'qms.NonconformanceOpened' AND subject_id = $1`,
      [recorded.data.recordInspectionResults.nonconformance.id],
    );
    expect(opened!.payload).toMatchObject({ lotId: null, warehouseId: null, workOrderId, source: 'INTERNAL' });
  });
});

describe('recording results refuses with a code and writes nothing', () => {
  let inspection: Awaited<ReturnType<typeof inspectionsOf>>[number];
  beforeAll(async () => {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 60, lotNumber: 'IN-BAD', plan: { kind: 'INCOMING', aql: 4 } });
    inspection = (await inspectionsOf(stack, received.item.id))[0]!;
  });

  const valid = () => results(inspection);
  const [measured, attribute] = [0, 1];
  it.each([
    ['values for an attribute', () => valid().map((result, index) => (index === attribute ? { ...result, values: [1] } : result)), 'BAD_USER_INPUT'],
    ['units for a measured characteristic', () => valid().map((result, index) => (index === measured ? { ...result, nonconformingUnits: [1] } : result)), 'BAD_USER_INPUT'],
    ['fewer values than units sampled', () => valid().map((result, index) => (index === measured ? { ...result, values: [10, 10] } : result)), 'BAD_USER_INPUT'],
    ['a unit outside the sample', () => valid().map((result, index) => (index === attribute ? { ...result, nonconformingUnits: [inspection.sampleSize + 1] } : result)), 'BAD_USER_INPUT'],
    ['a unit listed twice', () => valid().map((result, index) => (index === attribute ? { ...result, nonconformingUnits: [2, 2] } : result)), 'BAD_USER_INPUT'],
    ['a characteristic missing', () => valid().slice(0, 1), 'BAD_USER_INPUT'],
    ['a characteristic of another plan', () => [...valid(), { characteristicId: newId(), nonconformingUnits: [] }], 'BAD_USER_INPUT'],
  ])('%s', async (_, input, code) => {
    const before = await counts();
    const result = await recordResults(stack, inspection.id, input());
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a planner', { role: 'planner' }],
    ['a supplier', { role: 'supplier' }],
  ])('from %s (FORBIDDEN)', async (_, viewer) => {
    const before = await counts();
    const result = await recordResults(stack, inspection.id, valid(), viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('a second time (CONFLICT)', async () => {
    expect((await recordResults(stack, inspection.id, valid())).errors).toBeUndefined();
    const before = await counts();
    const again = await recordResults(stack, inspection.id, valid());
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('an unknown inspection (NOT_FOUND)', async () => {
    const result = await recordResults(stack, newId(), valid());
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('inspection plans', () => {
  it.each([
    ['an AQL the standard does not have', { aql: 0.3 }, 'aql'],
    ['a measured characteristic without limits', { characteristics: [{ name: 'Length', kind: 'MEASURED', unit: 'mm' }] }, 'lowerLimit'],
    ['limits the wrong way round', { characteristics: [{ name: 'Length', kind: 'MEASURED', lowerLimit: 5, upperLimit: 4, unit: 'mm' }] }, 'upperLimit'],
    ['an attribute with limits', { characteristics: [{ name: 'Label', kind: 'ATTRIBUTE', upperLimit: 1 }] }, 'kind'],
    ['no characteristics', { characteristics: [] }, 'characteristics'],
  ])('refuses %s (BAD_USER_INPUT)', async (_, overrides, field) => {
    const item = await createItem(stack);
    const result = await stack.query(
      `mutation ($input: SetInspectionPlanInput!) { setInspectionPlan(input: $input) { id } }`,
      { input: { itemId: item.id, kind: 'FINAL', aql: 1, characteristics: [{ name: 'Label', kind: 'ATTRIBUTE' }], ...overrides } },
      quality,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await stack.database.query('SELECT 1 FROM qms.inspection_plan WHERE item_id = $1', [item.id])).toEqual([]);
  });

  it('refuses an item erp never announced (NOT_FOUND) and a planner (FORBIDDEN)', async () => {
    const unknown = await stack.query(`mutation ($input: SetInspectionPlanInput!) { setInspectionPlan(input: $input) { id } }`, {
      input: { itemId: newId(), kind: 'FINAL', aql: 1, characteristics: [{ name: 'Label', kind: 'ATTRIBUTE' }] },
    }, quality);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const item = await createItem(stack);
    const planner = await stack.query(`mutation ($input: SetInspectionPlanInput!) { setInspectionPlan(input: $input) { id } }`, {
      input: { itemId: item.id, kind: 'FINAL', aql: 1, characteristics: [{ name: 'Label', kind: 'ATTRIBUTE' }] },
    }, { role: 'planner' });
    expect(planner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers the sampling plan of a lot size and hangs plans off the item', async () => {
    const item = await createItem(stack);
    await setInspectionPlan(stack, { itemId: item.id, kind: 'OUTGOING', aql: 0.65 });
    const result = await stack.query(
      `query ($id: ID!) { samplingPlan(lotSize: 1000, aql: 2.5) { codeLetter sampleSize acceptanceNumber rejectionNumber } item(id: $id) { sku inspectionPlans { kind aql characteristics { name unit } } } }`,
      { id: item.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      samplingPlan: { codeLetter: 'J', sampleSize: 80, acceptanceNumber: 5, rejectionNumber: 6 },
      item: { sku: item.sku, inspectionPlans: [{ kind: 'OUTGOING', aql: 0.65, characteristics: [{ name: 'Diameter', unit: 'mm' }, { name: 'Scratches', unit: null }] }] },
    });
  });
});
