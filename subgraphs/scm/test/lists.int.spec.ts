import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createShippingSite, departed, shippedOrder } from './factories.ts';

/** List pages cost the same number of statements whatever their length (no N+1), through the router. */

let stack: Stack;

beforeAll(async () => {
  // Consumers and pollers stay quiet while statements are counted; the factories drain them when they need to.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  for (let index = 0; index < 6; index += 1) {
    const site = await createShippingSite(stack);
    const { transportOrder } = await shippedOrder(stack, site, [5, 2]);
    await departed(stack, transportOrder.id, 3);
  }
});
afterAll(async () => {
  await stack?.stop();
});

const statementsOf = async (query: string, variables: Record<string, unknown>) => {
  const { result, statements } = await stack.database.statements.measure(() => stack.query(query, variables), 'scm');
  expect(result.errors).toBeUndefined();
  return { statements, data: result.data };
};

describe('list pages', () => {
  it('of transport orders with their lane, carrier, legs, lines, milestones, ETA and promise cost the same for 1 order as for 6', async () => {
    const query = `query ($first: Int) { transportOrders(first: $first) { totalCount items {
      number status eta etaLatest promisedDate late plannedDelivery
      lane { code transitTimes { sampleCount estimateHours } carrier { code } }
      carrier { code lanes { code } }
      legs { origin destination carrier { code } }
      lines { quantity salesOrderLine { id } }
      milestones { milestone at eta }
      deliveryConfirmation { onTime }
    } } }`;
    const one = await statementsOf(query, { first: 1 });
    const six = await statementsOf(query, { first: 6 });
    expect(six.data.transportOrders.items).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });
});
