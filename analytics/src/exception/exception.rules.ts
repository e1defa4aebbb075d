import { badInput } from '@plexus/errors';
import type { ViewerRole } from '@plexus/host';

/**
 * What needs a person (issue 13, item 4): which conditions raise an
 * exception, how severe it is and what money it puts at risk, by the
 * thresholds of its kind's configurable rule. Pure: no GraphQL, no SQL.
 */

export const exceptionKinds = ['ORDER_LATE', 'ORDER_AT_RISK', 'PURCHASE_ORDER_LATE', 'MACHINE_DOWN', 'QUALITY_HOLD', 'STOCK_OUT'] as const;
export type ExceptionKind = (typeof exceptionKinds)[number];

export const severities = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof severities)[number];

export const exceptionStatuses = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type ExceptionStatus = (typeof exceptionStatuses)[number];

/** What the record an exception is about is, so the control tower links it to its page. */
export type SubjectKind = 'SALES_ORDER' | 'PURCHASE_ORDER' | 'MACHINE' | 'LOT' | 'ITEM';

/** The measure each kind's thresholds are in. */
export type RuleUnit = 'DAYS' | 'MINUTES' | 'MONEY';

export const subjectKindOf: Readonly<Record<ExceptionKind, SubjectKind>> = {
  ORDER_LATE: 'SALES_ORDER',
  ORDER_AT_RISK: 'SALES_ORDER',
  PURCHASE_ORDER_LATE: 'PURCHASE_ORDER',
  MACHINE_DOWN: 'MACHINE',
  QUALITY_HOLD: 'LOT',
  STOCK_OUT: 'ITEM',
};

/**
 * Days late (orders, purchase orders), days the schedule finishes after the
 * promise (at risk), minutes down (machines), money held or demanded
 * (quality holds, stock-outs): the measure that grows with the trouble.
 */
export const unitOf: Readonly<Record<ExceptionKind, RuleUnit>> = {
  ORDER_LATE: 'DAYS',
  ORDER_AT_RISK: 'DAYS',
  PURCHASE_ORDER_LATE: 'DAYS',
  MACHINE_DOWN: 'MINUTES',
  QUALITY_HOLD: 'MONEY',
  STOCK_OUT: 'MONEY',
};

/**
 * Who works each kind and so may acknowledge, assign and resolve it
 * (administrators always may); the rule's owner role must be one of them.
 */
export const actorRoles: Readonly<Record<ExceptionKind, readonly ViewerRole[]>> = {
  ORDER_LATE: ['planner'],
  ORDER_AT_RISK: ['planner'],
  PURCHASE_ORDER_LATE: ['buyer', 'planner'],
  MACHINE_DOWN: ['operator', 'planner'],
  QUALITY_HOLD: ['quality', 'planner'],
  STOCK_OUT: ['planner', 'buyer'],
};

/** Who may change the rules: planners (and administrators). */
export const ruleEditorRoles: readonly ViewerRole[] = ['planner'];

/** Who sees the inbox: everyone inside the company; suppliers see none of it. */
export const readerRoles: readonly ViewerRole[] = ['executive', 'planner', 'buyer', 'operator', 'quality', 'finance', 'analyst'];

export interface ExceptionRule {
  kind: ExceptionKind;
  enabled: boolean;
  /** The measure (in the kind's unit) at which the condition becomes an exception; 0 raises it at once. */
  raiseAt: number;
  /** Severity MEDIUM from this measure on, HIGH and CRITICAL from theirs; LOW below. */
  mediumAt: number;
  highAt: number;
  criticalAt: number;
  /** Whose inbox a new exception of the kind lands in until someone is assigned. */
  ownerRole: ViewerRole;
}

/** The rules a new installation starts with: what a planner would call worth a look, worth a call, worth waking someone. */
export const defaultRules: readonly ExceptionRule[] = [
  { kind: 'ORDER_LATE', enabled: true, raiseAt: 0, mediumAt: 1, highAt: 3, criticalAt: 7, ownerRole: 'planner' },
  { kind: 'ORDER_AT_RISK', enabled: true, raiseAt: 0, mediumAt: 1, highAt: 3, criticalAt: 7, ownerRole: 'planner' },
  { kind: 'PURCHASE_ORDER_LATE', enabled: true, raiseAt: 1, mediumAt: 2, highAt: 5, criticalAt: 10, ownerRole: 'buyer' },
  { kind: 'MACHINE_DOWN', enabled: true, raiseAt: 0, mediumAt: 15, highAt: 60, criticalAt: 240, ownerRole: 'operator' },
  { kind: 'QUALITY_HOLD', enabled: true, raiseAt: 0, mediumAt: 1_000, highAt: 10_000, criticalAt: 50_000, ownerRole: 'quality' },
  { kind: 'STOCK_OUT', enabled: true, raiseAt: 0, mediumAt: 1_000, highAt: 10_000, criticalAt: 50_000, ownerRole: 'planner' },
];

/** The severity of a condition measuring `measure` in its kind's unit. */
export function severityOf(rule: ExceptionRule, measure: number): Severity {
  if (measure >= rule.criticalAt) return 'CRITICAL';
  if (measure >= rule.highAt) return 'HIGH';
  if (measure >= rule.mediumAt) return 'MEDIUM';
  return 'LOW';
}

/** Whether a condition measuring `measure` is an exception under the rule. */
export const raises = (rule: ExceptionRule, measure: number) => rule.enabled && measure >= rule.raiseAt;

const dayMs = 86_400_000;

/** Whole days from `due` (YYYY-MM-DD, due by the end of that UTC day) to `now`; 0 or less while not yet late. */
export function daysLate(due: string, now: Date): number {
  return Math.floor((now.getTime() - (Date.parse(`${due}T00:00:00Z`) + dayMs)) / dayMs) + 1;
}

