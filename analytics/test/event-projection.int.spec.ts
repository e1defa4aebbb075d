import { execute, newId, openTestDatabase, type Database, type SubgraphOrm } from '@plexus/db';
import { awaitCommitHorizon, consumeEvents, defineConsumer, readEventsAfter, readSetAsideEvents, recordEvents, type SupplyChainEvent, type SupplyChainEventInput } from '@plexus/events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { catchUpProjections, type EventProjection } from '../src/projection/event-projection.ts';
import { createAnalyticsContext } from '../src/context.ts';
import { projectionHealth, retrySetAsideEvent } from '../src/projection/projection-health.service.ts';
import { openAnalytics } from '../src/subgraph.ts';

let database: Database;
let orm: SubgraphOrm;
beforeAll(async () => {
  database = await openTestDatabase();
  orm = await openAnalytics(database);
});
afterAll(async () => {
  await orm?.close();
  await database?.close();
});

/** A projection that remembers what it was given, batch by batch. */
function recordingProjection(name: string): EventProjection & { seen: string[]; refreshes: number } {
  const projection = {
    name,
    types: ['crm.CustomerCreated'] as const,
    seen: [] as string[],
    refreshes: 0,
    async apply(_em: unknown, events: SupplyChainEvent[]) {
      projection.seen.push(...events.map((event) => (event.payload as { code: string }).code));
    },
    async refresh() {
      projection.refreshes += 1;
    },
  };
  return projection;
}

const customerCreated = (code: string, time?: Date): SupplyChainEventInput => ({
  type: 'crm.CustomerCreated',
  subjectType: 'Customer',
  subjectId: newId(),
  payload: { code, name: code },
  ...(time ? { time } : {}),
});

async function write(events: SupplyChainEventInput[]) {
  await orm.em.fork().transactional((tx) => recordEvents(tx, events, { now: new Date() }));
}

