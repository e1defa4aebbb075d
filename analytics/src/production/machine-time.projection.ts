import { isId, type EntityManager, execute } from '@plexus/db';
import type { MachineState, SupplyChainEvent } from '@plexus/events';
import type { EventProjection } from '../projection/event-projection.ts';
import { bucketStart, compareChanges, isDowntime, isPlannedBusy, rollupDelta, type StateChange } from './oee.rules.ts';

/**
 * Keeps the OEE read models of migration 20261125-0005 (machine timelines,
 * hourly and daily OEE inputs, daily downtime by reason) in step with the
 * stream. Every batch costs a constant number of statements, whatever its size.
 */

interface ChangeRow {
  machine_id: string;
  time: Date | string;
  event_id: string;
  state: string;
  reason: string | null;
  work_center_id: string | null;
  site_id: string | null;
  before: boolean;
}

const toChange = (row: ChangeRow): StateChange => ({
  time: new Date(row.time),
  eventId: row.event_id,
  state: row.state as MachineState,
  reason: row.reason,
  workCenterId: row.work_center_id,
  siteId: row.site_id,
});

// A malformed id cannot be a machine key; skipping the event keeps one bad emitter from stalling every projection.
const validOrNull = (id: string | null | undefined) => (id && isId(id) ? id.toLowerCase() : null);

/** What one batch adds to one machine's hour or day: time in milliseconds, units as reported. */
interface OeeFact {
  bucket: string;
  machine_id: string;
  work_center_id: string | null;
  site_id: string | null;
  planned_busy_ms: number;
  run_ms: number;
  good: number;
  scrap: number;
  ideal_cycle: number;
}

interface DowntimeFact {
  bucket: string;
  machine_id: string;
  work_center_id: string | null;
  site_id: string | null;
  state: string;
  reason: string | null;
  milliseconds: number;
}

interface Facts {
  oee: Record<'hour' | 'day', OeeFact[]>;
  downtime: DowntimeFact[];
}

const timeFact = (bucket: Date, machineId: string, change: StateChange, milliseconds: number): OeeFact => ({
  bucket: bucket.toISOString(),
  machine_id: machineId,
  work_center_id: change.workCenterId,
  site_id: change.siteId,
  planned_busy_ms: isPlannedBusy(change.state) ? milliseconds : 0,
  run_ms: change.state === 'RUNNING' ? milliseconds : 0,
  good: 0,
  scrap: 0,
  ideal_cycle: 0,
});

async function applyStateChanges(em: EntityManager, events: SupplyChainEvent<'mes.MachineStateChanged'>[], facts: Facts): Promise<void> {
  const added = new Map<string, StateChange[]>();
  for (const event of events) {
    const machineId = validOrNull(event.payload.machineId);
    if (!machineId) continue;
    const changes = added.get(machineId) ?? [];
    changes.push({
      time: event.time,
      eventId: event.id,
      state: event.payload.to,
      reason: event.payload.reason,
      workCenterId: validOrNull(event.payload.workCenterId),
      siteId: validOrNull(event.siteId),
    });
    added.set(machineId, changes);
  }
  if (added.size === 0) return;
  const earliest = [...added].map(([machineId, changes]) => ({
    machine_id: machineId,
    t0: changes.reduce((min, change) => (change.time < min ? change.time : min), changes[0]!.time).toISOString(),
  }));
  // Each machine's change just before its earliest new one, and every change from there on (usually none).
  const rows = await execute<ChangeRow[]>(
    em,
    `SELECT c.machine_id, c.time, c.event_id, c.state, c.reason, c.work_center_id, c.site_id, c.time < b.t0 AS before
       FROM jsonb_to_recordset(?::jsonb) AS b(machine_id uuid, t0 timestamptz)
       CROSS JOIN LATERAL (
         (SELECT * FROM analytics.machine_state_change c
           WHERE c.machine_id = b.machine_id AND c.time < b.t0 ORDER BY c.time DESC, c.event_id DESC LIMIT 1)
         UNION ALL
         (SELECT * FROM analytics.machine_state_change c WHERE c.machine_id = b.machine_id AND c.time >= b.t0)
       ) c`,
    [JSON.stringify(earliest)],
  );
  const known = new Map<string, { predecessor: StateChange | null; existing: StateChange[] }>();
  for (const row of rows) {
    const entry = known.get(row.machine_id) ?? { predecessor: null, existing: [] };
    if (row.before) entry.predecessor = toChange(row);
    else entry.existing.push(toChange(row));
    known.set(row.machine_id, entry);
  }
  const latest: { machineId: string; change: StateChange }[] = [];
  for (const [machineId, changes] of added) {
    const { predecessor, existing } = known.get(machineId) ?? { predecessor: null, existing: [] };
    for (const share of rollupDelta(predecessor, existing, changes, 'HOUR')) {
      facts.oee.hour.push(timeFact(share.bucket, machineId, share.change, share.milliseconds));
    }
    for (const share of rollupDelta(predecessor, existing, changes, 'DAY')) {
      facts.oee.day.push(timeFact(share.bucket, machineId, share.change, share.milliseconds));
      if (isDowntime(share.change.state)) {
        facts.downtime.push({
          bucket: share.bucket.toISOString(),
          machine_id: machineId,
          work_center_id: share.change.workCenterId,
          site_id: share.change.siteId,
          state: share.change.state,
          reason: share.change.reason,
          milliseconds: share.milliseconds,
        });
      }
    }
    latest.push({ machineId, change: [...changes].sort(compareChanges).at(-1)! });
  }
  const changeRecord = (machineId: string, change: StateChange) => ({
    machine_id: machineId,
    time: change.time.toISOString(),
    event_id: change.eventId,
    state: change.state,
    reason: change.reason,
    work_center_id: change.workCenterId,
    site_id: change.siteId,
  });
  const changeColumns = 'machine_id uuid, time timestamptz, event_id uuid, state text, reason text, work_center_id uuid, site_id uuid';
  await execute(
    em,
    `INSERT INTO analytics.machine_state_change (machine_id, time, event_id, state, reason, work_center_id, site_id)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(${changeColumns})`,
    [JSON.stringify([...added].flatMap(([machineId, changes]) => changes.map((change) => changeRecord(machineId, change))))],
  );
  await execute(
    em,
    `INSERT INTO analytics.machine_current_state AS current (machine_id, time, event_id, state, reason, work_center_id, site_id)
     SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(${changeColumns})
     ON CONFLICT (machine_id) DO UPDATE
       SET time = excluded.time, event_id = excluded.event_id, state = excluded.state, reason = excluded.reason,
           work_center_id = excluded.work_center_id, site_id = excluded.site_id
     WHERE (excluded.time, excluded.event_id) > (current.time, current.event_id)`,
    [JSON.stringify(latest.map(({ machineId, change }) => changeRecord(machineId, change)))],
  );
}

