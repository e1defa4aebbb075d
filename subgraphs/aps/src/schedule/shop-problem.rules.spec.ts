import { describe, expect, it } from 'vitest';
import { scheduleProduction } from '../scheduling/engine.ts';
import { findViolations } from '../scheduling/schedule-validator.ts';
import { kpiDeltas, scheduleKpis } from './schedule-kpi.rules.ts';
import { calendarDaysFor, operationKey, scheduledRows, shopProblem, weightOf, type ShopFloor } from './shop-problem.rules.ts';
import { defaultSiteCalendar } from './working-calendar.rules.ts';

// Monday 2026-11-30, 08:00 UTC.
const now = new Date('2026-11-30T08:00:00Z');

const floor = (overrides: Partial<ShopFloor> = {}): ShopFloor => ({
  now,
  days: 14,
  frozenMinutes: 0,
  workOrders: [
    { id: 'wo-1', number: 'WO-1', itemId: 'pump', quantity: 60, dueDate: '2026-12-01', priority: 5, salesOrderId: 'so-1' },
    { id: 'wo-2', number: 'WO-2', itemId: 'valve', quantity: 120, dueDate: '2026-12-03', priority: 1, salesOrderId: null },
    { id: 'wo-3', number: 'WO-3', itemId: 'unrouted', quantity: 1, dueDate: '2026-12-03', priority: 5, salesOrderId: null },
  ],
  routings: new Map([
    [
      'pump',
      [
        { sequence: 10, workCenterId: 'cut', setupMinutes: 30, runSecondsPerUnit: 120, machineIds: [] },
        { sequence: 20, workCenterId: 'weld', setupMinutes: 15, runSecondsPerUnit: 60, machineIds: ['weld-1'] },
      ],
    ],
    ['valve', [{ sequence: 10, workCenterId: 'cut', setupMinutes: 45, runSecondsPerUnit: 60, machineIds: [] }]],
  ]),
  doneOperations: new Set(),
  machines: [
    { id: 'cut-1', code: 'CUT-1', workCenterId: 'cut' },
    { id: 'cut-2', code: 'CUT-2', workCenterId: 'cut' },
    { id: 'weld-1', code: 'WELD-1', workCenterId: 'weld' },
  ],
  calendar: defaultSiteCalendar,
  downtime: new Map(),
  extraShifts: new Map(),
  priorities: new Map(),
  materialReadyAt: new Map(),
  published: [],
  ...overrides,
});

