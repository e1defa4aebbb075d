import { demoPromisedOrders } from '@plexus/crm/demo';
import { demoItems, demoShopFloor, demoSites } from '@plexus/erp/demo';
import { demoKey, type DemoStep, type Simulation } from '@plexus/host';
import { demoWarehouses } from '@plexus/wms/demo';
import type { MesContext } from './context.ts';
import { changeMachineState, createWorkCenter, registerMachine } from './machine/machine.service.ts';
import { componentsOf, consumableLots, consumeMaterial } from './material/material.service.ts';
import type { OperationRun, RoutingStepCopy, WorkOrder } from './work-order/work-order.entity.ts';
import { completeOperation, finishSetup, releaseWorkOrder, reportProduction, resumeOperation, routingOf, startOperation } from './work-order/work-order.service.ts';

const minuteMs = 60_000;
const hourMs = 3_600_000;
const dayMs = 86_400_000;
/** One long shift on weekdays, 06:00–16:00 UTC; evenings, nights and weekends the plant is off shift. */
const shiftStartHour = 6;
const shiftEndHour = 16;
/** The plant plans every other Monday for the demand promised since. */
const planEveryDays = 14;

/** Work centers by code (the codes erp's routings name), with their share of the plant's machines. */
const workCenters = [
  { code: 'CNC', name: 'CNC machining', share: 4, idealCycleSeconds: 50 },
  { code: 'GRIND', name: 'Grinding', share: 2, idealCycleSeconds: 40 },
  { code: 'PCB', name: 'Electronics assembly', share: 1, idealCycleSeconds: 30 },
  { code: 'ASSY', name: 'Final assembly', share: 3, idealCycleSeconds: 150 },
  { code: 'TEST', name: 'Test bench', share: 1, idealCycleSeconds: 30 },
  { code: 'PACK', name: 'Packing and filling', share: 1, idealCycleSeconds: 15 },
] as const;

const breakdownReasons = ['MECHANICAL_FAILURE', 'ELECTRICAL_FAILURE', 'TOOL_BREAKAGE'] as const;
const scrapReasons: Record<string, readonly string[]> = {
  CNC: ['DIMENSION_OUT_OF_TOLERANCE', 'SURFACE_DEFECT'],
  GRIND: ['DIMENSION_OUT_OF_TOLERANCE', 'BURN_MARKS'],
  PCB: ['SOLDER_DEFECT', 'COMPONENT_MISSING'],
  ASSY: ['ASSEMBLY_ERROR', 'DAMAGED_PART'],
  TEST: ['LEAK_TEST_FAILED', 'ELECTRICAL_TEST_FAILED'],
  PACK: ['PACKAGING_DAMAGE'],
};

interface PlantMachine {
  id: string;
  code: string;
  workCenterCode: string;
  /** When the machine is next free, in the plant's plan (ms). */
  freeAt: number;
}

interface PlantState {
  machines: PlantMachine[];
  warehouseId: string;
  siteId: string;
  /** How many of crm's promised orders the plant has planned for. */
  plannedOrders: number;
  /** Whether the first working morning's batch for stock is released. */
  startedUp: boolean;
}

const demoPlant = demoKey<PlantState>('mes.plant');

/** `count` machines spread over the work centers by their share, at least one each. */
export function machinesPerWorkCenter(count: number): number[] {
  const total = workCenters.reduce((sum, center) => sum + center.share, 0);
  const counts = workCenters.map((center) => Math.max(1, Math.round((count * center.share) / total)));
  // Rounding may miss the total by a machine or two: take from or give to the largest work center.
  for (let excess = counts.reduce((a, b) => a + b, 0) - Math.max(count, workCenters.length); excess !== 0; excess -= Math.sign(excess)) {
    const largest = counts.indexOf(Math.max(...counts));
    counts[largest]! -= Math.sign(excess);
  }
  return counts;
}

const midnight = (time: number) => Math.floor(time / dayMs) * dayMs;
const isWeekday = (time: number) => {
  const day = new Date(time).getUTCDay();
  return day >= 1 && day <= 5;
};
/**
 * Work happens a minute inside the shift, so the shift's own state changes
 * (every machine IDLE at its start, OFF_SHIFT at its end) come first and last.
 */
const shiftEndOf = (time: number) => midnight(time) + shiftEndHour * hourMs - minuteMs;

/** The first working moment at or after `time`. */
function nextWorking(time: number): number {
  let day = midnight(time);
  for (;;) {
    if (isWeekday(day)) {
      const start = day + shiftStartHour * hourMs + minuteMs;
      if (time < start) return start;
      if (time < shiftEndOf(day)) return time;
    }
    day += dayMs;
    time = day;
  }
}

