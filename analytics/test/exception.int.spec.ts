import { newId } from '@plexus/db';
import { recordEvents, type SupplyChainEventInput } from '@plexus/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { createItem, createSite } from '@plexus/test-kit';
import { openAnalytics } from '../src/subgraph.ts';

/**
 * The exception inbox through the router: a machine going down in mes
 * raises MACHINE_DOWN in analytics, people work it by role, bad input
 * writes nothing, the rules are configurable, and the live stream the
 * router relays delivers the change to a signed-in viewer only.
 */

let stack: Stack;
let analytics: Awaited<ReturnType<typeof openAnalytics>>;
let siteId: string;
let sequence = 0;

beforeAll(async () => {
  // Nothing polls: each raise below comes from a drain, or from the watch being woken by the event itself (which the
  // stack keeps on here, though it paces polling: the live stream is what this spec measures).
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000, reactToWrites: true });
  analytics = await openAnalytics(stack.database);
  siteId = (await createSite(stack)).id;
});
afterAll(async () => {
  await analytics?.close();
  await stack?.stop();
});

const fields = 'id kind severity status subjectKind subjectId subjectLabel siteId summary ownerId ownerRole acknowledgedBy resolvedBy resolutionNote actionable';

async function registerMachine(): Promise<string> {
  sequence += 1;
  const center = await stack.query<{ createWorkCenter: { id: string } }>(
    'mutation ($input: CreateWorkCenterInput!) { createWorkCenter(input: $input) { id } }',
    { input: { code: `EXC-WC-${Date.now().toString(36)}-${sequence}`.toUpperCase(), name: 'Exceptions cell', siteId } },
  );
  const machine = await stack.query<{ registerMachine: { id: string } }>(
    'mutation ($input: RegisterMachineInput!) { registerMachine(input: $input) { id } }',
    { input: { code: `EXC-M-${Date.now().toString(36)}-${sequence}`.toUpperCase(), name: 'Press', workCenterId: center.data!.createWorkCenter.id, idealCycleSeconds: 30 } },
  );
  if (!machine.data) throw new Error(JSON.stringify(machine.errors));
  return machine.data.registerMachine.id;
}

async function setState(machineId: string, state: string, reason: string | null = null) {
  const result = await stack.query('mutation ($input: ChangeMachineStateInput!) { changeMachineState(input: $input) { id state } }', { input: { machineIds: [machineId], state, reason } }, { role: 'operator' });
  expect(result.errors).toBeUndefined();
}

async function exceptionsOf(subjectId: string, status?: string[]) {
  const result = await stack.query(`query ($filter: ExceptionFilter) { exceptions(filter: $filter, first: 200) { totalCount items { ${fields} } } }`, {
    filter: { kind: ['MACHINE_DOWN'], ...(status ? { status } : {}) },
  });
  expect(result.errors).toBeUndefined();
  return (result.data.exceptions.items as { subjectId: string }[]).filter((item) => item.subjectId === subjectId) as Record<string, unknown>[];
}

const countRows = async () => Number((await stack.database.query<{ count: string }>('SELECT count(*)::text AS count FROM analytics.supply_chain_exception'))[0]!.count);

describe('exceptions raised from events', () => {
  it('raises MACHINE_DOWN when a machine goes down, once however often it is reported, and resolves it when the machine is back', async () => {
    const machineId = await registerMachine();
    await setState(machineId, 'DOWN', 'MECHANICAL_FAILURE');
    await stack.drainConsumers();
    const [raised] = await exceptionsOf(machineId);
    expect(raised).toMatchObject({ kind: 'MACHINE_DOWN', severity: 'LOW', status: 'OPEN', subjectKind: 'MACHINE', siteId, ownerRole: 'operator', summary: 'Machine down: MECHANICAL_FAILURE' });
    expect(raised!.subjectLabel).toMatch(/^EXC-M-.+ Press$/);

    await setState(machineId, 'DOWN', 'ELECTRICAL_FAILURE');
    await stack.drainConsumers();
    const again = await exceptionsOf(machineId);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: raised!.id, summary: 'Machine down: ELECTRICAL_FAILURE' });

    await setState(machineId, 'IDLE');
    await stack.drainConsumers();
    expect(await exceptionsOf(machineId)).toEqual([expect.objectContaining({ id: raised!.id, status: 'RESOLVED', resolvedBy: null, resolutionNote: 'Machine back idle' })]);
  });
});

