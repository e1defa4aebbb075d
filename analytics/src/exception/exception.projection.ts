import type { EntityManager } from '@plexus/db';
import { isId } from '@plexus/db';
import type { EventType, SupplyChainEvent } from '@plexus/events';
import type { EventProjection } from '../projection/event-projection.ts';
import {
  assess,
  daysOfSlip,
  machineIsDown,
  openValue,
  scheduledFinishes,
  stockOuts,
  type ExceptionKind,
  type ExceptionRule,
  type RaisedCondition,
} from './exception.rules.ts';
import {
  clearConditions,
  loadRules,
  lockExceptionWriters,
  raiseConditions,
  readItems,
  readMachineLabels,
  readNonconformanceQuantities,
  readOpenDemand,
  readOpenOrders,
  readOpenSubjects,
  readOrderCurrencies,
  readPreviousSnapshot,
  readWorkOrderOrders,
  reportingCurrency,
  type ClearedCondition,
} from './exception.store.ts';

/**
 * Raises and clears exceptions as the events that show them arrive: a
 * machine going down or back, a lot put on hold or released, a count that
 * found an item gone or back, goods received, a schedule that finishes an
 * order after its promise. Conditions that only time reveals (a promise
 * passed without shipment) are the sweep's (exception.sweep.ts).
 *
 * Within a batch the last word on a subject wins: a machine that went down
 * and came back before anyone could have looked raises nothing.
 */

const types = ['mes.MachineStateChanged', 'wms.LotHoldChanged', 'wms.InventorySnapshotTaken', 'wms.GoodsReceived', 'aps.SchedulePublished'] as const satisfies readonly EventType[];

type Verdict = { raise: RaisedCondition } | { clear: ClearedCondition; at: Date; why: string; causeEventId: string };

const uuid = (id: string | null | undefined) => (id && isId(id) ? id.toLowerCase() : null);

