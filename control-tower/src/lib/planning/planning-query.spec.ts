import { describe, expect, it } from 'vitest';
import { actionOn, isDay, mayPlan, readMove, readRush, readSite, readView } from './planning-query.ts';

const sites = [
  { id: '01a22ddd-8b93-70bb-a5e1-361ef6190e84', code: 'DC-RTM', name: 'Rotterdam distribution centre' },
  { id: '01a22ddd-8a5e-70e9-983b-94ea89465054', code: 'PLT-BER', name: 'Berlin plant' },
];
const params = (query: string) => new URLSearchParams(query);
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const id = '01a22ddd-0000-7000-8000-000000000001';

describe('the planning pages’ parameters', () => {
  it('show the first plant unless a known site is asked for, and name an unknown one', () => {
    expect(readSite(params(''), sites)).toEqual({ site: sites[1], problem: null });
    expect(readSite(params(`site=${sites[0]!.id.toUpperCase()}`), sites)).toEqual({ site: sites[0], problem: null });
    expect(readSite(params('site=<script>'), sites)).toEqual({ site: sites[1], problem: '“<script>” is not a site; showing Berlin plant.' });
    expect(readSite(params('site=x'), [])).toEqual({ site: null, problem: '“x” is not a site.' });
  });

  it('show the schedule by machine or by work order, and nothing else', () => {
    expect(readView(params('view=order'))).toEqual({ view: 'order', problem: null });
    expect(readView(params(''))).toEqual({ view: 'machine', problem: null });
    expect(readView(params('view=pert'))).toEqual({ view: 'machine', problem: '“pert” is not a view of the schedule; showing it by machine.' });
  });

  it('offer changes to planners and administrators only', () => {
    expect(mayPlan(['planner'])).toBe(true);
    expect(mayPlan(['admin'])).toBe(true);
    expect(mayPlan(['executive', 'buyer'])).toBe(false);
    expect(mayPlan([])).toBe(false);
  });

  it('keep the page’s own parameters on its form actions, and only those', () => {
    expect(actionOn('?item=abc&site=def', 'firm')).toBe('?item=abc&site=def&/firm');
    expect(actionOn('', 'firm')).toBe('?/firm');
    expect(actionOn('?view=order&/evaluateMove', 'commitMove')).toBe('?view=order&/commitMove');
  });

  it('know a real day from a malformed or impossible one', () => {
    expect(isDay('2026-12-31')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('31.12.2026')).toBe(false);
  });
});

describe('a dropped operation', () => {
  const move = { scheduleVersionId: id, workOrderId: id, sequence: '20', machineId: id, start: '2026-12-01T09:30:00.000Z' };

  it('is read as the graph takes it', () => {
    expect(readMove(form(move))).toEqual({ value: { ...move, sequence: 20 }, problem: null });
  });

  it('is refused with a reason when malformed', () => {
    expect(readMove(form({ ...move, workOrderId: "' OR 1=1" })).problem).toBe('“\' OR 1=1” is not a work order id.');
    expect(readMove(form({ ...move, sequence: 'ten' })).problem).toBe('“ten” is not a routing step.');
    expect(readMove(form({ ...move, start: 'tomorrow' })).problem).toBe('“tomorrow” is not a point in time.');
  });
});

describe('a rush order', () => {
  const rush = { siteId: id, itemId: id, quantity: '12', dueDate: '2026-12-10', mode: 'AT_ANY_COST' };

  it('is read as the graph takes it (the site’s frozen horizon is aps’s to apply)', () => {
    expect(readRush(form(rush), '2026-12-01')).toEqual({ input: rush, value: { ...rush, quantity: 12 }, problem: null });
  });

  it('names what is wrong and keeps what was typed', () => {
    expect(readRush(form({ ...rush, quantity: '-3' }), '2026-12-01')).toMatchObject({ value: null, input: { quantity: '-3' }, problem: '“-3” is not a quantity: give a number greater than 0.' });
    expect(readRush(form({ ...rush, quantity: '' }), '2026-12-01').problem).toBe('“” is not a quantity: give a number greater than 0.');
    expect(readRush(form({ ...rush, dueDate: '2026-02-30' }), '2026-12-01').problem).toBe('“2026-02-30” is not a day (YYYY-MM-DD).');
    expect(readRush(form({ ...rush, dueDate: '2026-11-30' }), '2026-12-01').problem).toBe('The due date 2026-11-30 is in the past.');
    expect(readRush(form({ ...rush, itemId: '' }), '2026-12-01').problem).toBe('Choose the item to rush.');
    expect(readRush(form({ ...rush, mode: 'NOW' }), '2026-12-01').problem).toBe('“NOW” is not a way to rush an order.');
  });
});