/** Whole days a scheduled finish lies after the promised day; 0 when it makes it. */
export function daysOfSlip(promised: string, scheduledEnd: Date): number {
  return Math.max(0, Math.ceil((scheduledEnd.getTime() - (Date.parse(`${promised}T00:00:00Z`) + dayMs)) / dayMs));
}

export const minutesSince = (since: Date, now: Date) => Math.max(0, (now.getTime() - since.getTime()) / 60_000);

/** Money still to come on lines: open quantity (never negative) × price, summed. */
export function openValue(lines: readonly { quantity: number; done: number; unitPrice: number }[]): number {
  return round2(lines.reduce((sum, line) => sum + Math.max(0, line.quantity - line.done) * line.unitPrice, 0));
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** One way out of the inbox, and who may take it. */
export function canMove(from: ExceptionStatus, to: 'ACKNOWLEDGED' | 'RESOLVED'): boolean {
  if (from === 'RESOLVED') return false;
  return to === 'RESOLVED' || from === 'OPEN';
}

export const isActor = (kind: ExceptionKind, roles: readonly ViewerRole[]) => roles.some((role) => role === 'admin' || actorRoles[kind].includes(role));

/** A user id as identity issues them (`sub`): no spaces, no markup. */
export function validateOwnerId(raw: string): string {
  const ownerId = raw.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._@:|-]{0,127}$/.test(ownerId)) throw badInput('ownerId must be a user id: letters, digits and . _ @ : | - (at most 128)', { field: 'ownerId' });
  return ownerId;
}

export function validateNote(raw: string | null | undefined): string | null {
  const note = raw?.trim() ?? '';
  if (note.length > 1000) throw badInput('Keep the note under 1000 characters', { field: 'note' });
  return note || null;
}

export interface ExceptionRuleInput {
  kind: ExceptionKind;
  enabled: boolean;
  raiseAt: number;
  mediumAt: number;
  highAt: number;
  criticalAt: number;
  ownerRole: string;
}

/** A rule as given, or BAD_USER_INPUT naming the first field that is not a threshold the kind can use. */
export function validateRule(input: ExceptionRuleInput): ExceptionRule {
  if (!exceptionKinds.includes(input.kind)) throw badInput(`${String(input.kind)} is not an exception kind`, { field: 'kind' });
  const limit = unitOf[input.kind] === 'MONEY' ? 1e12 : unitOf[input.kind] === 'MINUTES' ? 525_600 : 3_650;
  for (const field of ['raiseAt', 'mediumAt', 'highAt', 'criticalAt'] as const) {
    const value = input[field];
    if (!Number.isFinite(value) || value < 0 || value > limit) throw badInput(`${field} must be between 0 and ${limit} ${unitOf[input.kind].toLowerCase()}`, { field });
  }
  if (!(input.mediumAt <= input.highAt && input.highAt <= input.criticalAt)) {
    throw badInput('Thresholds must rise: mediumAt ≤ highAt ≤ criticalAt', { field: 'highAt' });
  }
  const ownerRole = input.ownerRole as ViewerRole;
  if (!actorRoles[input.kind].includes(ownerRole)) {
    throw badInput(`ownerRole must be one of the roles that work ${input.kind}: ${actorRoles[input.kind].join(', ')}`, { field: 'ownerRole' });
  }
  return { kind: input.kind, enabled: input.enabled, raiseAt: input.raiseAt, mediumAt: input.mediumAt, highAt: input.highAt, criticalAt: input.criticalAt, ownerRole };
}

/** What a condition looks like when the rules found it: the row to raise or update. */
export interface RaisedCondition {
  kind: ExceptionKind;
  subjectId: string;
  subjectLabel: string;
  siteId: string | null;
  severity: Severity;
  summary: string;
  moneyAtRisk: number | null;
  currency: string | null;
  causeEventId: string | null;
  at: Date;
}

/** The condition of a measured subject under its rule: raise (or update) it, or clear it. */
export function assess(
  rule: ExceptionRule,
  subject: Omit<RaisedCondition, 'kind' | 'severity'> & { measure: number },
): { raise: RaisedCondition } | { clear: true } {
  if (!raises(rule, subject.measure)) return { clear: true };
  const { measure: _measure, ...rest } = subject;
  return { raise: { ...rest, kind: rule.kind, severity: severityOf(rule, subject.measure) } };
}

/** The condition a machine state change reports: down (since the change) or not. */
export const machineIsDown = (state: string) => state === 'DOWN';

/**
 * A snapshot's items out of stock: listed with nothing on hand, or listed in
 * the warehouse's previous snapshot and missing now (a count lists what it
 * found). Items with stock are back.
 */
export function stockOuts(
  previous: readonly { itemId: string; quantity: number }[],
  current: readonly { itemId: string; quantity: number }[],
): { out: string[]; back: string[] } {
  const now = new Map(current.map((balance) => [balance.itemId, balance.quantity]));
  const out = new Set(current.filter((balance) => balance.quantity <= 0).map((balance) => balance.itemId));
  for (const balance of previous) if (balance.quantity > 0 && !now.has(balance.itemId)) out.add(balance.itemId);
  const back = current.filter((balance) => balance.quantity > 0).map((balance) => balance.itemId);
  return { out: [...out], back };
}

/** The latest scheduled finish of each work order in a published schedule. */
export function scheduledFinishes(operations: readonly { workOrderId: string; end: string }[]): Map<string, Date> {
  const finishes = new Map<string, Date>();
  for (const operation of operations) {
    const end = new Date(operation.end);
    if (Number.isNaN(end.getTime())) continue;
    const known = finishes.get(operation.workOrderId);
    if (!known || end > known) finishes.set(operation.workOrderId, end);
  }
  return finishes;
}