class Verdicts {
  readonly #bySubject = new Map<string, Verdict>();
  raise(condition: RaisedCondition) {
    this.#bySubject.set(`${condition.kind}|${condition.subjectId}|${condition.siteId}`, { raise: condition });
  }
  clear(cleared: ClearedCondition & { siteId: string | null }, event: SupplyChainEvent, why: string) {
    this.#bySubject.set(`${cleared.kind}|${cleared.subjectId}|${cleared.siteId}`, { clear: cleared, at: event.time, why, causeEventId: event.id });
  }
  /** A condition measured under its rule: raised, or cleared when it no longer is one. */
  judge(rule: ExceptionRule, event: SupplyChainEvent, subject: Parameters<typeof assess>[1] & { holds: boolean }, why: string) {
    const { holds, ...measured } = subject;
    const outcome = holds ? assess(rule, measured) : ({ clear: true } as const);
    if ('raise' in outcome) this.raise(outcome.raise);
    else this.clear({ kind: rule.kind, subjectId: subject.subjectId, siteId: subject.siteId }, event, why);
  }
  async apply(em: EntityManager, rules: ReadonlyMap<ExceptionKind, ExceptionRule>) {
    const verdicts = [...this.#bySubject.values()];
    await raiseConditions(em, verdicts.flatMap((verdict) => ('raise' in verdict ? [verdict.raise] : [])), rules);
    // Clearing is one statement per reason and moment: few in a batch (machines back, lots released, items received).
    const groups = new Map<string, { at: Date; why: string; causeEventId: string; cleared: ClearedCondition[] }>();
    for (const verdict of verdicts) {
      if ('raise' in verdict) continue;
      const key = `${verdict.why}|${verdict.at.toISOString()}|${verdict.causeEventId}`;
      const group = groups.get(key) ?? { at: verdict.at, why: verdict.why, causeEventId: verdict.causeEventId, cleared: [] };
      group.cleared.push(verdict.clear);
      groups.set(key, group);
    }
    for (const group of groups.values()) await clearConditions(em, group.cleared, group.at, group.why, group.causeEventId);
  }
}

async function judgeMachines(em: EntityManager, verdicts: Verdicts, rule: ExceptionRule, events: SupplyChainEvent<'mes.MachineStateChanged'>[]) {
  const latest = new Map<string, SupplyChainEvent<'mes.MachineStateChanged'>>();
  for (const event of events) {
    const machineId = uuid(event.payload.machineId ?? event.subjectId);
    if (machineId) latest.set(machineId, event);
  }
  const labels = await readMachineLabels(em, [...latest].filter(([, event]) => machineIsDown(event.payload.to)).map(([id]) => id));
  for (const [machineId, event] of latest) {
    verdicts.judge(
      rule,
      event,
      {
        holds: machineIsDown(event.payload.to),
        measure: 0,
        subjectId: machineId,
        subjectLabel: labels.get(machineId) ?? machineId,
        siteId: uuid(event.siteId),
        summary: `Machine down${event.payload.reason ? `: ${event.payload.reason}` : ''}`,
        moneyAtRisk: null,
        currency: null,
        causeEventId: event.id,
        at: event.time,
      },
      `Machine back ${event.payload.to.toLowerCase().replaceAll('_', ' ')}`,
    );
  }
}

async function judgeHolds(em: EntityManager, verdicts: Verdicts, rule: ExceptionRule, events: SupplyChainEvent<'wms.LotHoldChanged'>[]) {
  const held = events.filter((event) => event.payload.onHold);
  const [items, quantities] = await Promise.all([
    readItems(em, [...new Set(held.map((event) => uuid(event.payload.itemId)).filter((id): id is string => !!id))]),
    readNonconformanceQuantities(em, [...new Set(held.map((event) => uuid(event.payload.nonconformanceId)).filter((id): id is string => !!id))]),
  ]);
  for (const event of events) {
    const lotId = uuid(event.payload.lotId);
    if (!lotId) continue;
    const item = items.get(uuid(event.payload.itemId) ?? '');
    const quantity = quantities.get(uuid(event.payload.nonconformanceId) ?? '');
    const money = item && quantity !== undefined ? Math.round(quantity * item.standardCost * 100) / 100 : null;
    verdicts.judge(
      rule,
      event,
      {
        holds: event.payload.onHold,
        measure: money ?? 0,
        subjectId: lotId,
        subjectLabel: `Lot ${event.payload.lotNumber}${item ? ` · ${item.sku}` : ''}`,
        siteId: uuid(event.siteId),
        summary: `On hold: ${event.payload.reason}${quantity !== undefined ? ` (${quantity} suspect)` : ''}`,
        moneyAtRisk: money,
        currency: money === null ? null : reportingCurrency(),
        causeEventId: event.id,
        at: event.time,
      },
      `Lot released: ${event.payload.reason}`,
    );
  }
}

async function judgeStock(em: EntityManager, verdicts: Verdicts, rule: ExceptionRule, snapshots: SupplyChainEvent<'wms.InventorySnapshotTaken'>[], receipts: SupplyChainEvent<'wms.GoodsReceived'>[]) {
  const found: { event: SupplyChainEvent; itemId: string; siteId: string | null; out: boolean }[] = [];
  for (const event of snapshots) {
    const warehouseId = uuid(event.payload.warehouseId ?? event.subjectId);
    if (!warehouseId) continue;
    const previous = await readPreviousSnapshot(em, warehouseId, event.time);
    const { out, back } = stockOuts(previous, event.payload.balances.map((balance) => ({ itemId: balance.itemId, quantity: Number(balance.quantity) })));
    for (const itemId of out) found.push({ event, itemId, siteId: uuid(event.siteId), out: true });
    for (const itemId of back) found.push({ event, itemId, siteId: uuid(event.siteId), out: false });
  }
  for (const event of receipts) {
    for (const line of event.payload.lines) if (line.quantity > 0) found.push({ event, itemId: line.itemId, siteId: uuid(event.siteId), out: false });
  }
  const outIds = [...new Set(found.filter((entry) => entry.out).map((entry) => entry.itemId))];
  const items = await readItems(em, outIds);
  const demandBySite = new Map<string | null, Map<string, number>>();
  for (const siteId of new Set(found.filter((entry) => entry.out).map((entry) => entry.siteId))) {
    demandBySite.set(siteId, await readOpenDemand(em, siteId, outIds));
  }
  for (const entry of found) {
    const itemId = uuid(entry.itemId);
    if (!itemId) continue;
    const item = items.get(itemId);
    const demand = demandBySite.get(entry.siteId)?.get(itemId) ?? 0;
    const money = item ? Math.round(demand * item.standardCost * 100) / 100 : null;
    verdicts.judge(
      rule,
      entry.event,
      {
        holds: entry.out,
        measure: money ?? 0,
        subjectId: itemId,
        subjectLabel: item ? `${item.sku} ${item.name}` : itemId,
        siteId: entry.siteId,
        summary: demand > 0 ? `Out of stock with ${demand} on open orders` : 'Out of stock',
        moneyAtRisk: money,
        currency: money === null ? null : reportingCurrency(),
        causeEventId: entry.event.id,
        at: entry.event.time,
      },
      entry.event.type === 'wms.GoodsReceived' ? 'Goods received' : 'Back in stock at the count',
    );
  }
}

/** The live schedule finishes some orders' work after their promise: those are at risk, the rest of the open ones no longer are. */
async function judgeSchedule(em: EntityManager, verdicts: Verdicts, rule: ExceptionRule, event: SupplyChainEvent<'aps.SchedulePublished'>) {
  const finishes = scheduledFinishes(event.payload.operations);
  const orderOf = await readWorkOrderOrders(em, [...finishes.keys()].filter((id) => isId(id)));
  const finishByOrder = new Map<string, Date>();
  for (const [workOrderId, end] of finishes) {
    const orderId = uuid(orderOf.get(workOrderId));
    if (!orderId) continue;
    const known = finishByOrder.get(orderId);
    if (!known || end > known) finishByOrder.set(orderId, end);
  }
  const today = event.time.toISOString().slice(0, 10);
  const orders = (await readOpenOrders(em, { orderIds: [...finishByOrder.keys()] })).filter((order) => order.commitDate >= today);
  const currencies = await readOrderCurrencies(em, orders.map((order) => order.orderId));
  const judged = new Set<string>();
  for (const order of orders) {
    const finish = finishByOrder.get(order.orderId)!;
    const slip = daysOfSlip(order.commitDate, finish);
    judged.add(order.orderId);
    verdicts.judge(
      rule,
      event,
      {
        holds: slip > 0,
        measure: slip,
        subjectId: order.orderId,
        subjectLabel: order.number,
        siteId: uuid(order.siteId),
        summary: `Scheduled to finish ${finish.toISOString().slice(0, 10)}, promised ${order.commitDate}`,
        moneyAtRisk: openValue(order.lines),
        currency: currencies.get(order.orderId) ?? null,
        causeEventId: event.id,
        at: event.time,
      },
      'The schedule makes the promise',
    );
  }
  for (const open of await readOpenSubjects(em, 'ORDER_AT_RISK')) {
    if (!judged.has(open.subjectId)) verdicts.clear({ kind: 'ORDER_AT_RISK', subjectId: open.subjectId, siteId: open.siteId }, event, 'No scheduled work finishes after the promise');
  }
}

export const exceptionProjection: EventProjection = {
  name: 'exceptions',
  types,
  async apply(em, events) {
    await lockExceptionWriters(em);
    const rules = await loadRules(em);
    const verdicts = new Verdicts();
    const ofType = <T extends (typeof types)[number]>(type: T) => events.filter((event): event is SupplyChainEvent<T> => event.type === type);
    await judgeMachines(em, verdicts, rules.get('MACHINE_DOWN')!, ofType('mes.MachineStateChanged'));
    await judgeHolds(em, verdicts, rules.get('QUALITY_HOLD')!, ofType('wms.LotHoldChanged'));
    await judgeStock(em, verdicts, rules.get('STOCK_OUT')!, ofType('wms.InventorySnapshotTaken'), ofType('wms.GoodsReceived'));
    // Each publication is the whole live schedule: only the batch's last one says what is planned now.
    const schedule = ofType('aps.SchedulePublished').at(-1);
    if (schedule) await judgeSchedule(em, verdicts, rules.get('ORDER_AT_RISK')!, schedule);
    await verdicts.apply(em, rules);
  },
};