/**
 * Working time `ms` after `start`: its end, the shift starts crossed on the
 * way (where paused work resumes) and the shift ends it paused at, with the
 * work done by then (where operators report what they made that shift).
 */
function advance(start: number, ms: number): { end: number; resumes: number[]; pauses: { at: number; doneMs: number }[] } {
  let time = nextWorking(start);
  let left = ms;
  const resumes: number[] = [];
  const pauses: { at: number; doneMs: number }[] = [];
  for (;;) {
    const end = shiftEndOf(time);
    if (time + left <= end) return { end: time + left, resumes, pauses };
    left -= end - time;
    pauses.push({ at: end, doneMs: ms - left });
    time = nextWorking(end);
    resumes.push(time);
  }
}

/**
 * The demo plant: a dozen machines (`--machines M`) in six work centers, one
 * shift on weekdays. On its first working morning it makes a batch of every
 * finished good for stock. Every other Monday the planner releases a work order
 * per finished good for the demand crm promised since the last plan (big
 * order lines get their own, made for the order), and one per semi-finished
 * part those need; a dispatcher puts each operation on the first free
 * machine its routing allows. Operators set up, run at somewhat less than
 * the ideal rate, scrap some units with a reason, rework a few, and report;
 * machines break down, jam and get planned maintenance; material is
 * consumed by lot (oldest first) when a work order starts, so every lot
 * made knows its component lots.
 */
export const mesDemo: DemoStep<MesContext> = {
  after: ['erp', 'crm', 'srm', 'wms'],
  async setUp(simulation) {
    const at = simulation.at(simulation.firstDay);
    const { plant } = simulation.world.get(demoSites);
    const warehouse = simulation.world.get(demoWarehouses).find((candidate) => candidate.siteId === plant.id)!;
    const counts = machinesPerWorkCenter(simulation.size('machines', 12));
    const machines: PlantMachine[] = [];
    const shopFloor: { id: string; code: string; machineIds: string[] }[] = [];
    for (const [index, center] of workCenters.entries()) {
      const workCenter = await createWorkCenter(at, { code: center.code, name: center.name, siteId: plant.id });
      const machineIds: string[] = [];
      for (let number = 1; number <= counts[index]!; number += 1) {
        const code = `${center.code}-${String(number).padStart(2, '0')}`;
        const machine = await registerMachine(at, { code, name: `${center.name} ${number}`, workCenterId: workCenter.id, idealCycleSeconds: center.idealCycleSeconds });
        machines.push({ id: machine.id, code, workCenterCode: center.code, freeAt: simulation.firstDay.getTime() });
        machineIds.push(machine.id);
      }
      shopFloor.push({ id: workCenter.id, code: center.code, machineIds });
    }
    simulation.world.set(demoShopFloor, { workCenters: shopFloor });
    simulation.world.set(demoPlant, { machines, warehouseId: warehouse.id, siteId: plant.id, plannedOrders: 0, startedUp: false });
  },

  async day(simulation, day) {
    const plant = simulation.world.get(demoPlant);
    const time = day.getTime();
    if (!isWeekday(time)) return;
    const machineIds = plant.machines.map((machine) => machine.id);
    const shiftStart = new Date(time + shiftStartHour * hourMs);
    const shiftEnd = new Date(time + shiftEndHour * hourMs);
    simulation.later(shiftStart, () => changeMachineState(simulation.at(shiftStart), { machineIds, state: 'IDLE', reason: 'NO_ORDER' }).then(() => undefined));
    simulation.later(shiftEnd, () => changeMachineState(simulation.at(shiftEnd), { machineIds, state: 'OFF_SHIFT' }).then(() => undefined));
    if (!plant.startedUp) {
      plant.startedUp = true;
      const startAt = new Date(time + shiftStartHour * hourMs + 4 * minuteMs);
      simulation.later(startAt, () => startUp(simulation, plant, startAt.getTime()));
    }
    const dayNumber = Math.round((time - simulation.firstDay.getTime()) / dayMs);
    if (new Date(time).getUTCDay() === 1 && Math.floor(dayNumber / 7) % 2 === 0) {
      maintain(simulation, plant, time);
      const planAt = new Date(time + shiftStartHour * hourMs + 5 * minuteMs);
      simulation.later(planAt, () => plan(simulation, plant, planAt.getTime()));
    }
  },
};

