import { newId, openTestDatabase, type Database, type SubgraphOrm } from '@plexus/db';
import { recordEvents, type Disposition, type MachineState, type SupplyChainEventInput } from '@plexus/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { defaultOtifSettings, type KpiDefinition, type KpiFilter, type KpiName } from '../src/kpi/kpi-definition.ts';
import { createProductionLoaders, machineDowntimeReasons, machineOee } from '../src/production/oee.service.ts';
import { machineTimeProjection } from '../src/production/machine-time.projection.ts';
import { workOrderProjection } from '../src/production/work-order.projection.ts';
import { productionKpis } from '../src/production/production.kpis.ts';
import { catchUpProjections } from '../src/projection/event-projection.ts';
import { openAnalytics } from '../src/subgraph.ts';
import { kpiQuery } from './order-fulfilment.factories.ts';

const t = (time: string) => new Date(`2026-03-${time}:00Z`);
const today = new Date().toISOString().slice(0, 10);

function stateChanged(machineId: string, workCenterId: string, siteId: string, time: string, to: MachineState, reason: string | null = null): SupplyChainEventInput {
  return {
    type: 'mes.MachineStateChanged',
    subjectType: 'Machine',
    subjectId: machineId,
    siteId,
    time: t(time),
    payload: { machineId, workCenterId, from: null, to, reason },
  };
}

function produced(machineId: string, workCenterId: string, siteId: string, time: string, good: number, scrap: number, idealCycleSeconds: number): SupplyChainEventInput {
  return {
    type: 'mes.ProductionReported',
    subjectType: 'ProductionReport',
    subjectId: newId(),
    siteId,
    time: t(time),
    quantity: good + scrap,
    payload: { workOrderId: newId(), machineId, workCenterId, goodQuantity: good, scrapQuantity: scrap, idealCycleSeconds },
  };
}

interface WorkOrder {
  id: string;
  number: string;
  itemId: string;
  workCenterId: string;
  siteId: string;
}

function inspected(
  workOrder: WorkOrder,
  time: string,
  passed: boolean,
  quantityInspected: number,
  quantityRejected: number,
  disposition: Disposition | null = null,
): SupplyChainEventInput {
  return {
    type: passed ? 'qms.InspectionPassed' : 'qms.InspectionFailed',
    subjectType: 'Inspection',
    subjectId: newId(),
    itemId: workOrder.itemId,
    siteId: workOrder.siteId,
    time: t(time),
    payload: {
      inspectionKind: 'FINAL',
      workOrderId: workOrder.id,
      workCenterId: workOrder.workCenterId,
      purchaseOrderLineId: null,
      itemId: workOrder.itemId,
      quantityInspected,
      quantityRejected,
      disposition,
    },
  };
}

function completed(workOrder: WorkOrder, time: string, scheduledEnd: string): SupplyChainEventInput {
  return {
    type: 'mes.WorkOrderCompleted',
    subjectType: 'WorkOrder',
    subjectId: workOrder.id,
    itemId: workOrder.itemId,
    siteId: workOrder.siteId,
    time: t(time),
    payload: { number: workOrder.number, itemId: workOrder.itemId, workCenterId: workOrder.workCenterId, goodQuantity: 10, scrapQuantity: 0, scheduledEnd },
  };
}

const kpi = (name: KpiName): KpiDefinition => productionKpis.find((definition) => definition.name === name)!;

async function series(em: SubgraphOrm['em'], name: KpiName, from: string, to: string, filter: KpiFilter, grain: 'DAY' | 'WEEK' | 'MONTH' = 'DAY') {
  return kpi(name).series(em.fork(), kpiQuery(from, to, grain, { filter, today }));
}

async function contributions(em: SubgraphOrm['em'], name: KpiName, from: string, to: string, filter: KpiFilter, onlyFailing = true) {
  return kpi(name).contributions(em.fork(), { from, to, filter, otif: defaultOtifSettings, today, now: new Date(), onlyFailing, first: 100, offset: 0 });
}

