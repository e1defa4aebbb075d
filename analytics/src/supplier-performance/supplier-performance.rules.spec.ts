import { describe, expect, it } from 'vitest';
import { periodsBetween } from '../kpi/kpi-period.rules.ts';
import {
  assessDelivery,
  deliveryContribution,
  deliveryFact,
  firstPassContribution,
  failingFirstPage,
  supplierPoints,
  type PurchaseOrderLineFacts,
} from './supplier-performance.rules.ts';

function line(id: string, facts: Partial<PurchaseOrderLineFacts>): PurchaseOrderLineFacts {
  return {
    lineId: id,
    purchaseOrderId: 'po',
    number: 'PO-1',
    lineNumber: 1,
    supplierId: 'supplier',
    itemId: 'bolt',
    quantity: 100,
    requestedDate: '2026-03-05',
    firstConfirmedDate: null,
    latestPromisedDate: null,
    receipts: [],
    ...facts,
  };
}

const splitAndRePromised = line('a', {
  quantity: 100,
  firstConfirmedDate: '2026-03-06',
  latestPromisedDate: '2026-03-10',
  receipts: [
    { day: '2026-03-06', accepted: 60, rejected: 0 },
    { day: '2026-03-10', accepted: 40, rejected: 0 },
  ],
});
const neverConfirmedWithRejects = line('b', { quantity: 50, requestedDate: '2026-03-08', receipts: [{ day: '2026-03-08', accepted: 45, rejected: 5 }] });
const notReceived = line('c', { quantity: 20, firstConfirmedDate: '2026-03-09', latestPromisedDate: '2026-03-09' });
const overReceived = line('d', { quantity: 30, firstConfirmedDate: '2026-03-12', latestPromisedDate: '2026-03-12', receipts: [{ day: '2026-03-11', accepted: 35, rejected: 0 }] });
const short = line('e', { quantity: 10, firstConfirmedDate: '2026-03-15', latestPromisedDate: '2026-03-15', receipts: [{ day: '2026-03-14', accepted: 4, rejected: 0 }] });
const lines = [splitAndRePromised, neverConfirmedWithRejects, notReceived, overReceived, short];

describe('supplier delivery of one purchase order line', () => {
  it('measures against the first confirmation, so a re-promise does not forgive the late part of a split receipt', () => {
    const delivery = assessDelivery(splitAndRePromised);
    expect(delivery).toMatchObject({ dueDate: '2026-03-06', received: 100, receivedOnTime: 60, onTimeQuantity: 60, onTimeInFull: false, reasons: ['LATE'] });
  });

  it('falls back to the requested date when the supplier never confirmed, and counts dock rejects as delivered', () => {
    expect(assessDelivery(neverConfirmedWithRejects)).toMatchObject({ dueDate: '2026-03-08', received: 50, rejected: 5, onTimeQuantity: 50, onTimeInFull: true, reasons: [] });
  });

  it('counts a line due and not received as due with nothing on time', () => {
    expect(assessDelivery(notReceived)).toMatchObject({ onTimeQuantity: 0, onTimeInFull: false, reasons: ['NOT_RECEIVED'] });
  });

  it('caps an early over-receipt at the ordered quantity without failing the line', () => {
    expect(assessDelivery(overReceived)).toMatchObject({ received: 35, onTimeQuantity: 30, onTimeInFull: true, reasons: [] });
  });

  it('calls a line short when part never came, and both late and short when the rest came late but not all of it', () => {
    expect(assessDelivery(short)).toMatchObject({ onTimeQuantity: 4, onTimeInFull: false, reasons: ['SHORT'] });
    const lateAndShort = line('f', { quantity: 10, receipts: [{ day: '2026-03-04', accepted: 3, rejected: 0 }, { day: '2026-03-09', accepted: 5, rejected: 0 }] });
    expect(assessDelivery(lateAndShort)).toMatchObject({ onTimeQuantity: 3, reasons: ['LATE', 'SHORT'] });
  });
});