/** Planned maintenance on the plan's Monday morning for two machines that are free then, in turn. */
function maintain(simulation: Simulation<MesContext>, plant: PlantState, day: number) {
  const start = day + shiftStartHour * hourMs + 30_000;
  const end = day + (shiftStartHour + 2) * hourMs;
  const free = plant.machines.filter((machine) => machine.freeAt <= start);
  const offset = Math.floor((day - simulation.firstDay.getTime()) / (planEveryDays * dayMs)) * 2;
  for (const machine of [free[offset % Math.max(1, free.length)], free[(offset + 1) % Math.max(1, free.length)]]) {
    if (!machine || machine.freeAt > start) continue;
    machine.freeAt = end + minuteMs;
    simulation.later(new Date(start), async () => {
      await changeMachineState(simulation.at(new Date(start)), { machineIds: [machine.id], state: 'PLANNED_DOWNTIME', reason: 'PREVENTIVE_MAINTENANCE' });
    });
    simulation.later(new Date(end), async () => {
      await changeMachineState(simulation.at(new Date(end)), { machineIds: [machine.id], state: 'IDLE', reason: 'NO_ORDER' });
    });
  }
}

interface Demand {
  itemId: string;
  quantity: number;
  /** The date the order needs the goods by, for work made to order. */
  neededBy: number | null;
  priority: number;
  salesOrderId: string | null;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const roundUp = (quantity: number, multiple: number) => Math.max(multiple, Math.ceil(quantity / multiple) * multiple);

/**
 * Releases the fortnight's work orders (semi-finished parts first) and
 * dispatches their operations. The planner dates each work order by the
 * dispatch plan with a day or three of slack, but one in five optimistically
 * (a day or two early): those, and any the plant cannot make by an order's
 * need, are the late ones schedule adherence shows.
 */
async function plan(simulation: Simulation<MesContext>, plant: PlantState, now: number) {
  const promised = simulation.world.get(demoPromisedOrders);
  const { finished } = simulation.world.get(demoItems);
  const finishedIds = new Set(finished.map((item) => item.id));
  const stock = new Map<string, number>();
  const demands: Demand[] = [];
  for (const order of promised.slice(plant.plannedOrders)) {
    for (const line of order.lines) {
      if (!finishedIds.has(line.itemId)) continue;
      // The biggest lines are made for their order, needed two days before its promise; the rest is made to stock.
      if (line.quantity >= 39) {
        demands.push({ itemId: line.itemId, quantity: line.quantity, neededBy: Date.parse(order.promisedDate) - 2 * dayMs, priority: 3, salesOrderId: order.orderId });
      } else {
        stock.set(line.itemId, (stock.get(line.itemId) ?? 0) + line.quantity);
      }
    }
  }
  plant.plannedOrders = promised.length;
  demands.push(...[...stock].map(([itemId, quantity]) => ({ itemId, quantity: roundUp(quantity, 10), neededBy: null, priority: 5, salesOrderId: null })));
  await releaseWave(simulation, plant, demands, now);
}

/** Finished goods the plant makes for stock on its first working morning: what its warehouse ships until the first plan's work is done. */
const startUpBatch = 40;

/**
 * The first working morning: the plant's warehouse holds no finished goods
 * (the plant makes them, from materials bought on purchase orders), so the
 * planner releases a batch of each for stock.
 */
async function startUp(simulation: Simulation<MesContext>, plant: PlantState, now: number) {
  const { finished } = simulation.world.get(demoItems);
  await releaseWave(simulation, plant, finished.map((item) => ({ itemId: item.id, quantity: startUpBatch, neededBy: null, priority: 5, salesOrderId: null })), now);
}

/** Releases and dispatches work orders for the demands and the semi-finished parts they need (parts first). */
async function releaseWave(simulation: Simulation<MesContext>, plant: PlantState, demands: readonly Demand[], now: number) {
  if (demands.length === 0) return;
  const { semiFinished } = simulation.world.get(demoItems);
  const at = simulation.at(new Date(now));
  const parts = new Map<string, number>();
  const semiIds = new Set(semiFinished.map((item) => item.id));
  for (const demand of demands) {
    for (const component of await componentsOf(at.em, demand.itemId)) {
      if (semiIds.has(component.componentId)) parts.set(component.componentId, (parts.get(component.componentId) ?? 0) + component.quantityPer * demand.quantity);
    }
  }
  // Parts first: finished goods start the day after the last part they need is made, when the warehouse has put it away.
  let partsReady = now;
  for (const [itemId, quantity] of parts) {
    partsReady = Math.max(partsReady, await releaseAndRun(simulation, plant, { itemId, quantity: roundUp(quantity * 1.04, 10), neededBy: null, priority: 5, salesOrderId: null }, now));
  }
  for (const demand of demands) await releaseAndRun(simulation, plant, demand, midnight(partsReady) + dayMs);
}

const pick = <T>(simulation: Simulation<MesContext>, values: readonly T[]): T => values[Math.floor(simulation.random() * values.length)]!;

interface PlannedOperation {
  sequence: number;
  machine: PlantMachine;
  start: number;
  setupEnd: number | null;
  /** Shift starts where work paused by a shift end resumes. */
  resumes: number[];
  /** A breakdown or jam partway: when the machine stopped, why, and when it was repaired. */
  stop: { at: number; reason: string; repaired: number } | null;
  /** When the operator reports, with the share of the run done by then: at each shift end, at a stop and at the end. */
  reports: { at: number; share: number }[];
  end: number;
  input: number;
  good: number;
  scrap: number;
  rework: number;
  scrapReason: string;
  runMs: number;
}

/** Plans a work order's operations on the machines, releases it dated by that plan, and schedules what happens on the floor; returns when it ends. */
async function releaseAndRun(simulation: Simulation<MesContext>, plant: PlantState, demand: Demand, readyAt: number): Promise<number> {
  const at = simulation.at(new Date(readyAt));
  const steps = await routingOf(at.em, demand.itemId);
  // An item erp gave no routing (a plant too small for its work centers) is not made.
  if (steps.length === 0) return readyAt;
  const planned: PlannedOperation[] = [];
  let ready = readyAt;
  let input = demand.quantity;
  for (const step of steps) {
    const candidates = plant.machines.filter((machine) => step.machineIds.includes(machine.id));
    const machine = candidates.reduce((best, candidate) => (candidate.freeAt < best.freeAt ? candidate : best));
    const operation = planOperation(simulation, machine, step, Math.max(ready, machine.freeAt), input);
    machine.freeAt = operation.end + minuteMs;
    planned.push(operation);
    ready = operation.end;
    input = operation.good;
  }
  const slackDays = simulation.random() < 0.2 ? -1 - Math.floor(simulation.random() * 2) : 1 + Math.floor(simulation.random() * 3);
  const estimate = ready + slackDays * dayMs;
  const order = await releaseWorkOrder(simulation.at(new Date(readyAt)), {
    itemId: demand.itemId,
    quantity: demand.quantity,
    dueDate: isoDay(demand.neededBy ? Math.min(demand.neededBy, estimate) : estimate),
    priority: demand.priority,
    salesOrderId: demand.salesOrderId,
    siteId: plant.siteId,
    warehouseId: plant.warehouseId,
  });
  const operations = await simulation.at(new Date(readyAt)).loaders.operationsByWorkOrder.load(order.id);
  for (const [index, operation] of operations.entries()) scheduleOperation(simulation, plant, order, operation, planned[index]!, index === 0);
  return ready;
}

/**
 * One operation on one machine as it will happen: setup (never across a
 * shift end), running at 75–95 % of the routing's rate, perhaps a
 * breakdown or a jam midway, some units scrapped with a reason and a few
 * reworked; work paused by a shift end resumes next shift.
 */
function planOperation(simulation: Simulation<MesContext>, machine: PlantMachine, step: RoutingStepCopy, earliest: number, input: number): PlannedOperation {
  const random = () => simulation.random();
  const setupMs = step.setupMinutes * minuteMs * (0.8 + random() * 0.6);
  let start = nextWorking(earliest + minuteMs);
  if (start + setupMs > shiftEndOf(start)) start = nextWorking(shiftEndOf(start));
  const setup = advance(start, setupMs);
  const scrapRate = random() < 0.3 ? random() * 0.06 : random() * 0.01;
  const scrap = Math.min(input, Math.round(input * scrapRate));
  const rework = random() < 0.15 ? Math.min(input - scrap, 1 + Math.floor(random() * 3)) : 0;
  const runMs = input * step.runSecondsPerUnit * 1000 * (1.05 + random() * 0.28);
  const scrapReason = pick(simulation, scrapReasons[machine.workCenterCode] ?? ['DEFECT']);
  const base = { sequence: step.sequence, machine, start, setupEnd: step.setupMinutes > 0 ? setup.end : null, input, good: input - scrap, scrap, rework, scrapReason, runMs };
  const stop = random();
  if (stop < 0.2) {
    // A breakdown (one in fifteen operations) or a jam stops the machine partway through.
    const breakdown = stop < 0.07;
    const share = 0.2 + random() * 0.6;
    const before = advance(setup.end, runMs * share);
    const reason = breakdown ? pick(simulation, breakdownReasons) : 'JAM';
    const repaired = advance(before.end + 1000, (breakdown ? 20 + random() * 130 : 3 + random() * 9) * minuteMs);
    const after = advance(repaired.end + 1000, runMs * (1 - share));
    const reports = [
      ...before.pauses.map((pause) => ({ at: pause.at, share: pause.doneMs / runMs })),
      { at: before.end, share },
      ...after.pauses.map((pause) => ({ at: pause.at, share: share + pause.doneMs / runMs })),
      { at: after.end, share: 1 },
    ];
    return { ...base, resumes: [...before.resumes, ...after.resumes], stop: { at: before.end, reason, repaired: repaired.end }, reports, end: after.end };
  }
  const run = advance(setup.end, runMs);
  const reports = [...run.pauses.map((pause) => ({ at: pause.at, share: pause.doneMs / runMs })), { at: run.end, share: 1 }];
  return { ...base, resumes: run.resumes, stop: null, reports, end: run.end };
}

/** Schedules a planned operation's terminal actions: start, material, setup done, reports, the stop and its repair, resumes, completion. */
function scheduleOperation(simulation: Simulation<MesContext>, plant: PlantState, order: WorkOrder, operation: OperationRun, planned: PlannedOperation, first: boolean) {
  const { machine } = planned;
  const machineIndex = plant.machines.indexOf(machine);
  const operator = (time: number) => `OP-${String(machineIndex * 2 + (new Date(time).getUTCHours() < 11 ? 1 : 2)).padStart(3, '0')}`;
  const action = (time: number, work: (ctx: MesContext) => Promise<unknown>) => simulation.later(new Date(time), () => work(simulation.at(new Date(time))).then(() => undefined));
  action(planned.start, (ctx) => startOperation(ctx, { operationRunId: operation.id, machineId: machine.id, operatorId: operator(planned.start), setup: planned.setupEnd !== null }));
  if (first) action(planned.start + 30_000, (ctx) => consumeComponents(ctx, order, operator(planned.start)));
  if (planned.setupEnd !== null) action(planned.setupEnd, (ctx) => finishSetup(ctx, operation.id));
  // At the very moment the planned work carries on (a minute after the shift's start): a report may follow within the minute.
  for (const resume of planned.resumes) action(resume, (ctx) => resumeOperation(ctx, operation.id));
  // Each report carries what was made since the last one, so a machine's ideal time lands in the shift that ran it.
  const madeBy = (share: number) => ({
    good: Math.round(planned.good * share),
    scrap: Math.round(planned.scrap * share),
    rework: Math.round(planned.rework * share),
  });
  let reported = { share: 0, ...madeBy(0) };
  for (const { at, share } of planned.reports) {
    const made = madeBy(share);
    const [good, scrap, rework] = [made.good - reported.good, made.scrap - reported.scrap, made.rework - reported.rework];
    const labourMinutes = Math.round((((share - reported.share) * planned.runMs) / minuteMs) * 10) / 10;
    reported = { share, ...made };
    if (good + scrap + rework === 0) continue;
    action(at, (ctx) =>
      reportProduction(ctx, {
        operationRunId: operation.id,
        operatorId: operator(at),
        goodQuantity: good,
        scrapQuantity: scrap,
        scrapReason: scrap > 0 ? planned.scrapReason : null,
        reworkQuantity: rework,
        labourMinutes,
      }),
    );
  }
  if (planned.stop) {
    const { at, reason, repaired } = planned.stop;
    action(at + 1000, (ctx) => changeMachineState(ctx, { machineIds: [machine.id], state: 'DOWN', reason }));
    action(repaired, (ctx) => changeMachineState(ctx, { machineIds: [machine.id], state: 'IDLE', reason: 'NO_OPERATOR' }));
    action(repaired + 1000, (ctx) => resumeOperation(ctx, operation.id));
  }
  action(planned.end, (ctx) => completeOperation(ctx, operation.id, operator(planned.end)));
}

/** Consumes what the bill of materials asks for the work order from the oldest lots not on hold; a shortage consumes what there is. */
async function consumeComponents(ctx: MesContext, order: WorkOrder, operatorId: string) {
  const lines: { lotId: string; quantity: number }[] = [];
  for (const component of await componentsOf(ctx.em, order.itemId)) {
    let needed = component.quantityPer * order.quantity;
    for (const { lot, remaining } of await consumableLots(ctx.em, component.componentId, order.warehouseId)) {
      if (needed <= 0) break;
      const quantity = Math.min(needed, remaining);
      lines.push({ lotId: lot.id, quantity });
      needed -= quantity;
    }
  }
  if (lines.length > 0) await consumeMaterial(ctx, { workOrderId: order.id, operatorId, lines });
}
