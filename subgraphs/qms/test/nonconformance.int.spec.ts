import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@plexus/db';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createSalesOrder, createSite } from '@plexus/test-kit';
import { createWarehouse, inspectionsOf, quality, receivedPurchase, recordResults, results, setInspectionPlan } from './factories.ts';

let stack: Stack;
let siteId: string;
let warehouse: Awaited<ReturnType<typeof createWarehouse>>;

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  siteId = (await createSite(stack)).id;
  warehouse = await createWarehouse(stack, siteId, 'WH-NC');
  // Starting every system on a machine shared with other work can take minutes.
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

async function counts() {
  const [row] = await stack.database.query<Record<string, number | string>>(
    `SELECT (SELECT count(*)::int FROM qms.nonconformance) AS nonconformances,
            (SELECT string_agg(status || coalesce(disposition, ''), ',' ORDER BY id) FROM qms.nonconformance) AS states,
            (SELECT count(*)::int FROM qms.inspection) AS inspections,
            (SELECT count(*)::int FROM wms.lot_hold) AS holds,
            (SELECT coalesce(sum(quantity), 0)::text FROM wms.stock_balance) AS stock,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

const lotState = async (lotId: string) => {
  const [row] = await stack.database.query<{ stock: string; open_holds: number }>(
    `SELECT (SELECT coalesce(sum(quantity), 0)::text FROM wms.stock_balance WHERE lot_id = $1) AS stock,
            (SELECT count(*)::int FROM wms.lot_hold WHERE lot_id = $1 AND released_at IS NULL) AS open_holds`,
    [lotId],
  );
  return { stock: Number(row!.stock), onHold: row!.open_holds > 0 };
};

const holdEvents = (lotId: string) =>
  stack.database.query<{ payload: Record<string, unknown> }>(`SELECT payload FROM analytics.supply_chain_event WHERE type = 'wms.LotHoldChanged' AND subject_id = $1 ORDER BY time, id`, [lotId]);

const disposition = (id: string, value: string, note?: string, viewer: { role: string } = quality) =>
  stack.query(
    `mutation ($id: ID!, $disposition: Disposition!, $note: String) { dispositionNonconformance(id: $id, disposition: $disposition, note: $note) { status disposition dispositionNote } }`,
    { id, disposition: value, note },
    viewer,
  );
const close = (id: string) => stack.query(`mutation ($id: ID!) { closeNonconformance(id: $id) { status closedAt } }`, { id }, quality);

async function openByHand(input: Record<string, unknown>, viewer: { role: string } = quality) {
  return stack.query(
    `mutation ($input: OpenNonconformanceInput!) { openNonconformance(input: $input) { id number status source quantity lot { id } item { id } } }`,
    { input: { quantity: 10, source: 'INTERNAL', description: 'Dented housings found at the line', ...input } },
    viewer,
  );
}

/** A confirmed order for `quantity` of the item, shipped from the spec's warehouse. */
async function shipItem(itemId: string, quantity: number) {
  const customer = await createCustomer(stack);
  const order = await createSalesOrder(stack, { customerId: customer.id, siteId }, [{ itemId, quantity }]);
  await confirmSalesOrder(stack, order.id);
  return stack.query(
    `mutation ($input: ShipSalesOrderInput!) { shipSalesOrder(input: $input) { id lines { picks { quantity lot { id } } } } }`,
    { input: { salesOrderId: order.id, warehouseId: warehouse.id, lines: [{ salesOrderLineId: order.lines[0]!.id, quantity }] } },
    { role: 'operator' },
  );
}

describe('a failed inspection’s nonconformance in the warehouse', () => {
  it('holds the lot, which is not shipped, until scrapping takes it out of stock and lifts the hold', async () => {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 100, lotNumber: 'NC-SCRAP', plan: { kind: 'INCOMING', aql: 0.65 } });
    const [inspection] = await inspectionsOf(stack, received.item.id);
    const failed = await recordResults(stack, inspection!.id, results(inspection!, { scratched: [1] }));
    const ncr = failed.data.recordInspectionResults.nonconformance;
    expect(ncr).toMatchObject({ status: 'OPEN', source: 'SUPPLIER', quantity: 100 });
    await stack.drainConsumers();

    const lot = await stack.query(`query ($id: ID!) { inspection(id: $id) { lot { id onHold holdReason holds { nonconformanceId releasedAt warehouse { id } } } } }`, { id: inspection!.id });
    expect(lot.errors).toBeUndefined();
    expect(lot.data.inspection.lot).toEqual({
      id: received.lotId,
      onHold: true,
      holdReason: `${ncr.number}: supplier nonconformance, 100 units`,
      holds: [{ nonconformanceId: ncr.id, releasedAt: null, warehouse: { id: warehouse.id } }],
    });
    expect((await holdEvents(received.lotId)).map((event) => event.payload)).toEqual([
      { lotId: received.lotId, lotNumber: 'NC-SCRAP', itemId: received.item.id, warehouseId: warehouse.id, onHold: true, reason: `${ncr.number}: supplier nonconformance, 100 units`, nonconformanceId: ncr.id },
    ]);

    const blocked = await shipItem(received.item.id, 10);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', shortfall: 10 });

    expect((await disposition(ncr.id, 'SCRAP')).data.dispositionNonconformance).toEqual({ status: 'DISPOSITIONED', disposition: 'SCRAP', dispositionNote: null });
    await stack.drainConsumers();
    expect(await lotState(received.lotId)).toEqual({ stock: 0, onHold: false });
    expect((await holdEvents(received.lotId)).at(-1)!.payload).toMatchObject({ onHold: false, reason: `${ncr.number}: scrap`, removedQuantity: 100 });
    expect((await close(ncr.id)).data.closeNonconformance.status).toBe('CLOSED');
  });

  it('releases the lot with its stock on use as is, and shipping it opens an outgoing inspection per lot', async () => {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 40, lotNumber: 'NC-USE' });
    await setInspectionPlan(stack, { itemId: received.item.id, kind: 'OUTGOING', aql: 1.5 });
    const opened = await openByHand({ lotId: received.lotId, quantity: 40 });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openNonconformance).toMatchObject({ status: 'OPEN', source: 'INTERNAL', lot: { id: received.lotId }, item: { id: received.item.id } });
    await stack.drainConsumers();
    expect(await lotState(received.lotId)).toEqual({ stock: 40, onHold: true });

    const used = await disposition(opened.data.openNonconformance.id, 'USE_AS_IS', 'Dents are cosmetic; fit checked on 5 units');
    expect(used.data.dispositionNonconformance).toMatchObject({ disposition: 'USE_AS_IS', dispositionNote: 'Dents are cosmetic; fit checked on 5 units' });
    await stack.drainConsumers();
    expect(await lotState(received.lotId)).toEqual({ stock: 40, onHold: false });

    const shipped = await shipItem(received.item.id, 30);
    expect(shipped.errors).toBeUndefined();
    await stack.drainConsumers();
    const outgoing = (await inspectionsOf(stack, received.item.id)).filter((inspection) => inspection.kind === 'OUTGOING');
    // 30 units are letter D; at AQL 1.5 D holds Ac 0 with 8 units.
    expect(outgoing).toMatchObject([{ status: 'PENDING', lotSize: 30, codeLetter: 'D', sampleSize: 8, acceptanceNumber: 0, lot: { id: received.lotId } }]);
  });

  it('re-inspects a reworked lot; passing the re-inspection tells FPY the units were reworked', async () => {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 20, lotNumber: 'NC-RWK', plan: { kind: 'INCOMING', aql: 2.5 } });
    const [inspection] = await inspectionsOf(stack, received.item.id);
    const failed = await recordResults(stack, inspection!.id, results(inspection!, { outOfLimits: [1, 2] }));
    expect(failed.data.recordInspectionResults.status).toBe('FAILED');
    expect((await disposition(failed.data.recordInspectionResults.nonconformance.id, 'REWORK')).errors).toBeUndefined();
    await stack.drainConsumers();
    expect(await lotState(received.lotId)).toEqual({ stock: 20, onHold: false });

    const again = (await inspectionsOf(stack, received.item.id)).find((candidate) => candidate.status === 'PENDING')!;
    expect(again).toMatchObject({ kind: 'INCOMING', lotSize: 20, lot: { id: received.lotId } });
    const passed = await recordResults(stack, again.id, results(again));
    expect(passed.data.recordInspectionResults.status).toBe('PASSED');
    const [event] = await stack.database.query<{ type: string; payload: Record<string, unknown> }>('SELECT type, payload FROM analytics.supply_chain_event WHERE subject_id = $1', [again.id]);
    expect(event).toMatchObject({ type: 'qms.InspectionPassed', payload: { disposition: 'REWORK', quantityRejected: 0 } });
    const reinspection = await stack.query(`query ($id: ID!) { inspection(id: $id) { reinspectionOf { id } } }`, { id: again.id });
    expect(reinspection.data.inspection.reinspectionOf).toEqual({ id: inspection!.id });
  });
});

describe('the disposition workflow refuses with a code and writes nothing', () => {
  let ncr: { id: string };
  let lotId: string;
  beforeAll(async () => {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 30, lotNumber: 'NC-BAD' });
    lotId = received.lotId;
    ncr = (await openByHand({ lotId, quantity: 30 })).data.openNonconformance;
    await stack.drainConsumers();
  });

  it.each([
    ['closing an open nonconformance', () => close(ncr.id), 'CONFLICT'],
    ['returning what was made here to a supplier', () => disposition(ncr.id, 'RETURN_TO_SUPPLIER'), 'CONFLICT'],
    ['a concession without a justification', () => disposition(ncr.id, 'CONCESSION', ' '), 'BAD_USER_INPUT'],
    ['a disposition by an operator', () => disposition(ncr.id, 'SCRAP', undefined, { role: 'operator' }), 'FORBIDDEN'],
    ['an unknown nonconformance', () => disposition(newId(), 'SCRAP'), 'NOT_FOUND'],
    ['a lot the warehouse never received', () => openByHand({ lotId: newId() }), 'NOT_FOUND'],
    ['a supplier nonconformance without its supplier', () => openByHand({ lotId, source: 'SUPPLIER' }), 'BAD_USER_INPUT'],
    ['no quantity', () => openByHand({ lotId, quantity: 0 }), 'BAD_USER_INPUT'],
    ['opening by a planner', () => openByHand({ lotId }, { role: 'planner' }), 'FORBIDDEN'],
  ])('%s', async (_, attempt, code) => {
    const before = await counts();
    const result = await attempt();
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    await stack.drainConsumers();
    expect(await counts()).toEqual(before);
  });

  it('a second disposition', async () => {
    expect((await disposition(ncr.id, 'SCRAP')).errors).toBeUndefined();
    await stack.drainConsumers();
    const before = await counts();
    const again = await disposition(ncr.id, 'USE_AS_IS', 'changed our mind');
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await stack.drainConsumers();
    expect(await counts()).toEqual(before);
    expect(await lotState(lotId)).toEqual({ stock: 0, onHold: false });
  });
});
