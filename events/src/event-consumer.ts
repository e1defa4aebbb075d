import { execute, Migration, type EntityManager, type MigrationClass } from '@plexus/db';
import { peekEventsAfterCheckpoint, readEventsAfter, type StreamPosition } from './event-store.ts';
import type { EventType, SupplyChainEvent } from './catalogue.ts';

/**
 * How one system reacts to another's events: crm moving an order to SHIPPED
 * on `wms.ShipmentShipped`, qms opening an inspection on a receipt. Each
 * consumer sees every event of its types once, in commit order, and applies
 * it in the transaction that moves its checkpoint, so a crash never loses or
 * repeats one. An event whose application fails is set aside with its error
 * (`set_aside_event`) and the consumer moves on: one bad event never stops a
 * system from hearing the rest.
 */
export interface EventConsumer<T extends EventType = EventType> {
  /** Unique within its system; names its checkpoint. */
  name: string;
  types: readonly T[];
  /** Applies one event inside the transaction that records it consumed; the event's time is the effect's "now". */
  apply(em: EntityManager, event: EventOf<T>): Promise<void>;
}

/** One of the events of `T`, discriminated by its type, so `apply` can switch on `event.type`. */
export type EventOf<T extends EventType> = T extends EventType ? SupplyChainEvent<T> : never;

/** Type-checks a consumer's `apply` against the payloads of the types it names. */
export function defineConsumer<T extends EventType>(consumer: EventConsumer<T>): EventConsumer {
  return consumer as unknown as EventConsumer;
}

/**
 * The checkpoint and set-aside tables consumers need, in the consuming
 * system's own schema; the host adds this to every subgraph's migrations.
 */
export function eventConsumerMigration(schema: string): MigrationClass {
  return class EventConsumerCheckpoint extends Migration {
    async up(): Promise<void> {
      this.addSql(`
        CREATE TABLE IF NOT EXISTS "${schema}".event_checkpoint (
          consumer text PRIMARY KEY,
          last_tx xid8 NOT NULL,
          last_event_id uuid NOT NULL,
          events_applied bigint NOT NULL DEFAULT 0,
          updated_at timestamptz NOT NULL
        )`);
      this.addSql(`
        CREATE TABLE IF NOT EXISTS "${schema}".set_aside_event (
          consumer text NOT NULL,
          event_id uuid NOT NULL,
          event_type text NOT NULL,
          error text NOT NULL,
          set_aside_at timestamptz NOT NULL,
          PRIMARY KEY (consumer, event_id)
        )`);
    }
  };
}

const origin: StreamPosition = { tx: '0', eventId: '00000000-0000-0000-0000-000000000000' };

/**
 * The oldest transaction still running anywhere: every event written below it
 * has committed (or vanished with its rollback), so nothing can appear behind
 * a checkpoint that stays below it.
 */
export async function readCommitHorizon(em: EntityManager): Promise<string> {
  const [row] = await execute<{ horizon: string }[]>(em, 'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon');
  return row!.horizon;
}

/**
 * Waits until every transaction that was running when called has ended, and
 * returns the commit horizon then: everything committed before the call is
 * below it. Transaction ids are the server's, not the database's, so on a
 * shared server another database's transaction holds the horizon back too;
 * a reader that did not wait would find nothing new and stop early. Gives up
 * with an error naming the oldest transaction after `timeoutMs`.
 */
