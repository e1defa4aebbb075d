import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem, createSite, daysFromToday } from '@plexus/test-kit';

/** A machines page and a lot trace cost the same number of statements per subgraph whatever their length (no N+1), through the router. */

let stack: Stack;
let workCenterId: string;
let small: { outputLotId: string };
let large: { outputLotId: string };

async function must<Data = any>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const result = await stack.query<Data>(query, variables);
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

beforeAll(async () => {
  // Consumers and pollers stay quiet while statements are counted.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const site = await createSite(stack);
  const warehouse = (await must(`mutation ($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id locations { id } } }`, {
    input: { code: 'WH-LISTS', name: 'Stores', siteId: site.id, locationCodes: ['A-01'] },
  })).createWarehouse;
  workCenterId = (await must(`mutation { createWorkCenter(input: { code: "LISTS", name: "Machining", siteId: "${site.id}" }) { id } }`)).createWorkCenter.id;
  const codes = Array.from({ length: 50 }, (_, index) => `L-${String(index).padStart(2, '0')}`);
  const machineIds: string[] = [];
  for (let batch = 0; batch < codes.length; batch += 10) {
    const chunk = codes.slice(batch, batch + 10);
    const registered = await must(`mutation { ${chunk.map((code, index) => `m${index}: registerMachine(input: { code: "${code}", name: "${code}", workCenterId: "${workCenterId}", idealCycleSeconds: 10 }) { id }`).join(' ')} }`);
    machineIds.push(...chunk.map((_, index) => registered[`m${index}`].id as string));
  }
  const product = await createItem(stack, { type: 'FG' });
  const material = await createItem(stack, { type: 'RM' });
  await must(`mutation ($id: ID!, $lines: [BillOfMaterialsLineInput!]!) { setBillOfMaterials(itemId: $id, lines: $lines) { id } }`, { id: product.id, lines: [{ componentId: material.id, quantityPer: 1 }] });
  await must(`mutation ($id: ID!, $steps: [RoutingStepInput!]!) { setRouting(itemId: $id, steps: $steps) { id } }`, {
    id: product.id,
    steps: [{ sequence: 10, workCenterId, setupMinutes: 0, runSecondsPerUnit: 5, machineIds: machineIds.slice(0, 3) }],
  });
  const lotIds: string[] = [];
  for (let batch = 0; batch < 201; batch += 40) {
    const receipt = (await must(`mutation ($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { lines { lot { id } } } }`, {
      input: {
        warehouseId: warehouse.id,
        lines: Array.from({ length: Math.min(40, 201 - batch) }, (_, index) => ({ itemId: material.id, locationId: warehouse.locations[0].id, lotNumber: `B-${batch + index}`, quantity: 10 })),
      },
    })).receiveGoods;
    lotIds.push(...receipt.lines.map((line: { lot: { id: string } }) => line.lot.id));
  }
  await stack.drainConsumers();
  const make = async (lots: string[]) => {
    const order = (await must(`mutation ($input: ReleaseWorkOrderInput!) { releaseWorkOrder(input: $input) { id outputLot { id } operations { id } } }`, {
      input: { itemId: product.id, quantity: lots.length, dueDate: daysFromToday(3), siteId: site.id, warehouseId: warehouse.id },
    })).releaseWorkOrder;
    await must(`mutation ($input: ConsumeMaterialInput!) { consumeMaterial(input: $input) { id } }`, {
      input: { workOrderId: order.id, operatorId: 'OP-1', lines: lots.map((lotId) => ({ lotId, quantity: 1 })) },
    });
    await must(`mutation { changeMachineState(input: { machineIds: ["${machineIds[0]}"], state: IDLE }) { id } }`);
    await must(`mutation { startOperation(input: { operationRunId: "${order.operations[0].id}", machineId: "${machineIds[0]}", operatorId: "OP-1" }) { id } }`);
    await must(`mutation { reportProduction(input: { operationRunId: "${order.operations[0].id}", operatorId: "OP-1", goodQuantity: ${lots.length} }) { id } }`);
    await must(`mutation { completeOperation(operationRunId: "${order.operations[0].id}", operatorId: "OP-1") { id } }`);
    return { outputLotId: order.outputLot.id as string };
  };
  small = await make(lotIds.slice(0, 1));
  large = await make(lotIds.slice(1, 201));
  await stack.drainConsumers();
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

/** Statements per subgraph schema a query costs. */
async function statementsOf(query: string, variables: Record<string, unknown>) {
  const counts: Record<string, number> = {};
  let data: any;
  for (const schema of ['mes', 'wms']) {
    const { result, statements } = await stack.database.statements.measure(() => stack.query(query, variables), schema);
    expect(result.errors).toBeUndefined();
    counts[schema] = statements;
    data = result.data;
  }
  return { counts, data };
}

describe('list pages', () => {
  it('of machines with their work center, state history and current operation cost the same for 1 machine as for 50', async () => {
    const query = `query ($first: Int, $wc: ID!, $from: DateTime!, $to: DateTime!) { machines(workCenterId: $wc, first: $first) {
      code state stateSince workCenter { code machines { code } } stateHistory(from: $from, to: $to) { to reason }
      currentOperation { sequence workOrder { number } }
    } }`;
    const variables = { wc: workCenterId, from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const one = await statementsOf(query, { ...variables, first: 1 });
    const fifty = await statementsOf(query, { ...variables, first: 50 });
    expect(fifty.data.machines).toHaveLength(50);
    expect(fifty.counts).toEqual(one.counts);
  });

  it('a lot trace of 200 component lots with their lots, items, work order, machines and operators costs the same as a trace of 1', async () => {
    const query = `query ($lot: ID!) { lotTrace(lotId: $lot, direction: BACKWARD) {
      producedBy { number operations { operatorId machine { code } reports { operatorId } } consumptions { quantity lot { lotNumber } } }
      nodes { level quantity lot { id lotNumber consumedBy { workOrder { number } } } viaLot { lotNumber } workOrder { number item { id } } }
    } }`;
    const one = await statementsOf(query, { lot: small.outputLotId });
    const many = await statementsOf(query, { lot: large.outputLotId });
    expect(one.data.lotTrace.nodes).toHaveLength(1);
    expect(many.data.lotTrace.nodes).toHaveLength(200);
    expect(many.counts).toEqual(one.counts);
  });
});