describe('event projections', () => {
  it('apply every event of their types once, in commit order, across catch-ups and small batches', async () => {
    const projection = recordingProjection('exactly-once');
    await write([customerCreated('C1'), customerCreated('C2')]);
    await write([
      {
        type: 'erp.SiteCreated',
        subjectType: 'Site',
        subjectId: newId(),
        payload: { code: 'S1', name: 'Site' },
      },
    ]);
    // Back-dated: event time says 2020, but it committed last and must still be seen.
    await write([customerCreated('C3', new Date('2020-01-01T00:00:00Z'))]);
    expect(await catchUpProjections(orm.em, [projection], { batchSize: 2 })).toBe(3);
    expect(projection.seen.sort()).toEqual(['C1', 'C2', 'C3']);
    expect(await catchUpProjections(orm.em, [projection])).toBe(0);
    await write([customerCreated('C4')]);
    expect(await catchUpProjections(orm.em, [projection])).toBe(1);
    expect(projection.seen.sort()).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(projection.refreshes).toBe(2);
  });

  it('read the stream in transaction-id order as numbers, across a change in the number of digits', async () => {
    const ids = [newId(), newId(), newId()];
    for (const [index, tx] of ['9', '10', '11'].entries()) {
      await database.query(
        `INSERT INTO analytics.supply_chain_event (id, time, type, system, subject_type, subject_id, payload, recorded_tx)
         VALUES ($1, now(), 'erp.SiteCreated', 'erp', 'Site', $1, '{"code":"D${tx}","name":"digits"}', $2::xid8)`,
        [ids[index], tx],
      );
    }
    const read = (after: { tx: string; eventId: string }) =>
      readEventsAfter(orm.em.fork(), { types: ['erp.SiteCreated'], after, before: '12', limit: 2 });
    const first = await read({ tx: '0', eventId: '00000000-0000-0000-0000-000000000000' });
    expect(first.events.map((event) => event.id)).toEqual([ids[0], ids[1]]);
    const second = await read(first.last!);
    expect(second.events.map((event) => event.id)).toEqual([ids[2]]);
  });

  it('as a system consumer, apply a batch in one transaction and leave nothing of an event set aside', async () => {
    await execute(orm.em.fork(), 'CREATE TABLE analytics.consumer_probe (code text NOT NULL)');
    const probe = defineConsumer({
      name: 'probe',
      types: ['crm.CustomerCreated'],
      async apply(em, event) {
        await execute(em, 'INSERT INTO analytics.consumer_probe (code) VALUES (?)', [event.payload.code]);
        if (event.payload.code === 'HALF') throw new Error('failed after writing');
      },
    });
    // Start past what earlier specs wrote.
    await consumeEvents(orm.em.fork(), 'analytics', probe, { batchSize: 10_000 });
    await execute(orm.em.fork(), 'DELETE FROM analytics.consumer_probe');
    // Transaction ids are the server's: another database's transaction running meanwhile would hold the horizon below these events.
    const settled = () => awaitCommitHorizon(orm.em.fork(), { timeoutMs: 60_000 });
    await write([customerCreated('FIRST'), customerCreated('HALF'), customerCreated('LAST')]);
    await settled();
    expect(await consumeEvents(orm.em.fork(), 'analytics', probe)).toBe(3);
    const rows = await execute<{ code: string }[]>(orm.em.fork(), 'SELECT code FROM analytics.consumer_probe ORDER BY code');
    expect(rows.map((row) => row.code)).toEqual(['FIRST', 'LAST']);
    const aside = (await readSetAsideEvents(orm.em.fork(), 'analytics')).filter((event) => event.consumer === 'probe');
    expect(aside).toMatchObject([{ eventType: 'crm.CustomerCreated', error: 'failed after writing' }]);
    expect(await consumeEvents(orm.em.fork(), 'analytics', probe)).toBe(0);

    // A lone event goes without a savepoint: its failure rolls its transaction back and a second one sets it aside.
    await write([customerCreated('HALF')]);
    await settled();
    expect(await consumeEvents(orm.em.fork(), 'analytics', probe)).toBe(1);
    expect((await execute<{ n: number }[]>(orm.em.fork(), 'SELECT count(*)::int AS n FROM analytics.consumer_probe'))[0]!.n).toBe(2);
    expect((await readSetAsideEvents(orm.em.fork(), 'analytics')).filter((event) => event.consumer === 'probe')).toHaveLength(2);
    expect(await consumeEvents(orm.em.fork(), 'analytics', probe)).toBe(0);
  });

  it('set an event they cannot apply aside with its error, apply the rest of its batch, and apply it when an administrator retries', async () => {
    const failing = recordingProjection('failing');
    let broken = true;
    const flaky: EventProjection = {
      ...failing,
      async apply(em, events) {
        if (broken && events.some((event) => (event.payload as { code: string }).code === 'BAD')) throw new Error('cannot apply BAD');
        await failing.apply(em, events);
      },
    };
    const steady = recordingProjection('steady');
    await catchUpProjections(orm.em, [flaky, steady]);
    failing.seen.length = 0;
    steady.seen.length = 0;
    await write([customerCreated('GOOD1'), customerCreated('BAD'), customerCreated('GOOD2')]);
    expect(await catchUpProjections(orm.em, [flaky, steady])).toBe(6);
    expect(failing.seen).toEqual(['GOOD1', 'GOOD2']);
    expect(steady.seen).toEqual(['GOOD1', 'BAD', 'GOOD2']);
    const admin = createAnalyticsContext(orm.em, { role: 'admin', userId: null, supplierId: null });
    const [health] = await projectionHealth(admin, [flaky]);
    expect(health).toMatchObject({ name: 'failing', lag: 0, setAsideEvents: [{ type: 'crm.CustomerCreated', error: 'cannot apply BAD' }] });
    const eventId = health!.setAsideEvents[0]!.eventId;

    // Nothing moves on a second catch-up: the event stays aside, the checkpoint past it.
    expect(await catchUpProjections(orm.em, [flaky])).toBe(0);
    const again = await retrySetAsideEvent(admin, { projection: 'failing', eventId }, [flaky]);
    expect(again).toMatchObject({ applied: false, error: 'cannot apply BAD', projection: { setAsideEvents: [{ eventId }] } });
    broken = false;
    const retried = await retrySetAsideEvent(admin, { projection: 'failing', eventId }, [flaky]);
    expect(retried).toMatchObject({ applied: true, error: null, projection: { setAsideEvents: [] } });
    expect(failing.seen).toEqual(['GOOD1', 'GOOD2', 'BAD']);
    await expect(retrySetAsideEvent(admin, { projection: 'failing', eventId }, [flaky])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const planner = createAnalyticsContext(orm.em, { role: 'planner', userId: null, supplierId: null });
    await expect(retrySetAsideEvent(planner, { projection: 'failing', eventId }, [flaky])).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(projectionHealth(planner, [flaky])).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it.runIf(process.env.TEST_DATABASE_URL)('never skips an event whose transaction commits after a later one was applied', async () => {
    const projection = recordingProjection('in-flight');
    await catchUpProjections(orm.em, [projection]);
    projection.seen.length = 0;
    const url = (database as { url: string }).url;
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(
        `INSERT INTO analytics.supply_chain_event (id, time, type, system, subject_type, subject_id, payload)
         VALUES ($1, now(), 'crm.CustomerCreated', 'crm', 'Customer', $2, '{"code":"SLOW","name":"SLOW"}')`,
        [newId(), newId()],
      );
      await write([customerCreated('FAST')]);
      await catchUpProjections(orm.em, [projection], { waitMs: 0 });
      // FAST committed, but its transaction started after SLOW's, which is still open: the horizon holds at SLOW.
      expect(projection.seen).toEqual([]);
      await slow.query('COMMIT');
      await catchUpProjections(orm.em, [projection]);
      expect(projection.seen.sort()).toEqual(['FAST', 'SLOW']);
    } finally {
      await slow.end();
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)('wait for transactions already running, so a caller reads its own writes', async () => {
    const projection = recordingProjection('read-your-writes');
    await catchUpProjections(orm.em, [projection]);
    projection.seen.length = 0;
    const other = new pg.Client({ connectionString: (database as { url: string }).url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query("SELECT pg_current_xact_id()");
      await write([customerCreated('MINE')]);
      // Another client's transaction, begun before my write, holds the horizon below it until it ends: it commits only
      // once the catch-up is seen polling the horizon (statements sent beyond its two first snapshot reads).
      const before = database.statements.count;
      const catchingUp = catchUpProjections(orm.em, [projection], { waitMs: 30_000 });
      await vi.waitFor(() => expect(database.statements.count - before).toBeGreaterThan(2), { timeout: 30_000, interval: 5 });
      expect(projection.seen).toEqual([]);
      await other.query('COMMIT');
      await catchingUp;
      expect(projection.seen).toEqual(['MINE']);
    } finally {
      await other.end();
    }
  });
});