describe('the shop floor as a scheduling problem', () => {
  it('makes work orders jobs with their routing’s steps on the work center’s machines, skipping what cannot be scheduled', () => {
    const shop = shopProblem(floor());
    expect(shop.skipped).toEqual([{ workOrderId: 'wo-3', reason: 'NO_ROUTING' }]);
    const [pump, valve] = shop.problem.jobs;
    expect(pump!.operations.map((operation) => [operation.id, operation.alternatives])).toEqual([
      ['10', [{ machineId: 'cut-1', duration: 120 }, { machineId: 'cut-2', duration: 120 }]],
      ['20', [{ machineId: 'weld-1', duration: 60 }]],
    ]);
    expect(valve!.weight).toBe(weightOf(1));
    expect(pump!.due).toBe(shop.nowMinute - 8 * 60 + 2 * 1440);
    expect(shop.problem.setupTimes!['valve#10']!['pump#10']).toBe(30);
    expect(shop.problem.setupTimes!['pump#10']!['valve#10']).toBe(45);
  });

  it('gives a feasible schedule inside shifts, from now on, and marks late operations', () => {
    const shop = shopProblem(floor({ materialReadyAt: new Map([['wo-1', new Date('2026-12-01T06:00:00Z')]]) }));
    const { schedule } = scheduleProduction(shop.problem, { objective: 'weightedTardiness', iterations: 200, seed: 1 });
    expect(findViolations(shop.problem, schedule)).toEqual([]);
    const rows = scheduledRows(shop, schedule);
    expect(rows.every((row) => row.start >= now)).toBe(true);
    const pumpCut = rows.find((row) => row.workOrderId === 'wo-1' && row.sequence === 10)!;
    // Its material arrives on Tuesday morning: the pump cannot be cut before.
    expect(pumpCut.start.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-12-01T06:00:00Z'));
    expect(rows.find((row) => row.workOrderId === 'wo-2')!.late).toBe(false);
  });

  it('gives the engine calendar for an overloaded plant’s work past the planner’s days, rather than refusing it', () => {
    // 40 valves of 6,000 units each: 4,000 minutes of cutting a day for two weeks, on two machines' 16-hour weekdays.
    const workOrders = Array.from({ length: 40 }, (_, index) => ({
      id: `wo-${index}`,
      number: `WO-${index}`,
      itemId: 'valve',
      quantity: 6_000,
      dueDate: '2026-12-04',
      priority: 5,
      salesOrderId: null,
    }));
    const shop = shopProblem(floor({ days: 3, workOrders }));
    expect(shop.horizonDays).toBeGreaterThan(3 + 7);
    const { schedule } = scheduleProduction(shop.problem, { objective: 'weightedTardiness', iterations: 50, seed: 1 });
    expect(findViolations(shop.problem, schedule)).toEqual([]);
    expect(schedule.operations).toHaveLength(40);
  });

  it('schedules a work order due long ago, and an operation the live schedule started before the epoch, as late work from now', () => {
    const overdue = floor({
      workOrders: [{ id: 'wo-old', number: 'WO-OLD', itemId: 'pump', quantity: 10, dueDate: '2026-10-01', priority: 5, salesOrderId: null }],
      frozenMinutes: 24 * 60,
      published: [{ workOrderId: 'wo-old', sequence: 10, machineId: 'cut-1', start: new Date('2026-11-02T08:00:00Z'), end: new Date('2026-11-02T09:00:00Z') }],
    });
    const shop = shopProblem(overdue);
    const { schedule } = scheduleProduction(shop.problem, { objective: 'weightedTardiness', iterations: 10, seed: 1 });
    const rows = scheduledRows(shop, schedule);
    expect(rows.map((row) => row.sequence)).toEqual([10, 20]);
    expect(rows.every((row) => row.start >= now && row.late)).toBe(true);
  });

  it('covers the work run one after another on the weekly shifts, the live schedule’s last operation and a week of slack, up to a year', () => {
    // Two shifts of 16 hours on weekdays: 4,800 working minutes a week.
    const days = (at: Partial<Parameters<typeof calendarDaysFor>[0]>) =>
      calendarDaysFor({ plannedDays: 14, calendar: defaultSiteCalendar, serialMinutes: 0, latestReady: 0, lastPublished: 0, ...at });
    expect(days({})).toBe(21);
    expect(days({ serialMinutes: 4_800 * 4, latestReady: 1440 })).toBe(1 + 28 + 7);
    expect(days({ lastPublished: 40 * 1440 + 1 })).toBe(41 + 7);
    expect(days({ serialMinutes: 4_800 * 1_000 })).toBe(366);
  });

  it('keeps the live schedule’s operations inside the frozen horizon and leaves out what mes finished', () => {
    const published = [{ workOrderId: 'wo-2', sequence: 10, machineId: 'cut-2', start: new Date('2026-11-30T09:00:00Z'), end: new Date('2026-11-30T11:00:00Z') }];
    const shop = shopProblem(floor({ published, frozenMinutes: 120, doneOperations: new Set([operationKey('wo-1', 10)]) }));
    const valve = shop.problem.jobs.find((job) => job.id === 'wo-2')!;
    expect(valve.operations[0]!.frozen).toEqual({ machineId: 'cut-2', start: shop.nowMinute + 60 });
    expect(shop.problem.jobs.find((job) => job.id === 'wo-1')!.operations.map((operation) => operation.id)).toEqual(['20']);
  });

  it('rates a schedule and compares two', () => {
    const shop = shopProblem(floor());
    const { schedule } = scheduleProduction(shop.problem, { objective: 'weightedTardiness', iterations: 100, seed: 1 });
    const rows = scheduledRows(shop, schedule);
    const windows = new Map(shop.problem.machines.map((machine) => [machine.id, machine.calendar!]));
    const kpis = scheduleKpis(rows, floor().workOrders, now, windows, shop.epoch);
    expect(kpis).toMatchObject({ operations: 3, workOrders: 2, lateWorkOrders: 0, totalLatenessHours: 0 });
    expect(kpis.utilisation).toBeGreaterThan(0);
    expect(kpis.utilisation).toBeLessThanOrEqual(1);

    // The same work with the cutting machines down until Wednesday night: the pump is late.
    const down = [{ from: new Date('2026-11-30T00:00:00Z'), to: new Date('2026-12-02T22:00:00Z') }];
    const scenario = shopProblem(floor({ downtime: new Map([['cut-1', down], ['cut-2', down]]) }));
    const replanned = scheduleProduction(scenario.problem, { objective: 'weightedTardiness', iterations: 100, seed: 1 }).schedule;
    const other = scheduleKpis(scheduledRows(scenario, replanned), floor().workOrders, now, new Map(scenario.problem.machines.map((machine) => [machine.id, machine.calendar!])), scenario.epoch);
    const deltas = kpiDeltas(kpis, other);
    expect(deltas.lateWorkOrders).toBe(1);
    expect(deltas.totalLatenessHours).toBeGreaterThan(0);
    expect(deltas.makespanHours).toBeGreaterThan(0);
  });
});
