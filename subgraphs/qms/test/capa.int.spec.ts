import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@plexus/db';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createSite, daysFromToday } from '@plexus/test-kit';
import { createWarehouse, quality, receivedPurchase } from './factories.ts';

let stack: Stack;
let nonconformanceIds: string[];

beforeAll(async () => {
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  const siteId = (await createSite(stack)).id;
  const warehouse = await createWarehouse(stack, siteId, 'WH-CA');
  nonconformanceIds = [];
  for (const lotNumber of ['CA-1', 'CA-2', 'CA-3']) {
    const received = await receivedPurchase(stack, { siteId, warehouse, quantity: 20, lotNumber });
    const opened = await stack.query(
      `mutation ($input: OpenNonconformanceInput!) { openNonconformance(input: $input) { id } }`,
      { input: { lotId: received.lotId, quantity: 5, source: 'SUPPLIER', supplierId: received.supplier.id, description: 'Seals leak at 2 bar' } },
      quality,
    );
    nonconformanceIds.push(opened.data.openNonconformance.id);
  }
  // Starting every system on a machine shared with other work can take minutes.
}, 600_000);
afterAll(async () => {
  await stack?.stop();
});

const capaFields = 'id number status whys rootCause actions { id owner dueDate status overdue } effectivenessChecks { effective note } nonconformances { id capa { number } } closedAt';

async function run(query: string, variables: Record<string, unknown>, viewer: { role: string } = quality) {
  return stack.query(query, variables, viewer);
}
const open = (ids: string[], viewer?: { role: string }) =>
  run(`mutation ($input: OpenCapaInput!) { openCapa(input: $input) { ${capaFields} } }`, { input: { title: 'Leaking seals', problem: 'Seals from one supplier leak at 2 bar', nonconformanceIds: ids } }, viewer);
const rootCause = (id: string, whys: string[]) => run(`mutation ($id: ID!, $whys: [String!]!) { recordCapaRootCause(id: $id, whys: $whys, rootCause: "Compound changed without notice") { ${capaFields} } }`, { id, whys });
const addAction = (capaId: string, dueDate = daysFromToday(14)) =>
  run(`mutation ($capaId: ID!, $input: CapaActionInput!) { addCapaAction(capaId: $capaId, input: $input) { ${capaFields} } }`, { capaId, input: { description: 'Require change notification in the quality agreement', owner: 'buyer.kim', dueDate } });
const complete = (actionId: string) => run(`mutation ($id: ID!) { completeCapaAction(actionId: $id) { ${capaFields} } }`, { id: actionId });
const check = (id: string, effective: boolean) => run(`mutation ($id: ID!, $effective: Boolean!) { recordCapaEffectivenessCheck(id: $id, effective: $effective, note: "Three deliveries inspected") { ${capaFields} } }`, { id, effective });
const closeCapa = (id: string) => run(`mutation ($id: ID!) { closeCapa(id: $id) { ${capaFields} } }`, { id });

async function counts() {
  const [row] = await stack.database.query<Record<string, number | string>>(
    `SELECT (SELECT count(*)::int FROM qms.capa) AS capas,
            (SELECT string_agg(status, ',' ORDER BY id) FROM qms.capa) AS statuses,
            (SELECT count(*)::int FROM qms.capa_action) AS actions,
            (SELECT count(*)::int FROM qms.capa_action WHERE status = 'DONE') AS done,
            (SELECT count(*)::int FROM qms.nonconformance WHERE capa_id IS NOT NULL) AS linked,
            (SELECT count(*)::int FROM analytics.supply_chain_event) AS events`,
  );
  return row!;
}

async function refused(attempt: () => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>, code: string) {
  const before = await counts();
  const result = await attempt();
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  expect(await counts()).toEqual(before);
}

describe('a CAPA', () => {
  it('goes from root cause through actions and an effectiveness check to closure, back to the analysis when the check fails', async () => {
    const opened = await open(nonconformanceIds.slice(0, 2));
    expect(opened.errors).toBeUndefined();
    const capa = opened.data.openCapa;
    expect(capa).toMatchObject({ status: 'OPEN', whys: [], rootCause: null, actions: [] });
    expect(capa.nonconformances.map((ncr: { id: string }) => ncr.id).sort()).toEqual(nonconformanceIds.slice(0, 2).sort());

    await refused(() => addAction(capa.id), 'CONFLICT');
    await refused(() => closeCapa(capa.id), 'CONFLICT');
    await refused(() => rootCause(capa.id, ['1', '2', '3', '4', '5', '6']), 'BAD_USER_INPUT');
    await refused(() => open([nonconformanceIds[0]!]), 'CONFLICT');

    const analysed = await rootCause(capa.id, ['Seals leak', 'Hardness below spec', 'Supplier changed compound']);
    expect(analysed.data.recordCapaRootCause).toMatchObject({ status: 'ROOT_CAUSE_IDENTIFIED', whys: ['Seals leak', 'Hardness below spec', 'Supplier changed compound'], rootCause: 'Compound changed without notice' });
    await refused(() => rootCause(capa.id, ['again']), 'CONFLICT');
    await refused(() => addAction(capa.id, daysFromToday(-1)), 'BAD_USER_INPUT');

    const first = (await addAction(capa.id)).data.addCapaAction;
    const second = (await addAction(capa.id, daysFromToday(3))).data.addCapaAction;
    expect(second).toMatchObject({ status: 'ACTIONS_IN_PROGRESS', actions: [{ owner: 'buyer.kim', status: 'OPEN', overdue: false }, { dueDate: daysFromToday(3) }] });
    await refused(() => check(capa.id, true), 'CONFLICT');

    expect((await complete(first.actions[0].id)).data.completeCapaAction.status).toBe('ACTIONS_IN_PROGRESS');
    await refused(() => complete(first.actions[0].id), 'CONFLICT');
    expect((await complete(second.actions[1].id)).data.completeCapaAction.status).toBe('AWAITING_EFFECTIVENESS_CHECK');

    const ineffective = await check(capa.id, false);
    expect(ineffective.data.recordCapaEffectivenessCheck).toMatchObject({ status: 'OPEN', effectivenessChecks: [{ effective: false }] });
    await rootCause(capa.id, ['Seals leak', 'Incoming inspection missed it', 'Hardness not in the plan']);
    const third = (await addAction(capa.id)).data.addCapaAction;
    await complete(third.actions[2].id);
    expect((await check(capa.id, true)).data.recordCapaEffectivenessCheck.status).toBe('EFFECTIVE');
    const closed = (await closeCapa(capa.id)).data.closeCapa;
    expect(closed).toMatchObject({ status: 'CLOSED', effectivenessChecks: [{ effective: false }, { effective: true }] });
    expect(closed.closedAt).toBeTruthy();
    await refused(() => closeCapa(capa.id), 'CONFLICT');
  });

  it('refuses unknown nonconformances, other roles and unknown CAPAs', async () => {
    await refused(() => open([newId()]), 'NOT_FOUND');
    await refused(() => open([nonconformanceIds[2]!], { role: 'planner' }), 'FORBIDDEN');
    await refused(() => rootCause(newId(), ['why']), 'NOT_FOUND');
    await refused(() => complete(newId()), 'NOT_FOUND');
    const listed = await stack.query(`{ capas { totalCount } }`, {}, { role: 'supplier' });
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
