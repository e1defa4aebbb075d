import { badInput, conflict } from '@plexus/errors';
import type { EventPayloads, SupplyChainEvent } from '@plexus/events';
import type { Milestone, TransportOrderStatus } from './transport-order.entity.ts';

const hourMs = 3_600_000;
/** Clocks of drivers' phones and carriers' systems drift: a milestone this far ahead of ours is still taken as now. */
export const clockToleranceMs = 5 * 60_000;

/** The order milestones happen in; each is recorded once. */
export const milestoneSequence: readonly Milestone[] = ['PICKED_UP', 'DEPARTED', 'ARRIVED', 'DELIVERED'];

export const statusAfter: Record<Milestone, TransportOrderStatus> = {
  PICKED_UP: 'PICKED_UP',
  DEPARTED: 'IN_TRANSIT',
  ARRIVED: 'ARRIVED',
  DELIVERED: 'DELIVERED',
};

/**
 * A milestone may follow only the one before it in the sequence: skipping
 * one or repeating one is a CONFLICT with what was recorded; a time in the
 * future or before the previous milestone is bad input.
 */
export function assertNextMilestone(number: string, recorded: readonly { milestone: Milestone; at: Date }[], next: Milestone, at: Date, now: Date): void {
  if (Number.isNaN(at.getTime())) throw badInput('at must be a time', { field: 'at' });
  if (recorded.some((entry) => entry.milestone === next)) throw conflict(`${number} already has ${next} recorded`, { milestone: next });
  const expected = milestoneSequence[recorded.length];
  if (next !== expected) {
    throw conflict(`${number} is not ready for ${next}: ${expected ? `${expected} comes first` : 'it is delivered'}`, { milestone: next, expected: expected ?? null });
  }
  if (at.getTime() > now.getTime() + clockToleranceMs) throw badInput(`${next} cannot be in the future`, { field: 'at' });
  const previous = recorded.at(-1);
  if (previous && at < previous.at) throw badInput(`${next} cannot be before ${previous.milestone} (${previous.at.toISOString()})`, { field: 'at' });
}

export interface Movements {
  plannedPickupAt: Date;
  pickedUpAt?: Date | null;
  departedAt?: Date | null;
  arrivedAt?: Date | null;
  deliveredAt?: Date | null;
}

/**
 * Expected delivery from the latest movement: the transit time counts from
 * departure (from pick-up, or the planned pick-up, before that); arrived
 * goods are due as soon as someone signs. While not delivered an ETA is never
 * in the past: a truck that is overdue is still expected, from now on.
 */
export function estimateArrival(movements: Movements, transitHours: number, now: Date): Date {
  if (movements.deliveredAt) return movements.deliveredAt;
  const expected = movements.arrivedAt ?? new Date((movements.departedAt ?? movements.pickedUpAt ?? movements.plannedPickupAt).getTime() + transitHours * hourMs);
  return expected < now ? now : expected;
}

export const endOfDay = (date: string) => new Date(`${date}T23:59:59.999Z`);

/** Delivered, or expected, after the end of the promised date. */
export function isLate(eta: Date | null, promisedDate: string | null): boolean {
  return eta !== null && promisedDate !== null && eta > endOfDay(promisedDate);
}

/**
 * What crm committed per sales order line, from its events (KPIS.md, commit
 * date): the promised date, falling back to the requested date, replaced by
 * any later promise the customer accepted.
 */
export function commitDates(events: readonly Pick<SupplyChainEvent, 'type' | 'payload'>[]): Map<string, string> {
  const commit = new Map<string, string>();
  for (const event of events) {
    if (event.type === 'crm.SalesOrderPlaced') {
      for (const line of (event.payload as EventPayloads['crm.SalesOrderPlaced']).lines) commit.set(line.lineId, line.promisedDate ?? line.requestedDate);
    } else if (event.type === 'crm.SalesOrderPromised') {
      for (const line of (event.payload as EventPayloads['crm.SalesOrderPromised']).lines) commit.set(line.lineId, line.promisedDate);
    }
  }
  return commit;
}

/** A shipment is promised by the latest commit date of the lines it carries (an order is due on its latest line's). */
export function promisedDateOf(lineIds: readonly string[], commit: ReadonlyMap<string, string>): string | null {
  const dates = lineIds.flatMap((id) => (commit.has(id) ? [commit.get(id)!] : []));
  return dates.length ? dates.sort().at(-1)! : null;
}
