import { execute, type EntityManager } from '@plexus/db';
import { notFound } from '@plexus/errors';
import { readEventsAfter, readSetAsideEvents, type EventType } from '@plexus/events';
import { authorize } from '@plexus/host';
import type { AnalyticsContext } from '../context.ts';
import type { EventProjection } from './event-projection.ts';
import { projections as registeredProjections } from './projections.ts';

/**
 * What an operator looks at when a KPI stopped moving: how far each
 * projection lags the stream and which events it set aside, with why; and
 * the retry of one of them once its cause is fixed.
 */

export interface SetAsideEvent {
  eventId: string;
  type: string;
  error: string;
  setAsideAt: Date;
}

export interface ProjectionHealth {
  name: string;
  lag: number;
  eventsApplied: number;
  updatedAt: Date | null;
  setAsideEvents: SetAsideEvent[];
}

async function readHealth(em: EntityManager, projections: readonly EventProjection[]): Promise<ProjectionHealth[]> {
  // One statement for every projection's checkpoint and lag, one for every set-aside event.
  const rows = await execute<{ name: string; events_applied: string | null; updated_at: Date | null; lag: number }[]>(
    em,
    `SELECT p.name, c.events_applied::text AS events_applied, c.updated_at,
            (SELECT count(*)::int FROM analytics.supply_chain_event e
              WHERE e.type = ANY(p.types)
                AND (e.recorded_tx, e.id) > (coalesce(c.last_tx, '0'::xid8), coalesce(c.last_event_id, '00000000-0000-0000-0000-000000000000'::uuid))
                AND e.recorded_tx < pg_snapshot_xmin(pg_current_snapshot())) AS lag
       FROM jsonb_to_recordset(?::jsonb) AS p(name text, types text[])
       LEFT JOIN analytics.event_checkpoint c ON c.consumer = p.name`,
    [JSON.stringify(projections.map((projection) => ({ name: projection.name, types: projection.types })))],
  );
  const setAside = await readSetAsideEvents(em, 'analytics');
  return projections.map((projection) => {
    const row = rows.find((candidate) => candidate.name === projection.name)!;
    return {
      name: projection.name,
      lag: row.lag,
      eventsApplied: Number(row.events_applied ?? 0),
      updatedAt: row.updated_at ? new Date(row.updated_at) : null,
      setAsideEvents: setAside
        .filter((event) => event.consumer === projection.name)
        .map((event) => ({ eventId: event.eventId, type: event.eventType, error: event.error, setAsideAt: event.setAsideAt })),
    };
  });
}

export async function projectionHealth(ctx: AnalyticsContext, projections: readonly EventProjection[] = registeredProjections): Promise<ProjectionHealth[]> {
  authorize(ctx.viewer, 'read projection health', ['analyst']);
  return readHealth(ctx.em, projections);
}

/** The uuid just before `id` in the stream's order, so the event itself is the first one after it. */
function justBefore(id: string): string {
  const hex = (BigInt(`0x${id.replaceAll('-', '')}`) - 1n).toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Applies a set-aside event to its projection again, in one transaction with
 * taking it off the list; if it fails again, the list keeps it with the new
 * error. Later events were applied without it; the projections that derive a
 * subject's facts from all its events (orders) come out as if it had been
 * applied in order, the additive ones (COGS, balances) add it now.
 */
export async function retrySetAsideEvent(
  ctx: AnalyticsContext,
  request: { projection: string; eventId: string },
  projections: readonly EventProjection[] = registeredProjections,
): Promise<{ applied: boolean; error: string | null; projection: ProjectionHealth }> {
  authorize(ctx.viewer, 'retry set-aside events', []);
  const projection = projections.find((candidate) => candidate.name === request.projection);
  if (!projection) throw notFound(`No projection named ${request.projection}`, { field: 'projection' });
  const [setAside] = await execute<{ event_type: string; recorded_tx: string }[]>(
    ctx.em,
    `SELECT s.event_type, e.recorded_tx::text AS recorded_tx
       FROM analytics.set_aside_event s JOIN analytics.supply_chain_event e ON e.id = s.event_id
      WHERE s.consumer = ? AND s.event_id = ?::uuid`,
    [projection.name, request.eventId],
  );
  if (!setAside) throw notFound(`Projection ${projection.name} has not set event ${request.eventId} aside`, { field: 'eventId' });
  const tx = BigInt(setAside.recorded_tx);
  const { events } = await readEventsAfter(ctx.em, {
    types: [setAside.event_type as EventType],
    after: { tx: tx.toString(), eventId: justBefore(request.eventId) },
    before: (tx + 1n).toString(),
    limit: 1,
  });
  let error: string | null = null;
  try {
    await ctx.em.fork().transactional(async (em) => {
      // Off the list first: projections that leave set-aside events out of a subject's facts take it in now.
      await execute(em, 'DELETE FROM analytics.set_aside_event WHERE consumer = ? AND event_id = ?::uuid', [projection.name, request.eventId]);
      await projection.apply(em, events);
      await execute(em, 'UPDATE analytics.event_checkpoint SET updated_at = clock_timestamp() WHERE consumer = ?', [projection.name]);
    });
    await projection.refresh?.(ctx.em.fork());
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
    await execute(ctx.em, 'UPDATE analytics.set_aside_event SET error = ?, set_aside_at = now() WHERE consumer = ? AND event_id = ?::uuid', [
      error,
      projection.name,
      request.eventId,
    ]);
  }
  const [health] = await readHealth(ctx.em, [projection]);
  return { applied: error === null, error, projection: health! };
}

