import { newId, sqlArray, type EntityManager, execute } from '@plexus/db';
import { systemOf, type EventType, type SupplyChainEvent, type SupplyChainEventInput } from './catalogue.ts';

/**
 * Reads and writes `analytics.supply_chain_event` through the caller's
 * EntityManager, so an event is written in the same transaction as the state
 * change it reports, or not at all.
 */

const columns =
  'id, time, type, system, subject_type, subject_id, order_id, item_id, site_id, supplier_id, customer_id, quantity, payload, idempotency_key';

interface EventRow {
  id: string;
  time: Date | string;
  type: string;
  system: string;
  subject_type: string;
  subject_id: string;
  order_id: string | null;
  item_id: string | null;
  site_id: string | null;
  supplier_id: string | null;
  customer_id: string | null;
  quantity: number | string | null;
  payload: unknown;
  idempotency_key: string | null;
}

type RecordedListener = (types: ReadonlySet<EventType>) => void;
const recordedListeners = new Set<RecordedListener>();

/**
 * Hears, in this process, the types of events written (whether or not their
 * transaction commits): a hint for a driver such as the demo simulation,
 * which then wakes only the consumers of those types instead of asking every
 * consumer whether anything is new. Returns the unsubscribe.
 */
export function onEventsRecorded(listener: RecordedListener): () => void {
  recordedListeners.add(listener);
  return () => recordedListeners.delete(listener);
}

export async function recordEvents(
  em: EntityManager,
  events: SupplyChainEventInput[],
  options: { now: Date; idempotencyKey?: string | null | undefined },
): Promise<void> {
  if (events.length === 0) return;
  const params: unknown[] = [];
  const rows = events.map((event) => {
    const values = [
      newId(),
      event.time ?? options.now,
      event.type,
      systemOf(event.type),
      event.subjectType,
      event.subjectId,
      event.orderId ?? null,
      event.itemId ?? null,
      event.siteId ?? null,
      event.supplierId ?? null,
      event.customerId ?? null,
      event.quantity ?? null,
      JSON.stringify(event.payload),
      options.idempotencyKey ?? null,
    ];
    const placeholders = values.map((value) => {
      params.push(value);
      return '?';
    });
    return `(${placeholders.join(', ')})`;
  });
  await execute(em, `INSERT INTO analytics.supply_chain_event (${columns}) VALUES ${rows.join(', ')}`, params);
  if (recordedListeners.size > 0) {
    const types = new Set(events.map((event) => event.type));
    for (const listener of recordedListeners) listener(types);
  }
}

function toEvent(row: EventRow): SupplyChainEvent {
  return {
    id: row.id,
    time: new Date(row.time),
    type: row.type as EventType,
    system: row.system,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    orderId: row.order_id,
    itemId: row.item_id,
    siteId: row.site_id,
    supplierId: row.supplier_id,
    customerId: row.customer_id,
    quantity: row.quantity === null ? null : Number(row.quantity),
    payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as never,
    idempotencyKey: row.idempotency_key,
  };
}

/** Every event about any of the orders, grouped by order id, each group oldest first. */
export async function readOrderEvents(em: EntityManager, orderIds: readonly string[]): Promise<Map<string, SupplyChainEvent[]>> {
  const rows = await execute<EventRow[]>(
    em,
    `SELECT ${columns} FROM analytics.supply_chain_event WHERE order_id = ANY(?::uuid[]) ORDER BY time, id`,
    [sqlArray(orderIds)],
  );
  const byOrder = new Map<string, SupplyChainEvent[]>(orderIds.map((id) => [id, []]));
  for (const row of rows) byOrder.get(row.order_id as string)?.push(toEvent(row));
  return byOrder;
}

export async function readRecentEvents(
  em: EntityManager,
  filter: { types?: readonly string[] | null; limit: number },
): Promise<SupplyChainEvent[]> {
  const rows = await execute<EventRow[]>(
    em,
    `SELECT ${columns} FROM analytics.supply_chain_event
     WHERE (?::text[] IS NULL OR type = ANY(?::text[])) ORDER BY time DESC, id DESC LIMIT ?`,
    [...Array(2).fill(filter.types?.length ? sqlArray(filter.types) : null), filter.limit],
  );
  return rows.map(toEvent);
}

export interface StreamPosition {
  /** The writing transaction's id (xid8, as text). */
  tx: string;
  eventId: string;
}

/**
 * Events of `types` written after `after` by transactions below `before`,
 * in commit order (transaction id, then event id). With `before` at the
 * oldest running transaction, no event can later appear behind the returned
 * position, which is what lets projections keep a simple cursor.
 */