describe('holds and stock-outs', () => {
  // wms and qms events as those systems write them, recorded straight into the stream: what analytics hears.
  const record = async (events: SupplyChainEventInput[]) => {
    await analytics.em.fork().transactional((em) => recordEvents(em, events, { now: new Date() }));
    await stack.drainConsumers();
  };
  const ofSubject = async (kind: string, subjectId: string) => {
    const result = await stack.query(`query ($filter: ExceptionFilter) { exceptions(filter: $filter, first: 200) { items { ${fields} moneyAtRisk currency } } }`, { filter: { kind: [kind] } });
    return (result.data.exceptions.items as { subjectId: string }[]).filter((item) => item.subjectId === subjectId) as Record<string, unknown>[];
  };

  it('raises QUALITY_HOLD on a lot put on hold, valued at standard cost of the suspect quantity, and resolves it on release', async () => {
    const item = await createItem(stack, { standardCost: 100 });
    const [lotId, warehouseId, nonconformanceId] = [newId(), newId(), newId()];
    const hold = (onHold: boolean): SupplyChainEventInput => ({
      type: 'wms.LotHoldChanged',
      subjectType: 'Lot',
      subjectId: lotId,
      itemId: item.id,
      siteId,
      payload: { lotId, lotNumber: 'L-EXC-1', itemId: item.id, warehouseId, onHold, reason: onHold ? 'NC-EXC-1' : 'use as is', nonconformanceId },
    });
    await record([
      {
        type: 'qms.NonconformanceOpened',
        subjectType: 'Nonconformance',
        subjectId: nonconformanceId,
        itemId: item.id,
        siteId,
        payload: { number: 'NC-EXC-1', lotId, itemId: item.id, quantity: 7, source: 'INTERNAL', supplierId: null, purchaseOrderLineId: null, warehouseId },
      },
      hold(true),
    ]);
    expect(await ofSubject('QUALITY_HOLD', lotId)).toEqual([
      expect.objectContaining({ status: 'OPEN', subjectKind: 'LOT', subjectLabel: `Lot L-EXC-1 · ${item.sku}`, moneyAtRisk: 700, currency: 'EUR', severity: 'LOW', ownerRole: 'quality' }),
    ]);
    await record([hold(false)]);
    expect(await ofSubject('QUALITY_HOLD', lotId)).toEqual([expect.objectContaining({ status: 'RESOLVED', resolutionNote: 'Lot released: use as is' })]);
  });

  it('raises STOCK_OUT for an item a count no longer finds, and resolves it when goods are received', async () => {
    const item = await createItem(stack, { standardCost: 20 });
    const warehouseId = newId();
    const count = (day: string, balances: { itemId: string; quantity: number; standardCost: number }[]): SupplyChainEventInput => ({
      type: 'wms.InventorySnapshotTaken',
      subjectType: 'Warehouse',
      subjectId: warehouseId,
      siteId,
      time: new Date(`${day}T23:59:00Z`),
      payload: { day, warehouseId, balances },
    });
    await record([count('2026-03-01', [{ itemId: item.id, quantity: 5, standardCost: 20 }])]);
    await record([count('2026-03-02', [])]);
    expect(await ofSubject('STOCK_OUT', item.id)).toEqual([expect.objectContaining({ status: 'OPEN', subjectKind: 'ITEM', siteId, moneyAtRisk: 0 })]);
    await record([
      {
        type: 'wms.GoodsReceived',
        subjectType: 'Receipt',
        subjectId: newId(),
        siteId,
        payload: { number: 'GR-EXC-1', warehouseId, lines: [{ itemId: item.id, lotId: newId(), lotNumber: 'L-EXC-2', locationId: newId(), quantity: 10 }] },
      },
    ]);
    expect(await ofSubject('STOCK_OUT', item.id)).toEqual([expect.objectContaining({ status: 'RESOLVED', resolutionNote: 'Goods received' })]);
  });
});