describe('production KPIs from the event stream', () => {
  let database: Database;
  let orm: SubgraphOrm;
  const write = (events: SupplyChainEventInput[]) => orm.em.fork().transactional((tx) => recordEvents(tx, events, { now: new Date() }));
  const catchUp = () => catchUpProjections(orm.em, [machineTimeProjection, workOrderProjection]);

  const [site1, site2, workCenter1, workCenter2, workCenter3] = [newId(), newId(), newId(), newId(), newId()];
  const [m1, m2, m3, m5] = [newId(), newId(), newId(), newId()];
  const [item1, item2] = [newId(), newId()];
  const workOrder = (number: string, itemId: string, workCenterId: string): WorkOrder => ({ id: newId(), number, itemId, workCenterId, siteId: site1 });
  const woA = workOrder('WO-A', item1, workCenter1);
  const woB = workOrder('WO-B', item1, workCenter1);
  const woC = workOrder('WO-C', item2, workCenter1);
  const woD = workOrder('WO-D', item2, workCenter2);
  const woE = workOrder('WO-E', item1, workCenter1);

  beforeAll(async () => {
    database = await openTestDatabase();
    orm = await openAnalytics(database);
    // m1: two worked shifts on Monday 2 March with planned maintenance, jams, a power cut and a wait for material.
    const m1Day = (time: string, to: MachineState, reason: string | null = null) => stateChanged(m1, workCenter1, site1, `02T${time}`, to, reason);
    await write([
      stateChanged(m1, workCenter1, site1, '01T22:00', 'OFF_SHIFT'),
      m1Day('06:00', 'RUNNING'),
      m1Day('08:00', 'DOWN', 'JAM'),
      m1Day('08:30', 'RUNNING'),
      m1Day('10:00', 'PLANNED_DOWNTIME', 'MAINTENANCE'),
      m1Day('11:00', 'IDLE', 'NO_MATERIAL'),
      m1Day('11:45', 'RUNNING'),
      m1Day('15:00', 'DOWN', 'JAM'),
      m1Day('16:00', 'RUNNING'),
      m1Day('20:00', 'DOWN', 'POWER'),
      m1Day('20:15', 'RUNNING'),
      m1Day('22:00', 'OFF_SHIFT'),
      produced(m1, workCenter1, site1, '02T09:00', 200, 10, 30),
      produced(m1, workCenter1, site1, '02T13:45', 360, 20, 30),
      produced(m1, workCenter1, site1, '02T18:00', 700, 0, 30),
      produced(m1, workCenter1, site1, '02T21:00', 40, 10, 60),
    ]);
    // m2, same work center: 06:00–22:00 with an hour's jam.
    await write([
      stateChanged(m2, workCenter1, site1, '02T06:00', 'RUNNING'),
      stateChanged(m2, workCenter1, site1, '02T12:00', 'DOWN', 'JAM'),
      stateChanged(m2, workCenter1, site1, '02T13:00', 'RUNNING'),
      stateChanged(m2, workCenter1, site1, '02T22:00', 'OFF_SHIFT'),
      produced(m2, workCenter1, site1, '02T10:00', 1000, 0, 45),
    ]);
    // m3 runs from Sunday 10:00 to Tuesday 00:00 without a single change on Monday.
    await write([stateChanged(m3, workCenter2, site2, '01T10:00', 'RUNNING'), stateChanged(m3, workCenter2, site2, '03T00:00', 'OFF_SHIFT')]);
    // m5 first reports its day, and only later a stop it had at noon (back-dated, in a separate catch-up).
    await write([stateChanged(m5, workCenter3, site2, '02T06:00', 'RUNNING'), stateChanged(m5, workCenter3, site2, '02T22:00', 'OFF_SHIFT')]);
    await catchUp();
    await write([stateChanged(m5, workCenter3, site2, '02T13:00', 'RUNNING')]);
    await catchUp();
    await write([stateChanged(m5, workCenter3, site2, '02T12:00', 'DOWN', 'JAM')]);

    // WO-E's final inspection is reported before its in-process one: its yield is recomputed from both.
    await write([inspected(woE, '03T09:00', false, 60, 6, 'SCRAP')]);
    await catchUp();
    await write([
      inspected(woA, '02T12:00', true, 100, 0),
      inspected(woB, '02T09:00', false, 50, 5, 'REWORK'),
      inspected(woB, '02T10:00', true, 5, 0, 'REWORK'),
      inspected(woB, '02T13:00', true, 100, 0),
      inspected(woC, '02T14:00', true, 80, 2, 'CONCESSION'),
      inspected(woD, '02T15:00', false, 40, 40, 'SCRAP'),
      inspected(woE, '01T10:00', false, 60, 3, 'REWORK'),
      completed(woA, '02T10:00', '2026-03-02T12:00:00Z'),
      completed(woB, '02T15:00', '2026-03-02'),
      completed(woC, '03T01:00', '2026-03-02T23:00:00Z'),
      completed(woD, '02T18:00', '2026-03-02T17:00:00Z'),
      // A second completion of WO-A (a correction) does not count it again.
      completed(woA, '04T08:00', '2026-03-02T12:00:00Z'),
    ]);
    await catchUp();
  });
  afterAll(async () => {
    await orm?.close();
    await database?.close();
  });

  const loaders = () => createProductionLoaders(orm.em.fork(), () => new Date());
  const oee = (machineId: string, from: string, to: string, grain: 'HOUR' | 'SHIFT' | 'DAY' | 'WEEK' | 'MONTH') =>
    machineOee(loaders(), machineId, { from: t(from), to: t(to), grain });

  it("gives a machine's exact availability, performance, quality and OEE per shift and per day", async () => {
    const shifts = await oee(m1, '02T00:00', '03T00:00', 'SHIFT');
    expect(shifts.map((point) => point.periodStart)).toEqual([t('01T22:00'), t('02T06:00'), t('02T14:00'), t('02T22:00')]);
    expect(shifts[0]).toMatchObject({ plannedBusySeconds: 0, runSeconds: 0, availability: null, oee: null });
    // 06–14: 480 min − 60 planned maintenance = 420 planned busy; 30 jam + 45 idle leave 345 running.
    expect(shifts[1]).toMatchObject({ plannedBusySeconds: 420 * 60, runSeconds: 345 * 60, goodQuantity: 560, totalQuantity: 590 });
    expect(shifts[1]!.availability).toBeCloseTo(345 / 420, 12);
    expect(shifts[1]!.performance).toBeCloseTo((590 * 30) / (345 * 60), 12);
    expect(shifts[1]!.quality).toBeCloseTo(560 / 590, 12);
    expect(shifts[1]!.oee).toBeCloseTo((345 / 420) * ((590 * 30) / (345 * 60)) * (560 / 590), 12);
    // 14–22: 60 min jam + 15 min power cut; the RUNNING state from 11:45 gives its 14:00–15:00 hour to this shift.
    expect(shifts[2]).toMatchObject({ plannedBusySeconds: 480 * 60, runSeconds: 405 * 60, goodQuantity: 740, totalQuantity: 750 });
    expect(shifts[2]!.performance).toBeCloseTo((700 * 30 + 50 * 60) / (405 * 60), 12);
    expect(shifts[3]).toMatchObject({ plannedBusySeconds: 0, availability: null });

    const [day] = await oee(m1, '02T00:00', '02T23:00', 'DAY');
    expect(day).toMatchObject({ periodStart: t('02T00:00'), periodEnd: t('03T00:00'), plannedBusySeconds: 54_000, runSeconds: 45_000, goodQuantity: 1300, totalQuantity: 1340 });
    expect(day!.availability).toBeCloseTo(45_000 / 54_000, 12);
    expect(day!.performance).toBeCloseTo(41_700 / 45_000, 12);
    expect(day!.quality).toBeCloseTo(1300 / 1340, 12);
    expect(day!.oee).toBeCloseTo((41_700 / 54_000) * (1300 / 1340), 12);
  });

  it('takes the state in force at `from` from the last change before it', async () => {
    const hours = await oee(m1, '02T12:00', '02T14:00', 'HOUR');
    expect(hours.map((point) => [point.plannedBusySeconds, point.runSeconds])).toEqual([
      [3600, 3600],
      [3600, 3600],
    ]);
    const [monday] = await oee(m3, '02T00:00', '03T00:00', 'DAY');
    expect(monday).toMatchObject({ plannedBusySeconds: 86_400, runSeconds: 86_400, availability: 1, quality: null, oee: 0 });
  });

  it('splits intervals already rolled up when a back-dated stop arrives', async () => {
    const [day] = await oee(m5, '02T00:00', '03T00:00', 'DAY');
    expect(day).toMatchObject({ plannedBusySeconds: 16 * 3600, runSeconds: 15 * 3600 });
    const hours = await oee(m5, '02T11:00', '02T14:00', 'HOUR');
    expect(hours.map((point) => point.runSeconds)).toEqual([3600, 0, 3600]);
  });

  it('ranks downtime and idle reasons, longest first, clipped to the range', async () => {
    expect(await machineDowntimeReasons(loaders(), m1, { from: t('02T00:00'), to: t('03T00:00') })).toEqual([
      { reason: 'JAM', state: 'DOWN', seconds: 5400, occurrences: 2 },
      { reason: 'NO_MATERIAL', state: 'IDLE', seconds: 2700, occurrences: 1 },
      { reason: 'POWER', state: 'DOWN', seconds: 900, occurrences: 1 },
    ]);
    expect(await machineDowntimeReasons(loaders(), m1, { from: t('02T08:10'), to: t('02T15:30') })).toEqual([
      { reason: 'JAM', state: 'DOWN', seconds: 3000, occurrences: 2 },
      { reason: 'NO_MATERIAL', state: 'IDLE', seconds: 2700, occurrences: 1 },
    ]);
  });

  it('refuses an empty range and too many points', async () => {
    await expect(oee(m1, '02T10:00', '02T10:00', 'HOUR')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(machineOee(loaders(), m1, { from: new Date('2020-01-01T00:00:00Z'), to: t('02T00:00'), grain: 'HOUR' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(machineOee(loaders(), 'm1', { from: t('02T00:00'), to: t('03T00:00'), grain: 'DAY' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('aggregates a work center by summing times and units, not by averaging machine OEEs', async () => {
    const points = await series(orm.em, 'OEE', '2026-03-01', '2026-03-03', { workCenterId: workCenter1 });
    expect(points.map((point) => point.periodStart)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(points[0]).toMatchObject({ value: null, denominator: 0 });
    expect(points[2]).toMatchObject({ value: null, denominator: 0 });
    const summed = ((41_700 + 45_000) / (54_000 + 57_600)) * (2300 / 2340);
    expect(points[1]!.denominator).toBe(54_000 + 57_600);
    expect(points[1]!.value).toBeCloseTo(summed, 12);
    const meanOfMachines = ((41_700 / 54_000) * (1300 / 1340) + 45_000 / 57_600) / 2;
    expect(Math.abs(points[1]!.value! - meanOfMachines)).toBeGreaterThan(0.001);

    const [availability] = await series(orm.em, 'OEE_AVAILABILITY', '2026-03-02', '2026-03-02', { workCenterId: workCenter1 });
    expect(availability).toMatchObject({ numerator: 99_000, denominator: 111_600 });
    const [performance] = await series(orm.em, 'OEE_PERFORMANCE', '2026-03-02', '2026-03-02', { siteId: site1 });
    expect(performance).toMatchObject({ numerator: 86_700, denominator: 99_000 });
    const [quality] = await series(orm.em, 'OEE_QUALITY', '2026-03-02', '2026-03-02', { machineId: m1 });
    expect(quality).toMatchObject({ numerator: 1300, denominator: 1340 });
    const [week] = await series(orm.em, 'OEE', '2026-03-02', '2026-03-08', { workCenterId: workCenter1 }, 'WEEK');
    expect(week).toMatchObject({ periodStart: '2026-03-02', periodEnd: '2026-03-08', denominator: 111_600 });
    expect(week!.value).toBeCloseTo(summed, 12);
    // m3 ran all of Sunday from 10:00 and all of Monday, and reported nothing.
    const site2Availability = await series(orm.em, 'OEE_AVAILABILITY', '2026-03-01', '2026-03-02', { workCenterId: workCenter2 });
    expect(site2Availability.map((point) => [point.numerator, point.denominator])).toEqual([
      [14 * 3600, 14 * 3600],
      [86_400, 86_400],
    ]);
  });

  it('drills OEE down to machines with their factors, shortfalls and top downtime reason', async () => {
    const page = await contributions(orm.em, 'OEE', '2026-03-02', '2026-03-02', { workCenterId: workCenter1 }, false);
    expect(page.totalCount).toBe(2);
    expect(page.items.map((item) => [item.subjectId, item.passed, item.reasons])).toEqual([
      [m1, false, ['LOW_AVAILABILITY', 'LOW_PERFORMANCE', 'LOW_QUALITY', 'DOWN:JAM']],
      [m2, false, ['LOW_PERFORMANCE', 'DOWN:JAM']],
    ]);
    expect(page.items[0]!.denominator).toBe(54_000);
    expect(page.items[0]!.label).toContain('availability 83.3 %');
    const quality = await contributions(orm.em, 'OEE_QUALITY', '2026-03-02', '2026-03-02', { workCenterId: workCenter1 });
    expect(quality.items.map((item) => item.subjectId)).toEqual([m1]);
  });

  it('computes first pass yield in units, with rework counted once, concessions failing, by item and work center', async () => {
    const points = await series(orm.em, 'FIRST_PASS_YIELD', '2026-03-01', '2026-03-03', {});
    expect(points.map((point) => [point.numerator, point.denominator])).toEqual([
      [0, 0],
      [100 + 95 + 78 + 0, 100 + 100 + 80 + 40],
      [51, 60],
    ]);
    expect(points[1]!.value).toBeCloseTo(273 / 320, 12);
    const [byItem] = await series(orm.em, 'FIRST_PASS_YIELD', '2026-03-02', '2026-03-02', { itemId: item1 });
    expect(byItem).toMatchObject({ numerator: 195, denominator: 200 });
    const [byWorkCenter] = await series(orm.em, 'FIRST_PASS_YIELD', '2026-03-02', '2026-03-02', { workCenterId: workCenter2 });
    expect(byWorkCenter).toMatchObject({ numerator: 0, denominator: 40, value: 0 });
    // WO-E was last inspected on the 3rd: it is not in a range ending on the 2nd.
    const [, second] = await series(orm.em, 'FIRST_PASS_YIELD', '2026-03-01', '2026-03-02', {});
    expect(second).toMatchObject({ denominator: 320 });

    const failing = await contributions(orm.em, 'FIRST_PASS_YIELD', '2026-03-02', '2026-03-02', {});
    expect(failing.items.map((item) => [item.label, item.reasons])).toEqual([
      ['WO-B: 95 of 100 first pass', ['REWORK']],
      ['WO-C: 78 of 80 first pass', ['CONCESSION']],
      ['WO-D: 0 of 40 first pass', ['REJECTED']],
    ]);
  });

  it('computes schedule adherence over work orders completed in the period, each once, with the late ones', async () => {
    const points = await series(orm.em, 'SCHEDULE_ADHERENCE', '2026-03-02', '2026-03-04', {});
    expect(points.map((point) => [point.numerator, point.denominator])).toEqual([
      [2, 3],
      [0, 1],
      [0, 0],
    ]);
    expect(points[0]!.value).toBeCloseTo(2 / 3, 12);
    const [byItem] = await series(orm.em, 'SCHEDULE_ADHERENCE', '2026-03-02', '2026-03-02', { itemId: item1 });
    expect(byItem).toMatchObject({ numerator: 2, denominator: 2, value: 1 });
    const [byWorkCenter] = await series(orm.em, 'SCHEDULE_ADHERENCE', '2026-03-01', '2026-03-31', { workCenterId: workCenter2 }, 'MONTH');
    expect(byWorkCenter).toMatchObject({ numerator: 0, denominator: 1 });

    const late = await contributions(orm.em, 'SCHEDULE_ADHERENCE', '2026-03-02', '2026-03-03', {});
    expect(late.items.map((item) => [item.label, item.reasons])).toEqual([
      ['WO-D: 1.0 h after its scheduled end 2026-03-02T17:00:00Z', ['LATE']],
      ['WO-C: 2.0 h after its scheduled end 2026-03-02T23:00:00Z', ['LATE']],
    ]);
    const all = await contributions(orm.em, 'SCHEDULE_ADHERENCE', '2026-03-02', '2026-03-03', {}, false);
    expect(all.items.map((item) => item.passed)).toEqual([false, false, true, true]);
    const pageOf = (offset: number) =>
      kpi('SCHEDULE_ADHERENCE').contributions(orm.em.fork(), {
        from: '2026-03-02',
        to: '2026-03-03',
        filter: {},
        otif: defaultOtifSettings,
        today,
        now: new Date(),
        onlyFailing: true,
        first: 1,
        offset,
      });
    expect(await pageOf(1)).toMatchObject({ totalCount: 2, items: [{ label: late.items[1]!.label }] });
    expect(await pageOf(5)).toEqual({ totalCount: 2, items: [] });
  });
  it('keeps hourly and daily rollups equal to an independent recomputation over raw events, whatever order they arrive in', async () => {
    let seed = 20260310;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = <T,>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    const states: MachineState[] = ['RUNNING', 'RUNNING', 'IDLE', 'DOWN', 'PLANNED_DOWNTIME', 'OFF_SHIFT'];
    const randomMachines = [newId(), newId(), newId()];
    const start = Date.parse('2026-03-10T00:00:00Z');
    const end = Date.parse('2026-03-13T00:00:00Z');
    const events: SupplyChainEventInput[] = [];
    for (const machine of randomMachines) {
      for (let index = 0; index < 60; index += 1) {
        // Whole minutes, so some changes share an instant and the event id must break the tie the same way everywhere.
        const minute = Math.floor(random() * ((end - start) / 60_000));
        const time = new Date(start + minute * 60_000).toISOString().slice(8, 16);
        const state = pick(states);
        events.push(stateChanged(machine, workCenter3, site2, time, state, state === 'DOWN' || state === 'IDLE' ? pick(['JAM', 'POWER', null]) : null));
        if (random() < 0.3) events.push(produced(machine, workCenter3, site2, time, Math.floor(random() * 50), Math.floor(random() * 5), pick([12.5, 30, 45])));
      }
      events.push(stateChanged(machine, workCenter3, site2, '13T00:00', 'OFF_SHIFT'));
    }
    for (let index = events.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [events[index], events[other]] = [events[other]!, events[index]!];
    }
    for (let batch = 0; batch < 4; batch += 1) {
      await write(events.slice((batch * events.length) / 4, ((batch + 1) * events.length) / 4));
      await catchUp();
    }

    const expected = await database.query<{ machine_id: string; hour: Date | string; planned: string | null; run: string | null }>(
      `WITH changes AS (
         SELECT payload->>'machineId' AS machine_id, time, payload->>'to' AS state,
                lead(time) OVER (PARTITION BY payload->>'machineId' ORDER BY time, id) AS next
           FROM analytics.supply_chain_event
          WHERE type = 'mes.MachineStateChanged' AND payload->>'machineId' = ANY($1::text[])
       ), hours AS (
         SELECT generate_series($2::timestamptz, $3::timestamptz - interval '1 hour', interval '1 hour') AS hour
       )
       SELECT c.machine_id, h.hour,
              sum(extract(epoch FROM least(c.next, h.hour + interval '1 hour') - greatest(c.time, h.hour)))
                FILTER (WHERE c.state IN ('RUNNING', 'IDLE', 'DOWN')) AS planned,
              sum(extract(epoch FROM least(c.next, h.hour + interval '1 hour') - greatest(c.time, h.hour))) FILTER (WHERE c.state = 'RUNNING') AS run
         FROM changes c JOIN hours h ON c.time < h.hour + interval '1 hour' AND c.next > h.hour
        GROUP BY 1, 2`,
      [randomMachines, new Date(start), new Date(end)],
    );
    const expectedProduction = await database.query<{ machine_id: string; day: Date | string; good: string; total: string; ideal: string }>(
      `SELECT payload->>'machineId' AS machine_id, date_trunc('day', time AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS day,
              sum((payload->>'goodQuantity')::numeric) AS good,
              sum((payload->>'goodQuantity')::numeric + (payload->>'scrapQuantity')::numeric) AS total,
              sum(((payload->>'goodQuantity')::numeric + (payload->>'scrapQuantity')::numeric) * (payload->>'idealCycleSeconds')::numeric) AS ideal
         FROM analytics.supply_chain_event WHERE type = 'mes.ProductionReported' AND payload->>'machineId' = ANY($1::text[])
        GROUP BY 1, 2`,
      [randomMachines],
    );
    expect(expected.length).toBeGreaterThan(50);
    const range = { from: new Date(start), to: new Date(end) };
    for (const machine of randomMachines) {
      const hours = await machineOee(loaders(), machine, { ...range, grain: 'HOUR' });
      const wanted = new Map(
        expected.filter((row) => row.machine_id === machine).map((row) => [new Date(row.hour).toISOString(), [Number(row.planned ?? 0), Number(row.run ?? 0)]]),
      );
      expect(hours.map((point) => [point.plannedBusySeconds, point.runSeconds])).toEqual(
        hours.map((point) => wanted.get(point.periodStart.toISOString()) ?? [0, 0]),
      );
      const days = await machineOee(loaders(), machine, { ...range, grain: 'DAY' });
      expect(days.map((point) => point.plannedBusySeconds)).toEqual(
        days.map((day) => hours.filter((hour) => hour.periodStart >= day.periodStart && hour.periodStart < day.periodEnd).reduce((sum, hour) => sum + hour.plannedBusySeconds, 0)),
      );
      const production = new Map(expectedProduction.filter((row) => row.machine_id === machine).map((row) => [new Date(row.day).toISOString(), row]));
      for (const day of days) {
        const row = production.get(day.periodStart.toISOString());
        expect([day.goodQuantity, day.totalQuantity]).toEqual([Number(row?.good ?? 0), Number(row?.total ?? 0)]);
        if (day.runSeconds > 0) expect(day.performance).toBeCloseTo(Number(row?.ideal ?? 0) / day.runSeconds, 9);
      }
    }
  });
});

describe('Machine.oee and Machine.downtimeReasons through the router', () => {
  let stack: Stack;
  const machines = Array.from({ length: 50 }, () => newId());
  const [site, workCenter] = [newId(), newId()];
  beforeAll(async () => {
    // No background projector or dashboard refresher: the statement counts below are the requests' own.
    stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
    const orm = await openAnalytics(stack.database);
    try {
      // Every machine: an early shift with an hour's jam and 100 units of 144 s ideal cycle (4 ideal hours).
      await orm.em.fork().transactional((tx) =>
        recordEvents(
          tx,
          machines.flatMap((machine) => [
            stateChanged(machine, workCenter, site, '02T06:00', 'RUNNING'),
            stateChanged(machine, workCenter, site, '02T08:00', 'DOWN', 'JAM'),
            stateChanged(machine, workCenter, site, '02T09:00', 'RUNNING'),
            stateChanged(machine, workCenter, site, '02T14:00', 'OFF_SHIFT'),
            produced(machine, workCenter, site, '02T10:00', 98, 2, 144),
          ]),
          { now: new Date() },
        ),
      );
      await catchUpProjections(orm.em, [machineTimeProjection]);
    } finally {
      await orm.close();
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Nothing polls in the background (pollIntervalMs past the spec's end): every statement counted is the request's own. */
  async function statementsOf(work: () => Promise<{ data?: Record<string, unknown> | null }>) {
    const measured = await stack.database.statements.measure(work, 'analytics');
    return { statements: measured.statements, data: measured.result.data };
  }

  const oeeFields = `oee(from: "2026-03-02T00:00:00Z", to: "2026-03-03T00:00:00Z", grain: SHIFT) { periodStart availability performance quality oee plannedBusySeconds runSeconds }
    downtimeReasons(from: "2026-03-02T00:00:00Z", to: "2026-03-03T00:00:00Z") { reason state seconds occurrences }`;
  const machinesQuery = (ids: string[], fields: string) => `{ ${ids.map((id, index) => `m${index}: machine(id: "${id}") { id ${fields} }`).join(' ')} }`;

  it("answers each machine's OEE per shift and its downtime reasons", async () => {
    const response = await stack.query(machinesQuery(machines.slice(0, 2), oeeFields));
    expect(response.errors).toBeUndefined();
    const machine = response.data.m1;
    expect(machine.id).toBe(machines[1]);
    expect(machine.oee.map((point: { periodStart: string }) => point.periodStart)).toEqual([
      '2026-03-01T22:00:00.000Z',
      '2026-03-02T06:00:00.000Z',
      '2026-03-02T14:00:00.000Z',
      '2026-03-02T22:00:00.000Z',
    ]);
    expect(machine.oee[1]).toEqual({
      periodStart: '2026-03-02T06:00:00.000Z',
      availability: 7 / 8,
      performance: 4 / 7,
      quality: 0.98,
      oee: (7 / 8) * (4 / 7) * 0.98,
      plannedBusySeconds: 8 * 3600,
      runSeconds: 7 * 3600,
    });
    expect(machine.oee[2]).toMatchObject({ availability: null, oee: null, plannedBusySeconds: 0 });
    expect(machine.downtimeReasons).toEqual([{ reason: 'JAM', state: 'DOWN', seconds: 3600, occurrences: 1 }]);
  });

  it('reads the OEE of any number of machines in one query in the same few statements', async () => {
    const extra = async (count: number) => {
      const ids = machines.slice(0, count);
      const withOee = await statementsOf(() => stack.query(machinesQuery(ids, oeeFields)));
      const without = await statementsOf(() => stack.query(machinesQuery(ids, '')));
      // Every machine was answered, with its four shifts and its jam.
      const answered = Object.values(withOee.data ?? {}) as { oee: unknown[]; downtimeReasons: unknown[] }[];
      expect(answered.map((machine) => [machine.oee.length, machine.downtimeReasons.length])).toEqual(ids.map(() => [4, 1]));
      return withOee.statements - without.statements;
    };
    const forFive = await extra(5);
    expect(forFive).toBeLessThanOrEqual(4);
    expect(await extra(50)).toBe(forFive);
  });

  it('reads the machine time of OEE and its three factors once for the four dashboard tiles', async () => {
    const tiles = (names: string) => () => stack.query(`{ kpiSnapshot(names: [${names}], grain: DAY, asOf: "2026-03-03") { name current { value } } }`);
    const one = await statementsOf(tiles('OEE'));
    const four = await statementsOf(tiles('OEE, OEE_AVAILABILITY, OEE_PERFORMANCE, OEE_QUALITY'));
    expect((four.data as { kpiSnapshot: unknown[] }).kpiSnapshot).toHaveLength(4);
    expect(four.statements).toBe(one.statements);
  });

  it('serves the same OEE through the KPI registry, for the work center and drilled down to its machines', async () => {
    const response = await stack.query(
      `query ($filter: KpiFilter) {
        kpi(name: OEE, from: "2026-03-02", to: "2026-03-02", grain: DAY, filter: $filter) { unit points { periodStart value numerator denominator } }
        kpiContributions(name: OEE_PERFORMANCE, from: "2026-03-02", to: "2026-03-02", filter: $filter, first: 3) { totalCount items { subjectType reasons } }
      }`,
      { filter: { workCenterId: workCenter, siteId: site } },
    );
    expect(response.errors).toBeUndefined();
    const [point] = response.data.kpi.points;
    expect(point.denominator).toBe(50 * 8 * 3600);
    expect(point.value).toBeCloseTo((7 / 8) * (4 / 7) * 0.98, 12);
    expect(response.data.kpiContributions.totalCount).toBe(50);
    expect(response.data.kpiContributions.items[0]).toEqual({ subjectType: 'Machine', reasons: ['LOW_AVAILABILITY', 'LOW_PERFORMANCE', 'LOW_QUALITY', 'DOWN:JAM'] });
  });

  it('knows a machine from its state changes alone, and no machine it never heard of', async () => {
    const response = await stack.query(`{ known: machine(id: "${machines[0]}") { id } unknown: machine(id: "${newId()}") { id } }`);
    expect(response.data).toEqual({ known: { id: machines[0] }, unknown: null });
  });

  it('refuses an empty range, too many points and a malformed id with BAD_USER_INPUT', async () => {
    const machine = machines[0]!;
    const empty = await stack.query(`{ machine(id: "${machine}") { oee(from: "2026-03-02T00:00:00Z", to: "2026-03-01T00:00:00Z") { oee } } }`);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await stack.query(`{ machine(id: "${machine}") { oee(from: "2020-01-01T00:00:00Z", to: "2026-03-01T00:00:00Z", grain: HOUR) { oee } } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reasons = await stack.query(`{ machine(id: "${machine}") { downtimeReasons(from: "2026-03-02T00:00:00Z", to: "2026-03-02T00:00:00Z") { reason } } }`);
    expect(reasons.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
