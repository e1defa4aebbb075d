import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { confirmSalesOrder, createCustomer, createItem, createSalesOrder, createSite, daysFromToday, placedPurchaseOrder } from '@plexus/test-kit';

/**
 * A machines page and a lot trace cost the same number of statements per
 * subgraph whatever their length (no N+1), through the router; a trace
 * reaching lots wms has not received still answers.
 */

let stack: Stack;
let workCenterId: string;
let small: { outputLotId: string };
let large: { outputLotId: string };
let inProgress: { outputLotId: string; componentLotId: string };
let purchaseOrderNumber: string;
let shippedTo: string[];

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
  // The components are bought: each lot arrives on the purchase order's line.
  const bought = await placedPurchaseOrder(stack, { quantities: [2_110], siteId: site.id });
  const material = bought.items[0]!;
  purchaseOrderNumber = bought.order.number;
  await must(`mutation ($id: ID!, $lines: [BillOfMaterialsLineInput!]!) { setBillOfMaterials(itemId: $id, lines: $lines) { id } }`, { id: product.id, lines: [{ componentId: material.id, quantityPer: 1 }] });
  await must(`mutation ($id: ID!, $steps: [RoutingStepInput!]!) { setRouting(itemId: $id, steps: $steps) { id } }`, {
    id: product.id,
    steps: [{ sequence: 10, workCenterId, setupMinutes: 0, runSecondsPerUnit: 5, machineIds: machineIds.slice(0, 3) }],
  });
  const lotIds: string[] = [];
  for (let batch = 0; batch < 202; batch += 40) {
    const receipt = (await must(`mutation ($input: ReceivePurchaseInput!) { receivePurchase(input: $input) { lines { lot { id } } } }`, {
      input: {
        warehouseId: warehouse.id,
        purchaseOrderId: bought.order.id,
        lines: Array.from({ length: Math.min(40, 202 - batch) }, (_, index) => ({
          purchaseOrderLineId: bought.order.lines[0]!.id,
          itemId: material.id,
          locationId: warehouse.locations[0].id,
          lotNumber: `B-${batch + index}`,
          quantity: 10,
        })),
      },
    })).receivePurchase;
    lotIds.push(...receipt.lines.map((line: { lot: { id: string } }) => line.lot.id));
  }
  await stack.drainConsumers();
  const release = async (lots: string[]) => {
    const order = (await must(`mutation ($input: ReleaseWorkOrderInput!) { releaseWorkOrder(input: $input) { id outputLot { id } operations { id } } }`, {
      input: { itemId: product.id, quantity: lots.length, dueDate: daysFromToday(3), siteId: site.id, warehouseId: warehouse.id },
    })).releaseWorkOrder;
    await must(`mutation ($input: ConsumeMaterialInput!) { consumeMaterial(input: $input) { id } }`, {
      input: { workOrderId: order.id, operatorId: 'OP-1', lines: lots.map((lotId) => ({ lotId, quantity: 1 })) },
    });
    return order;
  };
  const make = async (lots: string[]) => {
    const order = await release(lots);
    await must(`mutation { changeMachineState(input: { machineIds: ["${machineIds[0]}"], state: IDLE }) { id } }`);
    await must(`mutation { startOperation(input: { operationRunId: "${order.operations[0].id}", machineId: "${machineIds[0]}", operatorId: "OP-1" }) { id } }`);
    await must(`mutation { reportProduction(input: { operationRunId: "${order.operations[0].id}", operatorId: "OP-1", goodQuantity: ${lots.length} }) { id } }`);
    await must(`mutation { completeOperation(operationRunId: "${order.operations[0].id}", operatorId: "OP-1") { id } }`);
    return { outputLotId: order.outputLot.id as string };
  };
  small = await make(lotIds.slice(0, 1));
  large = await make(lotIds.slice(1, 201));
  await stack.drainConsumers();
  // The large lot goes to two customers; a third work order takes the last component lot and is still open.
  shippedTo = [];
  for (const quantity of [120, 60]) {
    const customer = await createCustomer(stack);
    const order = await createSalesOrder(stack, { customerId: customer.id, siteId: site.id }, [{ itemId: product.id, quantity }]);
    await confirmSalesOrder(stack, order.id);
    await must(`mutation ($input: ShipSalesOrderInput!) { shipSalesOrder(input: $input) { id } }`, {
      input: { salesOrderId: order.id, warehouseId: warehouse.id, lines: [{ salesOrderLineId: order.lines[0]!.id, quantity }] },
    });
    shippedTo.push(order.id);
  }
  inProgress = { outputLotId: (await release(lotIds.slice(201))).outputLot.id, componentLotId: lotIds[201]! };
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

/** Statements per subgraph schema a query costs. */
async function statementsOf(query: string, variables: Record<string, unknown>) {
  const counts: Record<string, number> = {};
  let data: any;
  for (const schema of ['mes', 'wms', 'srm', 'crm']) {
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

  it('a lot trace of 200 component lots with their lots, items, work order, machines, operators, receipts, purchase orders, suppliers, shipments and customers costs the same as a trace of 1', async () => {
    const query = `query ($lot: ID!) { lotTrace(lotId: $lot, direction: BACKWARD) {
      lot { lotNumber shipments { quantity shipment { number } salesOrder { id customer { name } } } }
      producedBy { number operations { operatorId machine { code } reports { operatorId } } consumptions { quantity lot { lotNumber } } }
      nodes { level quantity lot { id lotNumber consumedBy { workOrder { number } }
        receipts { receipt { number } receivedAt quantity purchaseOrderLine { lineNumber purchaseOrder { number supplier { name } } } }
        shipments { quantity } } viaLot { lotNumber } workOrder { number item { id } } }
    } }`;
    const one = await statementsOf(query, { lot: small.outputLotId });
    const many = await statementsOf(query, { lot: large.outputLotId });
    expect(one.data.lotTrace.nodes).toHaveLength(1);
    expect(many.data.lotTrace.nodes).toHaveLength(200);
    expect(many.data.lotTrace.nodes.every((node: any) => node.lot.receipts[0].purchaseOrderLine.purchaseOrder.number === purchaseOrderNumber)).toBe(true);
    expect(many.data.lotTrace.lot.shipments.map((shipped: any) => shipped.salesOrder.id)).toEqual(shippedTo);
    expect(many.counts).toEqual(one.counts);
  });
});

describe('a trace through lots wms has not received', () => {
  it('answers with the lot of a work order still open, its warehouse fields null, and the rest of the trace whole', async () => {
    const result = await stack.query(
      `query ($lot: ID!) { lotTrace(lotId: $lot, direction: FORWARD) {
        lot { lotNumber receipts { purchaseOrderLine { purchaseOrder { number } } } }
        nodes { level lot { id lotNumber receivedAt item { id } onHold receipts { quantity } shipments { quantity } producedBy { status } } workOrder { status outputLot { id lotNumber } } }
      } }`,
      { lot: inProgress.componentLotId },
    );
    expect(result.errors).toBeUndefined();
    const { lot, nodes } = result.data.lotTrace;
    expect(lot.receipts[0].purchaseOrderLine.purchaseOrder.number).toBe(purchaseOrderNumber);
    expect(nodes).toEqual([
      {
        level: 1,
        lot: { id: inProgress.outputLotId, lotNumber: null, receivedAt: null, item: null, onHold: false, receipts: [], shipments: [], producedBy: { status: 'RELEASED' } },
        workOrder: { status: 'RELEASED', outputLot: { id: inProgress.outputLotId, lotNumber: null } },
      },
    ]);
  });
});
