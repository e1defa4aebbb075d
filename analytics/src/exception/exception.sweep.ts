import type { EntityManager } from '@plexus/db';
import { assess, daysLate, minutesSince, openValue, type ExceptionKind, type ExceptionRule, type RaisedCondition } from './exception.rules.ts';
import {
  clearConditions,
  loadRules,
  lockExceptionWriters,
  raiseConditions,
  readLastMachineRecoveries,
  readLatePurchaseOrders,
  readMachineLabels,
  readMachinesDown,
  readOpenOrders,
  readOpenSubjects,
  readOrderCurrencies,
  type ClearedCondition,
} from './exception.store.ts';

/**
 * What only the clock reveals: a promise date passed without the order
 * shipping, a purchase order past its confirmed date without the goods,
 * a machine down long enough to matter or to matter more. Reads analytics'
 * own projections (order fulfilment, supplier performance, machine state),
 * so it sees what they have applied; raises, re-grades and clears in one
 * transaction.
 */

async function sweepOrders(em: EntityManager, rule: ExceptionRule, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const late = await readOpenOrders(em, { dueBefore: today });
  const currencies = await readOrderCurrencies(em, late.map((order) => order.orderId));
  const raised: RaisedCondition[] = [];
  for (const order of late) {
    const days = daysLate(order.commitDate, now);
    const outcome = assess(rule, {
      measure: days,
      subjectId: order.orderId,
      subjectLabel: order.number,
      siteId: order.siteId,
      summary: `Promised ${order.commitDate}, ${days} day${days === 1 ? '' : 's'} late and not shipped in full`,
      moneyAtRisk: openValue(order.lines),
      currency: currencies.get(order.orderId) ?? null,
      causeEventId: null,
      at: now,
    });
    if ('raise' in outcome) raised.push(outcome.raise);
  }
  const lateIds = new Set(raised.map((condition) => condition.subjectId));
  const cleared = (await readOpenSubjects(em, 'ORDER_LATE')).filter((open) => !lateIds.has(open.subjectId));
  await clearConditions(em, cleared.map((open) => ({ kind: 'ORDER_LATE', subjectId: open.subjectId })), now, 'Shipped in full, cancelled or promised anew');
  // An order past its promise is late, no longer at risk of being late.
  await clearConditions(em, [...lateIds].map((subjectId) => ({ kind: 'ORDER_AT_RISK', subjectId })), now, 'The promise date passed: now late');
  return raised;
}

async function sweepPurchaseOrders(em: EntityManager, rule: ExceptionRule, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const raised: RaisedCondition[] = [];
  for (const order of await readLatePurchaseOrders(em, today)) {
    const days = daysLate(order.dueDate, now);
    const outcome = assess(rule, {
      measure: days,
      subjectId: order.purchaseOrderId,
      subjectLabel: order.number,
      siteId: order.siteId,
      summary: `Due ${order.dueDate}, ${days} day${days === 1 ? '' : 's'} late and not received in full`,
      moneyAtRisk: openValue(order.lines),
      currency: order.currency,
      causeEventId: null,
      at: now,
    });
    if ('raise' in outcome) raised.push(outcome.raise);
  }
  const lateIds = new Set(raised.map((condition) => condition.subjectId));
  const cleared: ClearedCondition[] = (await readOpenSubjects(em, 'PURCHASE_ORDER_LATE'))
    .filter((open) => !lateIds.has(open.subjectId))
    .map((open) => ({ kind: 'PURCHASE_ORDER_LATE', subjectId: open.subjectId }));
  await clearConditions(em, cleared, now, 'Received, closed, cancelled or re-promised');
  return raised;
}

/**
 * Machines down, re-graded by how long they have been. The event raised
 * them (or not, under a threshold) and clears them; the sweep only raises
 * one down past the threshold, and never one whose recovery the exceptions
 * already heard while the state projection had not yet.
 */
async function sweepMachines(em: EntityManager, rule: ExceptionRule, now: Date) {
  const down = await readMachinesDown(em);
  const [recoveries, labels] = await Promise.all([
    readLastMachineRecoveries(
      em,
      down.map((machine) => machine.machineId),
    ),
    readMachineLabels(
      em,
      down.map((machine) => machine.machineId),
    ),
  ]);
  const raised: RaisedCondition[] = [];
  for (const machine of down) {
    const recovered = recoveries.get(machine.machineId);
    if (recovered && recovered >= machine.since) continue;
    const outcome = assess(rule, {
      measure: minutesSince(machine.since, now),
      subjectId: machine.machineId,
      subjectLabel: labels.get(machine.machineId) ?? machine.machineId,
      siteId: machine.siteId,
      summary: `Machine down${machine.reason ? `: ${machine.reason}` : ''}`,
      moneyAtRisk: null,
      currency: null,
      causeEventId: machine.eventId,
      at: machine.since,
    });
    if ('raise' in outcome) raised.push(outcome.raise);
  }
  return raised;
}

/** One pass over the time-based conditions, as of `now`. */
export async function sweepExceptions(em: EntityManager, now: Date): Promise<void> {
  await em.fork().transactional(async (tx) => {
    await lockExceptionWriters(tx);
    const rules = await loadRules(tx);
    const rule = (kind: ExceptionKind) => rules.get(kind)!;
    const raised = [
      ...(await sweepOrders(tx, rule('ORDER_LATE'), now)),
      ...(await sweepPurchaseOrders(tx, rule('PURCHASE_ORDER_LATE'), now)),
      ...(await sweepMachines(tx, rule('MACHINE_DOWN'), now)),
    ];
    await raiseConditions(tx, raised, rules);
  });
}
