import { describe, expect, it } from 'vitest';
import { portalActions, readAnswer, readAsn, readChangeProposal, readConfirmation, readQuote, shippableQuantity } from './portal-forms.ts';

const line = (id: string, lineNumber: number, changes: Partial<{ quantity: number; receivedQuantity: number; openQuantity: number; inTransitQuantity: number; promisedDate: string | null }> = {}) => ({
  id,
  lineNumber,
  quantity: 100,
  receivedQuantity: 0,
  openQuantity: 100,
  inTransitQuantity: 0,
  overDeliveryTolerance: 0.05,
  promisedDate: null,
  ...changes,
});

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

const today = '2026-11-30';

describe('what a supplier may do with an order', () => {
  const order = (status: string, changes: { origin: string; status: string }[] = [], lines = [line('a', 1)]) => portalActions({ status, lines, changes });

  it('confirms a sent order, re-promises a confirmed one and ships only against a confirmed one', () => {
    expect(order('SENT')).toEqual(['confirm', 'propose']);
    expect(order('CONFIRMED')).toEqual(['repromise', 'propose', 'ship']);
    expect(order('PARTIALLY_RECEIVED', [], [line('a', 1, { receivedQuantity: 60, openQuantity: 40 })])).toEqual(['repromise', 'propose', 'ship']);
  });

  it('answers the buyer’s proposal, and proposes nothing while one waits', () => {
    expect(order('SENT', [{ origin: 'BUYER', status: 'PROPOSED' }])).toEqual(['confirm', 'answer']);
    expect(order('CONFIRMED', [{ origin: 'SUPPLIER', status: 'PROPOSED' }])).toEqual(['repromise', 'ship']);
    expect(order('CONFIRMED', [{ origin: 'BUYER', status: 'REJECTED' }])).toEqual(['repromise', 'propose', 'ship']);
  });

  it('offers nothing on an order that is a draft, received, closed or cancelled, and no notice once all is on its way', () => {
    for (const status of ['DRAFT', 'RECEIVED', 'CLOSED', 'CANCELLED']) expect(order(status)).toEqual([]);
    expect(order('CONFIRMED', [], [line('a', 1, { inTransitQuantity: 105 })])).toEqual(['repromise', 'propose']);
  });

  it('ships up to the ordered quantity with its tolerance, less what arrived and what is on its way', () => {
    expect(shippableQuantity(line('a', 1, { receivedQuantity: 30, inTransitQuantity: 20 }))).toBeCloseTo(55);
    expect(shippableQuantity(line('a', 1, { receivedQuantity: 100, inTransitQuantity: 10 }))).toBe(0);
  });
});

describe('a confirmation', () => {
  const lines = [line('a', 1), line('b', 2, { promisedDate: '2026-12-10' }), line('c', 3, { openQuantity: 0, receivedQuantity: 100 })];

  it('dates every open line the first time, and names each line missing its date', () => {
    expect(readConfirmation(formOf({ 'promisedDate:a': '2026-12-07', 'promisedDate:b': '2026-12-10' }), lines, true, today).value).toEqual([
      { lineId: 'a', promisedDate: '2026-12-07' },
      { lineId: 'b', promisedDate: '2026-12-10' },
    ]);
    expect(readConfirmation(formOf({ 'promisedDate:a': '2026-12-07' }), lines, true, today).problems).toEqual(['Line 2: give the date you promise.']);
  });

  it('re-promises only the dates that moved', () => {
    expect(readConfirmation(formOf({ 'promisedDate:a': '2026-12-07', 'promisedDate:b': '2026-12-10' }), lines, false, today).value).toEqual([{ lineId: 'a', promisedDate: '2026-12-07' }]);
    expect(readConfirmation(formOf({ 'promisedDate:b': '2026-12-10' }), lines, false, today).problems).toEqual(['Change a promised date to re-promise it.']);
  });

  it('refuses a day that is not one or lies in the past', () => {
    expect(readConfirmation(formOf({ 'promisedDate:a': '2026-02-30', 'promisedDate:b': '2026-11-29' }), lines, true, today).problems).toEqual([
      'Line 1: “2026-02-30” is not a date (YYYY-MM-DD).',
      'Line 2: 2026-11-29 is in the past.',
    ]);
  });
});