export async function readEventsAfter(
  em: EntityManager,
  query: { types: readonly EventType[]; after: StreamPosition; before: string; limit: number },
): Promise<{ events: SupplyChainEvent[]; last: StreamPosition | null }> {
  // The id's text goes by another name: ORDER BY would otherwise sort by the text ('999' after '1000').
  const rows = await execute<(EventRow & { recorded_tx_text: string })[]>(
    em,
    `SELECT ${columns}, recorded_tx::text AS recorded_tx_text FROM analytics.supply_chain_event
      WHERE (recorded_tx, id) > (?::xid8, ?::uuid) AND recorded_tx < ?::xid8 AND type = ANY(?::text[])
      ORDER BY recorded_tx, id
      LIMIT ?`,
    [query.after.tx, query.after.eventId, query.before, sqlArray(query.types), query.limit],
  );
  const tail = rows.at(-1);
  return { events: rows.map(toEvent), last: tail ? { tx: tail.recorded_tx_text, eventId: tail.id } : null };
}

/**
 * A consumer's look at what is new for it, in one statement: the commit
 * horizon now, its checkpoint (null before its first event) and up to
 * `limit` events of `types` after the checkpoint and below the horizon, as
 * `readEventsAfter` gives them.
 */
export async function peekEventsAfterCheckpoint(
  em: EntityManager,
  query: { schema: string; consumer: string; types: readonly EventType[]; limit: number },
): Promise<{ horizon: string; checkpoint: StreamPosition | null; events: SupplyChainEvent[]; last: StreamPosition | null }> {
  const rows = await execute<(Partial<EventRow> & { horizon: string; checkpoint_tx: string | null; checkpoint_event_id: string | null; recorded_tx_text: string | null })[]>(
    em,
    `WITH position AS (
       SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon, checkpoint.last_tx, checkpoint.last_event_id
         FROM (SELECT 1) AS one LEFT JOIN "${query.schema}".event_checkpoint AS checkpoint ON checkpoint.consumer = ?
     )
     SELECT position.horizon::text AS horizon, position.last_tx::text AS checkpoint_tx, position.last_event_id AS checkpoint_event_id, event.*
       FROM position LEFT JOIN LATERAL (
         SELECT ${columns}, recorded_tx::text AS recorded_tx_text FROM analytics.supply_chain_event
          WHERE (recorded_tx, id) > (coalesce(position.last_tx, '0'::xid8), coalesce(position.last_event_id, '00000000-0000-0000-0000-000000000000'::uuid))
            AND recorded_tx < position.horizon AND type = ANY(?::text[])
          ORDER BY recorded_tx, id
          LIMIT ?
       ) AS event ON true`,
    [query.consumer, sqlArray(query.types), query.limit],
  );
  const head = rows[0]!;
  const events = rows.filter((row) => row.id).map((row) => toEvent(row as EventRow));
  const tail = rows.at(-1);
  return {
    horizon: head.horizon,
    checkpoint: head.checkpoint_tx ? { tx: head.checkpoint_tx, eventId: head.checkpoint_event_id! } : null,
    events,
    last: events.length && tail?.recorded_tx_text ? { tx: tail.recorded_tx_text, eventId: tail.id! } : null,
  };
}

/** The newest event of one of `types` per subject, for the subjects that have one. */
export async function readLatestEvents<T extends EventType>(
  em: EntityManager,
  types: readonly T[],
  subjectIds: readonly string[],
): Promise<Map<string, SupplyChainEvent<T>>> {
  if (subjectIds.length === 0) return new Map();
  const rows = await execute<EventRow[]>(
    em,
    `SELECT DISTINCT ON (subject_id) ${columns} FROM analytics.supply_chain_event
      WHERE type = ANY(?::text[]) AND subject_id = ANY(?::uuid[])
      ORDER BY subject_id, time DESC, id DESC`,
    [sqlArray(types), sqlArray(subjectIds)],
  );
  return new Map(rows.map((row) => [row.subject_id, toEvent(row) as SupplyChainEvent<T>]));
}

/** Which of `subjectIds` some event of `type` was recorded for: how one system learns another's ids exist. */
export async function readKnownSubjects(em: EntityManager, type: EventType, subjectIds: readonly string[]): Promise<Set<string>> {
  if (subjectIds.length === 0) return new Set();
  const rows = await execute<{ subject_id: string }[]>(
    em,
    'SELECT DISTINCT subject_id FROM analytics.supply_chain_event WHERE type = ? AND subject_id = ANY(?::uuid[])',
    [type, sqlArray(subjectIds)],
  );
  return new Set(rows.map((row) => row.subject_id));
}
