import type { EntityManager } from '@plexus/db';
import { execute, sqlArray } from '@plexus/db';
import { awaitCommitHorizon, consumeEvents, readCommitHorizon, readEventsAfter, type EventConsumer, type EventType, type StreamPosition, type SupplyChainEvent } from '@plexus/events';
import { projections as registeredProjections } from './projections.ts';

/**
 * A read model analytics derives from the event stream (KPI facts, daily
 * snapshots, rollups). Each projection is an event consumer of analytics'
 * own: its checkpoint is the platform's (`analytics.event_checkpoint`, named
 * after the projection), it sees every event of its types once, in commit
 * order, and applies a batch in the transaction that advances the
 * checkpoint, so a crash never loses or repeats one. An event it cannot
 * apply is set aside with its error (`analytics.set_aside_event`) and the
 * projection moves on; one projection's trouble never holds back another.
 */
export interface EventProjection {
  name: string;
  types: readonly EventType[];
  /** Applies events in commit order; applying an event again that means what an earlier one said (a resent proof of delivery) changes nothing. */
  apply(em: EntityManager, events: SupplyChainEvent[]): Promise<void>;
  /** After catching up: refresh rollups that are cheaper to rebuild than to maintain row by row. */
  refresh?(em: EntityManager): Promise<void>;
}

const schema = 'analytics';
const origin: StreamPosition = { tx: '0', eventId: '00000000-0000-0000-0000-000000000000' };

async function readCheckpoint(em: EntityManager, projection: string, lock: boolean): Promise<StreamPosition> {
  const rows = await execute<{ last_tx: string; last_event_id: string }[]>(
    em,
    `SELECT last_tx::text AS last_tx, last_event_id FROM analytics.event_checkpoint WHERE consumer = ?${lock ? ' FOR UPDATE' : ''}`,
    [projection],
  );
  return rows[0] ? { tx: rows[0].last_tx, eventId: rows[0].last_event_id } : origin;
}

/** The projection as the platform's consumer of one event at a time: what sets a failing event aside. */
const oneByOne = (projection: EventProjection): EventConsumer => ({
  name: projection.name,
  types: projection.types,
  apply: (em, event) => projection.apply(em, [event]),
});

/**
 * Applies at most `batchSize` new events as one batch; returns how many it
 * consumed. Looks without writing first, so an idle projector takes no
 * transaction ids (which would hold every other reader's horizon back).
 * When the batch fails, the same events go through the platform's
 * consumer one by one, which applies the good ones and sets the failing
 * one aside with its error.
 */
async function applyBatch(em: EntityManager, projection: EventProjection, horizon: bigint, batchSize: number): Promise<number> {
  const query = { types: projection.types, before: horizon.toString(), limit: batchSize };
  const peek = await readEventsAfter(em, { ...query, after: await readCheckpoint(em, projection.name, false) });
  if (peek.events.length === 0) return 0;
  try {
    return await em.fork().transactional(async (tx) => {
      await execute(
        tx,
        `INSERT INTO analytics.event_checkpoint (consumer, last_tx, last_event_id, updated_at)
         VALUES (?, ?::xid8, ?::uuid, now()) ON CONFLICT (consumer) DO NOTHING`,
        [projection.name, origin.tx, origin.eventId],
      );
      // The row lock makes concurrent projector processes take turns; the second one re-reads past the first's batch.
      const { events, last } = await readEventsAfter(tx, { ...query, after: await readCheckpoint(tx, projection.name, true) });
      if (!last) return 0;
      await projection.apply(tx, events);
      await execute(
        tx,
        `UPDATE analytics.event_checkpoint
            SET last_tx = ?::xid8, last_event_id = ?::uuid, events_applied = events_applied + ?, updated_at = now()
          WHERE consumer = ?`,
        [last.tx, last.eventId, events.length, projection.name],
      );
      return events.length;
    });
  } catch {
    return consumeEvents(em.fork(), schema, oneByOne(projection), { batchSize: peek.events.length });
  }
}

