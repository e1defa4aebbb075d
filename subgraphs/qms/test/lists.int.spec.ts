import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createSite, daysFromToday } from '@plexus/test-kit';
import { createWarehouse, inspectionsOf, quality, receivedPurchase, recordResults, results } from './factories.ts';

/** List pages cost the same number of qms statements whatever their length (no N+1), through the router. */

let stack: Stack;

beforeAll(async () => {
  // Consumers and pollers stay quiet while statements are counted; the setup drains them itself.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const siteId = (await createSite(stack)).id;
  const warehouse = await createWarehouse(stack, siteId, 'WH-LS');
  const ncrIds: string[] = [];
  for (let index = 0; index < 6; index += 1) {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 30, lotNumber: `LS-${index}`, plan: { kind: 'INCOMING', aql: 1 } });
    const [inspection] = await inspectionsOf(stack, received.item.id);
    const failed = await recordResults(stack, inspection!.id, results(inspection!, { scratched: [1] }));
    ncrIds.push(failed.data.recordInspectionResults.nonconformance.id);
  }
  for (const [index, id] of ncrIds.entries()) {
    const capa = await stack.query(`mutation ($input: OpenCapaInput!) { openCapa(input: $input) { id } }`, { input: { title: `Problem ${index}`, problem: 'Scratches', nonconformanceIds: [id] } }, quality);
    const capaId = capa.data.openCapa.id;
    await stack.query(`mutation ($id: ID!) { recordCapaRootCause(id: $id, whys: ["Scratched", "Packed loose"], rootCause: "No separators") { id } }`, { id: capaId }, quality);
    await stack.query(`mutation ($id: ID!, $input: CapaActionInput!) { addCapaAction(capaId: $id, input: $input) { id } }`, { id: capaId, input: { description: 'Separators', owner: 'q', dueDate: daysFromToday(5) } }, quality);
  }
  await stack.drainConsumers();
  // Starting every system on a machine shared with other work can take minutes.
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

const statementsOf = async (query: string, variables: Record<string, unknown>) => {
  const { result, statements } = await stack.database.statements.measure(() => stack.query(query, variables, quality), 'qms');
  expect(result.errors).toBeUndefined();
  return { statements, data: result.data };
};

describe('list pages', () => {
  it('of inspections with their plan, results, nonconformance and its CAPA cost the same for 1 inspection as for 6', async () => {
    const query = `query ($first: Int) { inspections(first: $first, filter: { kind: [INCOMING] }) { totalCount items {
      number status sampleSize plan { aql characteristics { name } item { id } } results { characteristic { name } nonconformingUnits }
      nonconformance { number status capa { number status actions { owner } } } reinspectionOf { number }
    } } }`;
    const one = await statementsOf(query, { first: 1 });
    const six = await statementsOf(query, { first: 6 });
    expect(six.data.inspections.items).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });

  it('of nonconformances with their inspection and CAPA cost the same for 1 as for 6', async () => {
    const query = `query ($first: Int) { nonconformances(first: $first) { totalCount items {
      number status source quantity inspection { number plan { aql } } capa { number whys actions { dueDate overdue } nonconformances { number } }
    } } }`;
    const one = await statementsOf(query, { first: 1 });
    const six = await statementsOf(query, { first: 6 });
    expect(six.data.nonconformances.items).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });

  it('of CAPAs with their actions and nonconformances cost the same for 1 as for 6', async () => {
    const query = `query ($first: Int) { capas(first: $first) { totalCount items { number status actions { owner status } nonconformances { number inspection { number } } } } }`;
    const one = await statementsOf(query, { first: 1 });
    const six = await statementsOf(query, { first: 6 });
    expect(six.data.capas.items).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });
});