export async function awaitCommitHorizon(em: EntityManager, options: { timeoutMs: number }): Promise<string> {
  const read = async () => {
    const [row] = await execute<{ horizon: string; next: string }[]>(
      em,
      'SELECT pg_snapshot_xmin(snapshot)::text AS horizon, pg_snapshot_xmax(snapshot)::text AS next FROM pg_current_snapshot() AS snapshot',
    );
    return { horizon: BigInt(row!.horizon), next: BigInt(row!.next) };
  };
  const { horizon: first, next: committedBefore } = await read();
  const deadline = Date.now() + options.timeoutMs;
  for (let horizon = first; ; horizon = (await read()).horizon) {
    if (horizon >= committedBefore) return horizon.toString();
    if (Date.now() >= deadline) {
      const [oldest] = await execute<{ pid: number; datname: string; state: string; query: string }[]>(
        em,
        `SELECT pid, datname, state, left(query, 200) AS query FROM pg_stat_activity
          WHERE backend_xid IS NOT NULL ORDER BY age(backend_xid) DESC LIMIT 1`,
      );
      const holder = oldest ? `process ${oldest.pid} on ${oldest.datname} (${oldest.state}: ${oldest.query})` : 'a transaction';
      throw new Error(`Transactions that began before ${committedBefore} were still running after ${options.timeoutMs} ms: ${holder}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function readCheckpoint(em: EntityManager, schema: string, consumer: string, lock: boolean): Promise<StreamPosition | null> {
  const rows = await execute<{ last_tx: string; last_event_id: string }[]>(
    em,
    `SELECT last_tx::text AS last_tx, last_event_id FROM "${schema}".event_checkpoint WHERE consumer = ?${lock ? ' FOR UPDATE' : ''}`,
    [consumer],
  );
  return rows[0] ? { tx: rows[0].last_tx, eventId: rows[0].last_event_id } : null;
}

async function advance(em: EntityManager, schema: string, consumer: string, to: StreamPosition, events: number): Promise<void> {
  await execute(
    em,
    `UPDATE "${schema}".event_checkpoint
        SET last_tx = ?::xid8, last_event_id = ?::uuid, events_applied = events_applied + ?, updated_at = now()
      WHERE consumer = ?`,
    [to.tx, to.eventId, events, consumer],
  );
}

/** How many events a consumer takes in one transaction unless told. */
export const consumerBatchSize = 200;

async function setAside(em: EntityManager, schema: string, consumer: string, event: SupplyChainEvent, message: string): Promise<void> {
  console.error(`${schema}: consumer ${consumer} set event ${event.id} (${event.type}) aside: ${message}`);
  await execute(
    em,
    `INSERT INTO "${schema}".set_aside_event (consumer, event_id, event_type, error, set_aside_at)
     VALUES (?, ?, ?, ?, now()) ON CONFLICT (consumer, event_id) DO UPDATE SET error = excluded.error, set_aside_at = excluded.set_aside_at`,
    [consumer, event.id, event.type, message],
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const samePosition = (a: StreamPosition, b: StreamPosition) => a.tx === b.tx && a.eventId === b.eventId;

/**
 * Applies the consumer to at most `batchSize` new events in one transaction
 * and returns how many it consumed (applied or set aside). Several events
 * each get a savepoint, so one that fails is set aside and the rest apply;
 * a lone event (the common case when a drain follows each action) goes
 * without, and if it fails, its transaction is rolled back and a second one
 * sets it aside. Looks without writing first, so an idle consumer takes no
 * transaction id (which would hold every other reader's horizon back).
 */
export async function consumeEvents(
  em: EntityManager,
  schema: string,
  consumer: EventConsumer,
  options: { batchSize?: number } = {},
): Promise<number> {
  const limit = options.batchSize ?? consumerBatchSize;
  const peek = await peekEventsAfterCheckpoint(em, { schema, consumer: consumer.name, types: consumer.types, limit });
  if (peek.events.length === 0) return 0;
  const before = peek.horizon;
  if (!peek.checkpoint) {
    await execute(
      em,
      `INSERT INTO "${schema}".event_checkpoint (consumer, last_tx, last_event_id, updated_at)
       VALUES (?, ?::xid8, ?::uuid, now()) ON CONFLICT (consumer) DO NOTHING`,
      [consumer.name, origin.tx, origin.eventId],
    );
  }
  let failedAlone: { event: SupplyChainEvent; from: StreamPosition; last: StreamPosition; error: unknown } | null = null;
  try {
    return await em.fork().transactional(async (tx) => {
      // The checkpoint's row lock makes instances of one system take turns; the second re-reads past the first's batch.
      const at = (await readCheckpoint(tx, schema, consumer.name, true)) ?? origin;
      const { events, last } = samePosition(at, peek.checkpoint ?? origin) ? peek : await readEventsAfter(tx, { types: consumer.types, after: at, before, limit });
      if (!last) return 0;
      if (events.length === 1) {
        try {
          await consumer.apply(tx, events[0] as EventOf<EventType>);
        } catch (error) {
          failedAlone = { event: events[0]!, from: at, last, error };
          throw error;
        }
      } else {
        for (const event of events) {
          try {
            // A savepoint, so a failed application leaves the batch's transaction usable for setting the event aside.
            await tx.transactional((inner) => consumer.apply(inner, event as EventOf<EventType>));
          } catch (error) {
            await setAside(tx, schema, consumer.name, event, messageOf(error));
          }
        }
      }
      await advance(tx, schema, consumer.name, last, events.length);
      return events.length;
    });
  } catch (error) {
    const failed = failedAlone as { event: SupplyChainEvent; from: StreamPosition; last: StreamPosition; error: unknown } | null;
    if (!failed) throw error;
    await em.fork().transactional(async (tx) => {
      const at = (await readCheckpoint(tx, schema, consumer.name, true)) ?? origin;
      // Another instance got past it meanwhile: nothing of ours to set aside.
      if (!samePosition(at, failed.from)) return;
      await setAside(tx, schema, consumer.name, failed.event, messageOf(failed.error));
      await advance(tx, schema, consumer.name, failed.last, 1);
    });
    return 1;
  }
}

/** Events a system's consumers set aside, newest first: what an operator looks at when a system stopped reacting. */
export async function readSetAsideEvents(
  em: EntityManager,
  schema: string,
): Promise<{ consumer: string; eventId: string; eventType: string; error: string; setAsideAt: Date }[]> {
  const rows = await execute<{ consumer: string; event_id: string; event_type: string; error: string; set_aside_at: Date }[]>(
    em,
    `SELECT consumer, event_id, event_type, error, set_aside_at FROM "${schema}".set_aside_event ORDER BY set_aside_at DESC`,
  );
  return rows.map((row) => ({ consumer: row.consumer, eventId: row.event_id, eventType: row.event_type, error: row.error, setAsideAt: new Date(row.set_aside_at) }));
}
