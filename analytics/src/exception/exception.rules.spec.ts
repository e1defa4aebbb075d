import { describe, expect, it } from 'vitest';
import {
  assess,
  canMove,
  daysLate,
  daysOfSlip,
  defaultRules,
  isActor,
  openValue,
  scheduledFinishes,
  severityOf,
  stockOuts,
  validateOwnerId,
  validateRule,
  type ExceptionRule,
} from './exception.rules.ts';

const rule = (kind: ExceptionRule['kind']) => defaultRules.find((candidate) => candidate.kind === kind)!;
const machineRule: ExceptionRule = { kind: 'MACHINE_DOWN', enabled: true, raiseAt: 10, mediumAt: 15, highAt: 60, criticalAt: 240, ownerRole: 'operator' };
const subject = { subjectId: 'm', subjectLabel: 'M-1', siteId: null, summary: 'down', moneyAtRisk: null, currency: null, causeEventId: null, at: new Date('2026-03-01T00:00:00Z') };

describe('exception rules', () => {
  it('grades severity by the thresholds, each from its own value on', () => {
    expect([0, 14.9, 15, 59, 60, 239, 240, 10_000].map((minutes) => severityOf(machineRule, minutes))).toEqual(['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH', 'CRITICAL', 'CRITICAL']);
  });

  it('raises a condition only from the raise threshold on, and never when the rule is off', () => {
    expect(assess(machineRule, { ...subject, measure: 9 })).toEqual({ clear: true });
    expect(assess(machineRule, { ...subject, measure: 61 })).toEqual({ raise: { ...subject, kind: 'MACHINE_DOWN', severity: 'HIGH' } });
    expect(assess({ ...machineRule, enabled: false }, { ...subject, measure: 500 })).toEqual({ clear: true });
  });

  it('counts days late from the day after the due date', () => {
    expect(daysLate('2026-03-10', new Date('2026-03-10T23:59:00Z'))).toBe(0);
    expect(daysLate('2026-03-10', new Date('2026-03-11T00:00:00Z'))).toBe(1);
    expect(daysLate('2026-03-10', new Date('2026-03-13T12:00:00Z'))).toBe(3);
  });

  it('counts a scheduled finish during the promised day as making it, and each day after as slip', () => {
    expect(daysOfSlip('2026-03-10', new Date('2026-03-10T22:00:00Z'))).toBe(0);
    expect(daysOfSlip('2026-03-10', new Date('2026-03-11T01:00:00Z'))).toBe(1);
    expect(daysOfSlip('2026-03-10', new Date('2026-03-09T08:00:00Z'))).toBe(0);
  });

  it('values what is still to come, never counting over-delivery as negative', () => {
    expect(openValue([{ quantity: 10, done: 4, unitPrice: 2.5 }, { quantity: 5, done: 7, unitPrice: 100 }])).toBe(15);
  });

  it('finds items gone from a count or counted at zero, and items back', () => {
    const previous = [{ itemId: 'a', quantity: 5 }, { itemId: 'b', quantity: 3 }, { itemId: 'c', quantity: 0 }];
    const current = [{ itemId: 'a', quantity: 0 }, { itemId: 'd', quantity: 2 }];
    expect(stockOuts(previous, current)).toEqual({ out: ['a', 'b'], back: ['d'] });
  });

  it('takes the latest end of each work order in a schedule and skips unreadable times', () => {
    const finishes = scheduledFinishes([
      { workOrderId: 'w1', end: '2026-03-02T10:00:00Z' },
      { workOrderId: 'w1', end: '2026-03-03T10:00:00Z' },
      { workOrderId: 'w2', end: 'soon' },
    ]);
    expect([...finishes]).toEqual([['w1', new Date('2026-03-03T10:00:00Z')]]);
  });

  it('moves OPEN → ACKNOWLEDGED → RESOLVED, resolves from either, and nothing leaves RESOLVED', () => {
    expect(canMove('OPEN', 'ACKNOWLEDGED')).toBe(true);
    expect(canMove('ACKNOWLEDGED', 'ACKNOWLEDGED')).toBe(false);
    expect(canMove('OPEN', 'RESOLVED')).toBe(true);
    expect(canMove('ACKNOWLEDGED', 'RESOLVED')).toBe(true);
    expect(canMove('RESOLVED', 'RESOLVED')).toBe(false);
  });

  it('lets the roles of a kind act on it, and administrators on any', () => {
    expect(isActor('MACHINE_DOWN', ['operator'])).toBe(true);
    expect(isActor('QUALITY_HOLD', ['operator'])).toBe(false);
    expect(isActor('PURCHASE_ORDER_LATE', ['executive'])).toBe(false);
    expect(isActor('STOCK_OUT', ['admin'])).toBe(true);
  });

  it('accepts a rule whose thresholds rise and whose owner works the kind, and names the field of a bad one', () => {
    const input = { ...rule('PURCHASE_ORDER_LATE'), raiseAt: 3 };
    expect(validateRule(input)).toEqual(input);
    const field = (change: Partial<typeof input>) => {
      try {
        validateRule({ ...input, ...change });
        return null;
      } catch (error) {
        return (error as { details: { field: string } }).details.field;
      }
    };
    expect(field({ raiseAt: -1 })).toBe('raiseAt');
    expect(field({ criticalAt: Number.NaN })).toBe('criticalAt');
    expect(field({ mediumAt: 9, highAt: 5 })).toBe('highAt');
    expect(field({ ownerRole: 'quality' })).toBe('ownerRole');
    expect(field({ kind: 'WEATHER' as never })).toBe('kind');
  });

  it('takes user ids as identity issues them and refuses markup', () => {
    expect(validateOwnerId('  demo-planner ')).toBe('demo-planner');
    expect(() => validateOwnerId('<script>')).toThrow(/user id/);
    expect(() => validateOwnerId('')).toThrow(/user id/);
  });
});
