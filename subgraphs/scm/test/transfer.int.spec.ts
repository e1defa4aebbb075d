import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createShippingSite, type ShippingSite } from './factories.ts';

let stack: Stack;
let berlin: ShippingSite;
let rotterdam: ShippingSite;
let rotterdamLocation: string;

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  berlin = await createShippingSite(stack);
  rotterdam = await createShippingSite(stack);
  const warehouse = await stack.query(`query ($id: ID!) { warehouse(id: $id) { locations { id } } }`, { id: rotterdam.warehouseId });
  rotterdamLocation = warehouse.data.warehouse.locations[0].id;
});
afterAll(async () => {
  await stack?.stop();
});

async function counts() {
  const [row] = await stack.database.query<Record<string, number | string>>(
    `SELECT (SELECT count(*)::int FROM scm.transfer_order) AS transfers,
            (SELECT count(*)::int FROM wms.transfer_pick) AS picks,
            (SELECT coalesce(sum(quantity), 0)::text FROM wms.stock_balance) AS stock,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

const create = (input: Record<string, unknown>) =>
  stack.query(`mutation ($input: CreateTransferOrderInput!) { createTransferOrder(input: $input) { id number status } }`, {
    input: { fromWarehouseId: berlin.warehouseId, toWarehouseId: rotterdam.warehouseId, lines: [{ itemId: berlin.itemId, quantity: 30 }], ...input },
  });
const ship = (transferOrderId: string, idempotencyKey?: string) =>
  stack.query(`mutation ($id: ID!, $key: String) { shipTransfer(transferOrderId: $id, idempotencyKey: $key) { id } }`, { id: transferOrderId, key: idempotencyKey });
const receive = (transferOrderId: string, locationId: string) =>
  stack.query(`mutation ($id: ID!, $location: ID!) { receiveTransfer(transferOrderId: $id, locationId: $location) { id status } }`, { id: transferOrderId, location: locationId });

const stockBySite = async (itemId: string) =>
  (await stack.query(`query ($id: ID!) { item(id: $id) { stockBySite { warehouse { id } site { id } onHand inTransit } } }`, { id: itemId })).data.item.stockBySite;

describe('a transfer between sites', () => {
  it('leaves one warehouse, is in transit and visible per site, and arrives at the other', async () => {
    const created = await create({ idempotencyKey: `transfer-${Date.now()}` });
    expect(created.errors).toBeUndefined();
    const transfer = created.data.createTransferOrder;
    expect(transfer).toMatchObject({ number: expect.stringMatching(/^TR-\d{4}-\d{6}$/), status: 'RELEASED' });
    await stack.drainConsumers();

    expect((await ship(transfer.id)).errors).toBeUndefined();
    await stack.drainConsumers();
    expect(await stockBySite(berlin.itemId)).toEqual(
      expect.arrayContaining([
        { warehouse: { id: berlin.warehouseId }, site: { id: berlin.siteId }, onHand: 10_000 - 30, inTransit: 0 },
        { warehouse: { id: rotterdam.warehouseId }, site: { id: rotterdam.siteId }, onHand: 0, inTransit: 30 },
      ]),
    );
    const moving = await stack.query(`query ($id: ID!) { transferOrder(id: $id) { status shippedAt lines { quantity shippedQuantity inTransitQuantity item { id } } } }`, { id: transfer.id });
    expect(moving.data.transferOrder).toMatchObject({ status: 'IN_TRANSIT', lines: [{ quantity: 30, shippedQuantity: 30, inTransitQuantity: 30, item: { id: berlin.itemId } }] });

    const received = await receive(transfer.id, rotterdamLocation);
    expect(received.errors).toBeUndefined();
    await stack.drainConsumers();
    expect(await stockBySite(berlin.itemId)).toEqual(
      expect.arrayContaining([
        { warehouse: { id: berlin.warehouseId }, site: { id: berlin.siteId }, onHand: 10_000 - 30, inTransit: 0 },
        { warehouse: { id: rotterdam.warehouseId }, site: { id: rotterdam.siteId }, onHand: 30, inTransit: 0 },
      ]),
    );
    const done = await stack.query(`query ($id: ID!) { transferOrder(id: $id) { status lines { receivedQuantity inTransitQuantity } } }`, { id: transfer.id });
    expect(done.data.transferOrder).toEqual({ status: 'RECEIVED', lines: [{ receivedQuantity: 30, inTransitQuantity: 0 }] });
  });
});

describe('bad input', () => {
  it('a transfer to its own warehouse, of an unknown item, beyond the stock, shipped twice or received elsewhere is refused, writing nothing', async () => {
    const before = await counts();
    expect((await create({ toWarehouseId: berlin.warehouseId })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await create({ lines: [{ itemId: '01900000-0000-7000-8000-000000000000', quantity: 1 }] })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await create({ lines: [{ itemId: berlin.itemId, quantity: -1 }] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.query(`mutation ($input: CreateTransferOrderInput!) { createTransferOrder(input: $input) { id } }`, { input: { fromWarehouseId: berlin.warehouseId, toWarehouseId: rotterdam.warehouseId, lines: [{ itemId: berlin.itemId, quantity: 1 }] } }, { role: 'analyst' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const tooMuch = (await create({ lines: [{ itemId: berlin.itemId, quantity: 1_000_000 }] })).data.createTransferOrder;
    await stack.drainConsumers();
    const released = await counts();
    expect((await ship(tooMuch.id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await receive(tooMuch.id, rotterdamLocation)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await ship('01900000-0000-7000-8000-000000000000')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(released);

    const transfer = (await create({ lines: [{ itemId: berlin.itemId, quantity: 5 }] })).data.createTransferOrder;
    await stack.drainConsumers();
    const key = `ship-${transfer.id}`;
    expect((await ship(transfer.id, key)).errors).toBeUndefined();
    const shipped = await counts();
    expect((await ship(transfer.id, key)).data.shipTransfer).toEqual({ id: transfer.id });
    expect((await ship(transfer.id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await receive(transfer.id, berlin.warehouseId)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(shipped);
  });
});