/**
 * Per database this process opened (its ORM's configuration, shared by every
 * fork), the projections whose rollups are current since it was opened. The
 * first catch-up refreshes every projection, so the days a migration marked
 * stale are rebuilt without waiting for an event; a failed refresh is tried
 * again at the next catch-up. Per database, not per process: a process that
 * opens a second one (a test worker running file after file) refreshes it too.
 */
const refreshedSinceOpen = new WeakMap<object, Set<string>>();

async function catchUpProjection(em: EntityManager, projection: EventProjection, horizon: bigint, batchSize: number): Promise<number> {
  const refreshed = refreshedSinceOpen.get(em.config) ?? new Set<string>();
  refreshedSinceOpen.set(em.config, refreshed);
  let applied = 0;
  for (;;) {
    const count = await applyBatch(em.fork(), projection, horizon, batchSize);
    applied += count;
    if (count < batchSize) break;
  }
  if ((applied > 0 || !refreshed.has(projection.name)) && projection.refresh) {
    refreshed.delete(projection.name);
    await projection.refresh(em.fork());
    refreshed.add(projection.name);
    // Readers of what the projection keeps (the materialized dashboard) see it changed once its rollups are.
    await execute(em, 'UPDATE analytics.event_checkpoint SET updated_at = clock_timestamp() WHERE consumer = ?', [projection.name]);
  }
  return applied;
}

/**
 * Brings every projection up to date with everything that committed before
 * the call: it waits (up to `waitMs`) for transactions that were already
 * running to finish (and fails after it), so a caller reads its own writes. Each projection on
 * its own: one that fails to refresh is reported and the others still
 * catch up. Returns the number of events consumed (applied or set aside).
 */
export async function catchUpProjections(
  em: EntityManager,
  projections: readonly EventProjection[] = registeredProjections,
  options: { batchSize?: number; waitMs?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  const fork = em.fork();
  const waitMs = options.waitMs ?? 120_000;
  const horizon = BigInt(waitMs > 0 ? await awaitCommitHorizon(fork, { timeoutMs: waitMs }) : await readCommitHorizon(fork));
  let applied = 0;
  const failures: unknown[] = [];
  for (const projection of projections) {
    try {
      applied += await catchUpProjection(fork, projection, horizon, batchSize);
    } catch (error) {
      console.error(`analytics projection ${projection.name}:`, error);
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} projection(s) could not catch up`);
  return applied;
}

/** Changes whenever any projection applies events or refreshes its rollups: what was computed from them may be stale. */
export async function projectionVersion(em: EntityManager, projections: readonly EventProjection[] = registeredProjections): Promise<string> {
  const [row] = await execute<{ version: string }[]>(
    em,
    `SELECT coalesce(sum(events_applied), 0)::text || '@' || coalesce(max(updated_at)::text, '') AS version
       FROM analytics.event_checkpoint WHERE consumer = ANY(?::text[])`,
    [sqlArray(projections.map((projection) => projection.name))],
  );
  return row!.version;
}

export interface Projector {
  /** Catches up now (after a run already under way), for tests and benchmarks. */
  catchUp(): Promise<number>;
  stop(): Promise<void>;
}

/** Keeps the projections current by polling; one run at a time, never waiting on other transactions. */
export function startProjector(em: EntityManager, options: { intervalMs: number; projections?: readonly EventProjection[] }): Projector {
  const projections = options.projections ?? registeredProjections;
  let running: Promise<number> = Promise.resolve(0);
  let stopped = false;
  const run = (waitMs: number) => {
    const catchUp = () => catchUpProjections(em, projections, { waitMs });
    running = running.then(catchUp, catchUp);
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) run(0).catch((error: unknown) => console.error('analytics projector:', error));
  }, options.intervalMs);
  timer.unref();
  return {
    catchUp: () => run(120_000),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => 0);
    },
  };
}
