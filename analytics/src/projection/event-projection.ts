import type { EntityManager } from '@plexus/db';
import { readEventsAfter, type EventType, type SupplyChainEvent } from '@plexus/events';
import { projections as registeredProjections } from './projections.ts';

/**
 * A read model analytics derives from the event stream (KPI facts, daily
 * snapshots, rollups). Each projection sees every event of its types once, in
 * commit order, and applies a batch in the same transaction that advances its
 * checkpoint, so a crash never loses or repeats one.
 */
export interface EventProjection {
  name: string;
  types: readonly EventType[];
  apply(em: EntityManager, events: SupplyChainEvent[]): Promise<void>;
  /** After catching up: refresh rollups that are cheaper to rebuild than to maintain row by row. */
  refresh?(em: EntityManager): Promise<void>;
}

const zeroTx = '0';
const zeroId = '00000000-0000-0000-0000-000000000000';

function execute<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T>;
}

/**
 * The oldest transaction id still running: every event written by a lower
 * id has committed (or rolled back and vanished), so nothing can appear
 * below it any more. Read outside any writing transaction, so our own id is
 * not in the way.
 */
async function committedHorizon(em: EntityManager): Promise<string> {
  const rows = await execute<{ horizon: string }[]>(em, 'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon');
  return rows[0]!.horizon;
}

/** Applies at most `batchSize` new events; returns how many it applied. */
async function applyBatch(em: EntityManager, projection: EventProjection, horizon: string, batchSize: number): Promise<number> {
  return em.transactional(async (tx) => {
    await execute(
      tx,
      `INSERT INTO analytics.projection_checkpoint (projection, last_tx, last_event_id, updated_at)
       VALUES (?, ?::xid8, ?::uuid, now()) ON CONFLICT (projection) DO NOTHING`,
      [projection.name, zeroTx, zeroId],
    );
    // The row lock makes concurrent projector processes take turns instead of applying a batch twice.
    const [checkpoint] = await execute<{ last_tx: string; last_event_id: string }[]>(
      tx,
      'SELECT last_tx::text AS last_tx, last_event_id FROM analytics.projection_checkpoint WHERE projection = ? FOR UPDATE',
      [projection.name],
    );
    const { events, last } = await readEventsAfter(tx, {
      types: projection.types,
      after: { tx: checkpoint!.last_tx, eventId: checkpoint!.last_event_id },
      before: horizon,
      limit: batchSize,
    });
    if (events.length > 0) await projection.apply(tx, events);
    // A short batch means everything below the horizon is done: jump the cursor there, so the next
    // run does not rescan the other projections' events it skipped.
    const next = events.length === batchSize ? last! : { tx: horizon, eventId: zeroId };
    if (BigInt(next.tx) < BigInt(checkpoint!.last_tx)) return events.length;
    await execute(
      tx,
      `UPDATE analytics.projection_checkpoint
          SET last_tx = ?::xid8, last_event_id = ?::uuid, events_applied = events_applied + ?, updated_at = now()
        WHERE projection = ?`,
      [next.tx, next.eventId, events.length, projection.name],
    );
    return events.length;
  });
}

/** Brings every projection up to date with what has committed so far; returns the number of events applied. */
export async function catchUpProjections(
  em: EntityManager,
  projections: readonly EventProjection[] = registeredProjections,
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  const fork = em.fork();
  const horizon = await committedHorizon(fork);
  let applied = 0;
  for (const projection of projections) {
    let appliedHere = 0;
    for (;;) {
      const count = await applyBatch(fork.fork(), projection, horizon, batchSize);
      appliedHere += count;
      if (count < batchSize) break;
    }
    if (appliedHere > 0 && projection.refresh) await projection.refresh(fork.fork());
    applied += appliedHere;
  }
  return applied;
}

export interface Projector {
  /** Catches up now (waiting for a run already under way), for tests and benchmarks. */
  catchUp(): Promise<number>;
  stop(): Promise<void>;
}

/** Keeps the projections current by polling; one run at a time. */
export function startProjector(em: EntityManager, options: { intervalMs: number; projections?: readonly EventProjection[] }): Projector {
  const projections = options.projections ?? registeredProjections;
  let running: Promise<number> = Promise.resolve(0);
  let stopped = false;
  const run = () => {
    running = running.then(
      () => catchUpProjections(em, projections),
      () => catchUpProjections(em, projections),
    );
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) run().catch((error: unknown) => console.error('analytics projector:', error));
  }, options.intervalMs);
  timer.unref();
  return {
    catchUp: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => 0);
    },
  };
}