function collectProduction(events: SupplyChainEvent<'mes.ProductionReported'>[], facts: Facts): void {
  for (const event of events) {
    const machineId = validOrNull(event.payload.machineId);
    if (!machineId) continue;
    for (const grain of ['hour', 'day'] as const) {
      facts.oee[grain].push({
        bucket: bucketStart(event.time, grain === 'hour' ? 'HOUR' : 'DAY').toISOString(),
        machine_id: machineId,
        work_center_id: validOrNull(event.payload.workCenterId),
        site_id: validOrNull(event.siteId),
        planned_busy_ms: 0,
        run_ms: 0,
        good: event.payload.goodQuantity,
        scrap: event.payload.scrapQuantity,
        ideal_cycle: event.payload.idealCycleSeconds,
      });
    }
  }
}

async function writeRollups(em: EntityManager, facts: Facts): Promise<void> {
  for (const grain of ['hour', 'day'] as const) {
    if (facts.oee[grain].length === 0) continue;
    // Summed per row in numeric, so ideal cycle × units adds up exactly however the reports are split.
    await execute(
      em,
      `INSERT INTO analytics.machine_oee_${grain} AS rollup
         (bucket, machine_id, work_center_id, site_id, planned_busy_ms, run_ms, good_quantity, scrap_quantity, ideal_seconds)
       SELECT bucket, machine_id, work_center_id, site_id, sum(planned_busy_ms), sum(run_ms), sum(good), sum(scrap), sum(ideal_cycle * (good + scrap))
         FROM jsonb_to_recordset(?::jsonb) AS x(bucket timestamptz, machine_id uuid, work_center_id uuid, site_id uuid,
              planned_busy_ms bigint, run_ms bigint, good numeric, scrap numeric, ideal_cycle numeric)
        GROUP BY bucket, machine_id, work_center_id, site_id
       ON CONFLICT (machine_id, bucket, work_center_id, site_id) DO UPDATE
         SET planned_busy_ms = rollup.planned_busy_ms + excluded.planned_busy_ms,
             run_ms = rollup.run_ms + excluded.run_ms,
             good_quantity = rollup.good_quantity + excluded.good_quantity,
             scrap_quantity = rollup.scrap_quantity + excluded.scrap_quantity,
             ideal_seconds = rollup.ideal_seconds + excluded.ideal_seconds`,
      [JSON.stringify(facts.oee[grain])],
    );
  }
  if (facts.downtime.length === 0) return;
  await execute(
    em,
    `INSERT INTO analytics.machine_downtime_day AS rollup (bucket, machine_id, work_center_id, site_id, state, reason, milliseconds)
     SELECT bucket, machine_id, work_center_id, site_id, state, reason, sum(milliseconds)
       FROM jsonb_to_recordset(?::jsonb)
         AS x(bucket timestamptz, machine_id uuid, work_center_id uuid, site_id uuid, state text, reason text, milliseconds bigint)
      GROUP BY bucket, machine_id, work_center_id, site_id, state, reason
     ON CONFLICT (machine_id, bucket, state, reason, work_center_id, site_id)
     DO UPDATE SET milliseconds = rollup.milliseconds + excluded.milliseconds`,
    [JSON.stringify(facts.downtime)],
  );
}

export const machineTimeProjection: EventProjection = {
  name: 'machine-time',
  types: ['mes.MachineStateChanged', 'mes.ProductionReported'],
  async apply(em, events) {
    const facts: Facts = { oee: { hour: [], day: [] }, downtime: [] };
    await applyStateChanges(
      em,
      events.filter((event): event is SupplyChainEvent<'mes.MachineStateChanged'> => event.type === 'mes.MachineStateChanged'),
      facts,
    );
    collectProduction(
      events.filter((event): event is SupplyChainEvent<'mes.ProductionReported'> => event.type === 'mes.ProductionReported'),
      facts,
    );
    await writeRollups(em, facts);
  },
};
