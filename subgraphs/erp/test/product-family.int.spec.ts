import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem } from '@plexus/test-kit';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

const create = `mutation ($input: CreateProductFamilyInput!) { createProductFamily(input: $input) { id code unitOfMeasure items { id sku productFamily { code } } } }`;
const assign = `mutation ($familyId: ID!, $itemIds: [ID!]!) { assignItemsToProductFamily(familyId: $familyId, itemIds: $itemIds) { id items { id } } }`;

async function counts() {
  const [row] = await stack.database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM erp.product_family) AS families,
            (SELECT count(*)::int FROM erp.item WHERE product_family_id IS NOT NULL) AS members,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

describe('product families through the router', { timeout: 300_000 }, () => {
  it('group finished goods, move an item between families, and announce each family with all its items', async () => {
    const [pump, valve] = [await createItem(stack), await createItem(stack)];
    const pumps = (await stack.query(create, { input: { code: 'pumps-t', name: 'Pumps', unitOfMeasure: 'ea', itemIds: [pump.id, valve.id] } })).data.createProductFamily;
    expect(pumps).toMatchObject({ code: 'PUMPS-T', unitOfMeasure: 'EA' });
    expect(pumps.items.map((item: { productFamily: { code: string } }) => item.productFamily.code)).toEqual(['PUMPS-T', 'PUMPS-T']);
    const valves = (await stack.query(create, { input: { code: 'VALVES-T', name: 'Valves', unitOfMeasure: 'EA' } })).data.createProductFamily;
    const moved = await stack.query(assign, { familyId: valves.id, itemIds: [valve.id] });
    expect(moved.data.assignItemsToProductFamily.items).toEqual([{ id: valve.id }]);

    const listed = await stack.query(`{ productFamilies { code items { id } } }`);
    expect(listed.data.productFamilies.filter((family: { code: string }) => family.code.endsWith('-T'))).toEqual([
      { code: 'PUMPS-T', items: [{ id: pump.id }] },
      { code: 'VALVES-T', items: [{ id: valve.id }] },
    ]);
    const events = await stack.database.query<{ subject_id: string; payload: { itemIds: string[] } }>(
      "SELECT subject_id, payload FROM analytics.supply_chain_event WHERE type = 'erp.ProductFamilyChanged' ORDER BY time, id",
    );
    expect(events.map((event) => [event.subject_id, event.payload.itemIds.length])).toEqual([
      [pumps.id, 2],
      [valves.id, 0],
      [valves.id, 1],
    ]);
  });

  it('refuse raw materials, unknown items or families, duplicate codes and read-only roles, writing nothing', async () => {
    const steel = await createItem(stack, { type: 'RM' });
    const before = await counts();
    const refused = [
      await stack.query(create, { input: { code: 'RAW-T', name: 'Raw', unitOfMeasure: 'EA', itemIds: [steel.id] } }),
      await stack.query(create, { input: { code: 'GHOST-T', name: 'Ghost', unitOfMeasure: 'EA', itemIds: ['0190f2c4-0000-7000-8000-000000000000'] } }),
      await stack.query(create, { input: { code: 'PUMPS-T', name: 'Again', unitOfMeasure: 'EA' } }),
      await stack.query(assign, { familyId: 'not-an-id', itemIds: [steel.id] }),
      await stack.query(create, { input: { code: 'EXEC-T', name: 'Executive', unitOfMeasure: 'EA' } }, { role: 'executive' }),
    ];
    expect(refused.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN']);
    expect(await counts()).toEqual(before);
  });

  it('list families with their items in a constant number of statements', async () => {
    const query = `{ productFamilies { code items { sku productFamily { code } } } }`;
    const measure = async () => {
      const { result, statements } = await stack.database.statements.measure(() => stack.query(query), 'erp');
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const few = await measure();
    const more = (await stack.query(create, { input: { code: 'MORE-T', name: 'More', unitOfMeasure: 'EA', itemIds: [(await createItem(stack)).id, (await createItem(stack)).id] } })).data;
    expect(more.createProductFamily.items).toHaveLength(2);
    expect(await measure()).toBe(few);
  });
});