describe('supplier KPIs over periods', () => {
  const weeks = periodsBetween('2026-03-01', '2026-03-15', 'WEEK');
  const window = { from: '2026-03-01', last: '2026-03-15' };
  const deliveries = lines.map(assessDelivery);

  it('sums on-time quantity over ordered quantity per due week: 60+50 of 150 in the week of 2 March, 0+30+4 of 60 in the week of 9 March', () => {
    const points = supplierPoints(deliveries.map((delivery) => deliveryFact(delivery, 'QUANTITY')), weeks, 'WEEK', window);
    expect(points).toEqual([
      { periodStart: '2026-02-23', periodEnd: '2026-03-01', value: null, numerator: 0, denominator: 0 },
      { periodStart: '2026-03-02', periodEnd: '2026-03-08', value: 110 / 150, numerator: 110, denominator: 150 },
      { periodStart: '2026-03-09', periodEnd: '2026-03-15', value: 34 / 60, numerator: 34, denominator: 60 },
    ]);
  });

  it('counts lines on time in full over lines due for the monthly OTIF: 2 of 5', () => {
    const [march] = supplierPoints(deliveries.map((delivery) => deliveryFact(delivery, 'LINE')), periodsBetween('2026-03-01', '2026-03-31', 'MONTH'), 'MONTH', {
      from: '2026-03-01',
      last: '2026-03-31',
    });
    expect(march).toMatchObject({ numerator: 2, denominator: 5, value: 0.4 });
  });

  it('leaves out facts outside [from, last] even when their period is returned', () => {
    const [week] = supplierPoints(deliveries.map((delivery) => deliveryFact(delivery, 'LINE')), periodsBetween('2026-03-09', '2026-03-15', 'WEEK'), 'WEEK', {
      from: '2026-03-09',
      last: '2026-03-12',
    });
    expect(week).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('scales PPM points by a million', () => {
    const [march] = supplierPoints([{ day: '2026-03-08', numerator: 5, denominator: 150 }], periodsBetween('2026-03-01', '2026-03-31', 'MONTH'), 'MONTH', { from: '2026-03-01', last: '2026-03-31' }, 1_000_000);
    expect(march).toMatchObject({ numerator: 5, denominator: 150, value: (5 / 150) * 1_000_000 });
  });

  it('calls a line failed then passed on re-inspection not first-pass accepted, and says when it was accepted', () => {
    const inspected = { line: splitAndRePromised, inspections: [{ time: new Date('2026-03-06T10:00:00Z'), passed: false }, { time: new Date('2026-03-07T10:00:00Z'), passed: true }] };
    expect(firstPassContribution(inspected)).toMatchObject({ passed: false, reasons: ['FAILED_FIRST_INSPECTION'], label: 'PO-1 line 1 · supplier supplier · accepted at inspection 2' });
  });
});

describe('supplier delivery drill-down', () => {
  it('lists failing lines first with dates, quantities and reasons, and pages them', () => {
    const contributions = lines.map((facts) => deliveryContribution(assessDelivery(facts), 'QUANTITY'));
    const page = failingFirstPage(contributions, { onlyFailing: false, first: 10, offset: 0 });
    expect(page.items.map((item) => [item.subjectId, item.passed, item.reasons])).toEqual([
      ['a', false, ['LATE']],
      ['c', false, ['NOT_RECEIVED']],
      ['e', false, ['SHORT']],
      ['b', true, []],
      ['d', true, []],
    ]);
    expect(page.items[0]!.label).toBe('PO-1 line 1 · supplier supplier · due 2026-03-06 (confirmed 2026-03-06, latest promise 2026-03-10) · received 100 of 100: 60 on time, 40 late, 0 rejected');
    expect(page.items[3]!.label).toContain('never confirmed, requested 2026-03-08');
    expect(failingFirstPage(contributions, { onlyFailing: true, first: 2, offset: 1 })).toMatchObject({ totalCount: 3, items: [{ subjectId: 'c' }, { subjectId: 'e' }] });
  });
});