describe('a proposed change', () => {
  const lines = [line('a', 1), line('b', 2)];

  it('proposes a quantity or a date per line, with a reason, before the first confirmation', () => {
    expect(readChangeProposal(formOf({ reason: ' Material shortage ', 'quantity:a': '80', 'date:b': '2026-12-20' }), { status: 'SENT', lines }, today)).toEqual({
      value: { reason: 'Material shortage', lines: [{ lineId: 'a', quantity: 80, date: null }, { lineId: 'b', quantity: null, date: '2026-12-20' }] },
      problems: [],
    });
  });

  it('proposes only quantities once confirmed (dates are re-promised), and ignores a date sent anyway', () => {
    expect(readChangeProposal(formOf({ reason: 'Late', 'date:b': '2026-12-20' }), { status: 'CONFIRMED', lines }, today).problems).toEqual(['Propose another quantity for at least one line.']);
  });

  it('needs a reason and a real change', () => {
    expect(readChangeProposal(formOf({ 'quantity:a': '100', 'quantity:b': '-3' }), { status: 'SENT', lines }, today).problems).toEqual([
      'Say why the order should change.',
      'Line 1: 100 is the quantity already ordered.',
      'Line 2: “-3” is not a quantity above 0.',
    ]);
  });
});

describe('an answer to the buyer', () => {
  it('accepts or rejects, with an optional note', () => {
    expect(readAnswer(formOf({ change: 'x', decision: 'accept', note: '' })).value).toEqual({ changeId: 'x', accept: true, note: null });
    expect(readAnswer(formOf({ change: 'x', decision: 'reject', note: 'No capacity' })).value).toEqual({ changeId: 'x', accept: false, note: 'No capacity' });
    expect(readAnswer(formOf({ change: 'x', decision: 'maybe' })).problems).toEqual(['Accept or reject the proposal.']);
  });
});

describe('a ship notice', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  const lines = [line('a', 1), line('b', 2)];

  it('announces the lines filled in, with their lots, arriving at a UTC time', () => {
    expect(readAsn(formOf({ expectedArrival: '2026-12-02T08:30', 'quantity:a': '40', 'lot:a': 'L-77', 'expiry:a': '', 'quantity:b': '' }), lines, now)).toEqual({
      value: { expectedArrival: '2026-12-02T08:30:00.000Z', lines: [{ purchaseOrderLineId: 'a', quantity: 40, lotNumber: 'L-77', expiryDate: null }] },
      problems: [],
    });
  });

  it('leaves the open quantity to the graph, so a too-large one is sent as typed', () => {
    expect(readAsn(formOf({ expectedArrival: '2026-12-02T08:30', 'quantity:a': '100000', 'lot:a': 'L-1' }), lines, now).value?.lines[0]?.quantity).toBe(100000);
  });

  it('names every problem: arrival, missing lot, stray lot, nothing shipped', () => {
    expect(readAsn(formOf({ expectedArrival: '2026-11-29T08:00', 'quantity:a': '5', 'lot:b': 'L-2' }), lines, now).problems).toEqual([
      'The expected arrival cannot be in the past.',
      'Line 1: give the lot number.',
      'Line 2: give the quantity shipped, or leave its lot and expiry blank.',
    ]);
    expect(readAsn(formOf({ expectedArrival: 'soon' }), lines, now).problems).toEqual(['“soon” is not a date and time.', 'Give the quantity shipped on at least one line.']);
  });
});

describe('a quote', () => {
  it('reads price, currency, lead time and validity', () => {
    expect(readQuote(formOf({ rfq: 'r', unitPrice: '10.5', currency: 'eur', leadTimeDays: '12', validUntil: '2026-12-31' }), today).value).toEqual({
      rfqId: 'r',
      unitPrice: 10.5,
      currency: 'EUR',
      leadTimeDays: 12,
      validUntil: '2026-12-31',
    });
    expect(readQuote(formOf({ rfq: 'r', unitPrice: 'cheap', currency: 'euro', leadTimeDays: '1.5', validUntil: '' }), today).problems).toHaveLength(4);
  });
});