describe('working an exception', () => {
  let machineId: string;
  let id: string;
  const act = (mutation: string, variables: Record<string, unknown>, role?: string) => stack.query(mutation, variables, role ? { role } : {});
  const acknowledge = 'mutation ($id: ID!) { acknowledgeException(id: $id) { status acknowledgedBy } }';
  const assign = 'mutation ($id: ID!, $ownerId: String!) { assignException(id: $id, ownerId: $ownerId) { ownerId } }';
  const resolve = 'mutation ($id: ID!, $note: String) { resolveException(id: $id, note: $note) { status resolvedBy resolutionNote } }';

  beforeAll(async () => {
    machineId = await registerMachine();
    await setState(machineId, 'DOWN', 'TOOL_BREAKAGE');
    await stack.drainConsumers();
    id = (await exceptionsOf(machineId))[0]!.id as string;
  });

  it('is offered to the roles of its kind only, and refused to the others with FORBIDDEN', async () => {
    expect((await stack.query(`query ($id: ID!) { exception(id: $id) { actionable } }`, { id }, { role: 'operator' })).data.exception.actionable).toBe(true);
    expect((await stack.query(`query ($id: ID!) { exception(id: $id) { actionable } }`, { id }, { role: 'quality' })).data.exception.actionable).toBe(false);
    const refused = await act(acknowledge, { id }, 'quality');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reader = await act(acknowledge, { id }, 'executive');
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const supplier = await stack.query(`{ exceptions { totalCount } }`, {}, { role: 'supplier' });
    expect(supplier.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers bad input with a code and writes nothing', async () => {
    const before = await countRows();
    const revision = async () => (await stack.database.query<{ revision: string }>('SELECT max(revision)::text AS revision FROM analytics.supply_chain_exception'))[0]!.revision;
    const revisionBefore = await revision();
    const cases: [string, Record<string, unknown>, string][] = [
      [acknowledge, { id: 'not-an-id' }, 'BAD_USER_INPUT'],
      [acknowledge, { id: '00000000-0000-7000-8000-000000000000' }, 'NOT_FOUND'],
      [assign, { id, ownerId: '<b>me</b>' }, 'BAD_USER_INPUT'],
      [resolve, { id, note: 'x'.repeat(1001) }, 'BAD_USER_INPUT'],
    ];
    for (const [mutation, variables, code] of cases) {
      const result = await act(mutation, variables, 'operator');
      expect({ variables: Object.keys(variables), code: result.errors?.[0]?.extensions?.code }).toEqual({ variables: Object.keys(variables), code });
    }
    const page = await stack.query(`{ exceptions(first: 500) { totalCount } }`);
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countRows()).toBe(before);
    expect(await revision()).toBe(revisionBefore);
  });

  it('goes OPEN → ACKNOWLEDGED → RESOLVED with who, refusing a second acknowledgement with CONFLICT', async () => {
    expect((await act(acknowledge, { id }, 'operator')).data.acknowledgeException).toEqual({ status: 'ACKNOWLEDGED', acknowledgedBy: 'stack-operator' });
    expect((await act(acknowledge, { id }, 'operator')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await act(assign, { id, ownerId: 'demo-operator' }, 'planner')).data.assignException).toEqual({ ownerId: 'demo-operator' });
    expect((await act(resolve, { id, note: '  Spindle replaced ' }, 'operator')).data.resolveException).toEqual({
      status: 'RESOLVED',
      resolvedBy: 'stack-operator',
      resolutionNote: 'Spindle replaced',
    });
    expect((await act(resolve, { id }, 'operator')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await act(assign, { id, ownerId: 'demo-planner' }, 'operator')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('raises a new exception when the machine goes down again after one was resolved', async () => {
    await setState(machineId, 'IDLE');
    await setState(machineId, 'DOWN', 'TOOL_BREAKAGE');
    await stack.drainConsumers();
    const all = await exceptionsOf(machineId);
    expect(all.map((exception) => exception.status).sort()).toEqual(['OPEN', 'RESOLVED']);
  });
});

describe('the rules', () => {
  const setRule = 'mutation ($input: ExceptionRuleInput!) { setExceptionRule(input: $input) { kind enabled unit raiseAt mediumAt highAt criticalAt ownerRole updatedBy } }';
  const input = { kind: 'MACHINE_DOWN', enabled: true, raiseAt: 0, mediumAt: 0, highAt: 30, criticalAt: 120, ownerRole: 'planner' };

  it('lists every kind with its defaults and lets a planner change one, which new exceptions follow', async () => {
    const rules = await stack.query('{ exceptionRules { kind unit ownerRole actorRoles updatedBy } }');
    expect(rules.data.exceptionRules.map((rule: { kind: string }) => rule.kind)).toEqual(['ORDER_LATE', 'ORDER_AT_RISK', 'PURCHASE_ORDER_LATE', 'MACHINE_DOWN', 'QUALITY_HOLD', 'STOCK_OUT']);
    const changed = await stack.query(setRule, { input }, { role: 'planner' });
    expect(changed.data.setExceptionRule).toEqual({ ...input, unit: 'MINUTES', updatedBy: 'stack-planner' });
    const machineId = await registerMachine();
    await setState(machineId, 'DOWN', 'MECHANICAL_FAILURE');
    await stack.drainConsumers();
    expect((await exceptionsOf(machineId))[0]).toMatchObject({ severity: 'MEDIUM', ownerRole: 'planner' });
  });

  it('refuses rules from other roles and thresholds that do not rise, changing nothing', async () => {
    const before = await stack.database.query('SELECT * FROM analytics.exception_rule ORDER BY kind');
    expect((await stack.query(setRule, { input }, { role: 'operator' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(setRule, { input: { ...input, highAt: 500 } }, { role: 'planner' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'highAt' });
    expect((await stack.query(setRule, { input: { ...input, ownerRole: 'quality' } }, { role: 'planner' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerRole' });
    expect(await stack.database.query('SELECT * FROM analytics.exception_rule ORDER BY kind')).toEqual(before);
  });
});

describe('the inbox list', () => {
  it('reads a page with its totals in the same statements however many exceptions it holds', async () => {
    const list = `{ exceptions(filter: { status: [OPEN, ACKNOWLEDGED, RESOLVED] }, first: 200) { totalCount bySeverity { severity count } items { ${fields} raisedAt moneyAtRisk currency } } }`;
    const fewest = async () => {
      let statements = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3; attempt += 1) statements = Math.min(statements, (await stack.database.statements.measure(() => stack.query(list), 'analytics')).statements);
      return statements;
    };
    const few = await fewest();
    for (let index = 0; index < 3; index += 1) await setState(await registerMachine(), 'DOWN', 'MECHANICAL_FAILURE');
    await stack.drainConsumers();
    const page = await stack.query(list);
    expect(page.data.exceptions.items.length).toBeGreaterThanOrEqual(6);
    expect(page.data.exceptions.totalCount).toBe(page.data.exceptions.bySeverity.reduce((sum: number, row: { count: number }) => sum + row.count, 0));
    expect(await fewest()).toBe(few);
    expect(few).toBe(2);
  });
});

describe('the live stream through the router', () => {
  const streamUrl = () => new URL('/streams/analytics/exceptions', stack.routerUrl).toString();

  it('refuses a caller without a token, and a supplier', async () => {
    expect((await fetch(streamUrl())).status).toBe(401);
    const supplier = await fetch(streamUrl(), { headers: { authorization: `Bearer ${await stack.tokenFor({ role: 'supplier' })}` } });
    expect(supplier.status).toBe(403);
  });

  it('delivers an exception raised by an event to an open stream without any poll or drain', async () => {
    const machineId = await registerMachine();
    const abort = new AbortController();
    const response = await fetch(streamUrl(), { headers: { authorization: `Bearer ${await stack.tokenFor({ role: 'executive' })}` }, signal: abort.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const until = async (pattern: RegExp) => {
      const deadline = setTimeout(() => void reader.cancel(`nothing matched ${pattern} in 10 s`), 10_000);
      try {
        while (!pattern.test(text)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`the stream ended before ${pattern}: ${text}`);
          text += value;
        }
      } finally {
        clearTimeout(deadline);
      }
    };
    try {
      await until(/event: ready/);
      const started = performance.now();
      await setState(machineId, 'DOWN', 'ELECTRICAL_FAILURE');
      await until(new RegExp(`event: exception\\ndata: \\{[^\\n]*"subjectId":"${machineId}"`));
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      abort.abort();
    }
  });
});
