import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
});
afterAll(async () => {
  await stack?.stop();
});

async function item(sku: string, type = 'SFG') {
  const result = await stack.query<{ createItem: { id: string } }>(
    `mutation ($input: CreateItemInput!) { createItem(input: $input) { id } }`,
    { input: { sku, name: sku, type, unitOfMeasure: 'EA', standardCost: 1 } },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createItem.id;
}

const setBom = `mutation ($itemId: ID!, $lines: [BillOfMaterialsLineInput!]!) {
  setBillOfMaterials(itemId: $itemId, lines: $lines) { parent { sku } lines { quantityPer component { sku } } }
}`;

async function bomLineCount() {
  const [row] = await stack.database.query<{ n: number }>('SELECT count(*)::int AS n FROM erp.bill_of_materials_line');
  return row!.n;
}

describe('bills of materials through the router', () => {
  let bike: string, wheel: string, spoke: string, frame: string;
  beforeAll(async () => {
    bike = await item('BIKE', 'FG');
    wheel = await item('WHEEL');
    frame = await item('FRAME');
    spoke = await item('SPOKE', 'RM');
    await stack.query(setBom, { itemId: bike, lines: [{ componentId: wheel, quantityPer: 2 }, { componentId: frame, quantityPer: 1 }] });
    await stack.query(setBom, { itemId: wheel, lines: [{ componentId: spoke, quantityPer: 32 }] });
  });

  it('explodes a multi-level structure with extended quantities and paths', async () => {
    const result = await stack.query(`query ($id: ID!) { explodeBillOfMaterials(itemId: $id, quantity: 10) { level extendedQuantity path component { sku } } }`, {
      id: bike,
    });
    expect(result.data.explodeBillOfMaterials).toEqual([
      { level: 1, extendedQuantity: 20, path: ['BIKE', 'WHEEL'], component: { sku: 'WHEEL' } },
      { level: 2, extendedQuantity: 640, path: ['BIKE', 'WHEEL', 'SPOKE'], component: { sku: 'SPOKE' } },
      { level: 1, extendedQuantity: 10, path: ['BIKE', 'FRAME'], component: { sku: 'FRAME' } },
    ]);
  });

  it('refuses a component that would make an item part of itself, naming the cycle, and keeps the old structure', async () => {
    const before = await bomLineCount();
    const result = await stack.query(setBom, { itemId: wheel, lines: [{ componentId: bike, quantityPer: 1 }] });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('WHEEL → BIKE → WHEEL'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await bomLineCount()).toBe(before);
  });

  it('refuses unknown components and a duplicate SKU with their codes', async () => {
    const unknown = await stack.query(setBom, { itemId: frame, lines: [{ componentId: '01930000-0000-7000-8000-00000000000f', quantityPer: 1 }] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const duplicate = await stack.query(`mutation { createItem(input: { sku: "bike", name: "x", type: FG, unitOfMeasure: "EA", standardCost: 1 }) { id } }`);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('malformed ids', () => {
  it('are bad input, not internal errors', async () => {
    const result = await stack.query(`{ item(id: "not-a-uuid") { sku } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).not.toMatch(/syntax|uuid:/);
  });
});
