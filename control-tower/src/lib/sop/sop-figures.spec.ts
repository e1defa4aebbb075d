import { describe, expect, it } from 'vitest';
import { readConsensusForm } from './consensus-form.ts';
import { sopCsv, sopDeltas, type SopMonth } from './sop-figures.ts';

const month = (month: string, demand: number, supply: number): SopMonth => ({
  month,
  forecast: demand,
  orders: 0,
  demand,
  production: supply,
  purchases: 0,
  supply,
  capacityHours: 320,
  loadHours: 12.5,
  familyLoadHours: 10,
});

describe('S&OP figures', () => {
  it('give scenario − live per month', () => {
    const deltas = sopDeltas([month('2026-11-01', 10, 8)], [{ ...month('2026-11-01', 25, 8), capacityHours: 300 }]);
    expect(deltas[0]).toMatchObject({ month: '2026-11-01', demand: 15, forecast: 15, supply: 0, capacityHours: -20 });
  });

  it('write a CSV with a header row and one row per month, quoting what needs it', () => {
    const csv = sopCsv([month('2026-11-01', 10, 8), month('2026-12-01', 7, 30)], { family: 'PUMPS', scenario: 'Live plan, "as is"', unit: 'EA' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('family,scenario,unit,month,forecast,orders,demand,production,purchases,supply,capacity_hours,load_hours,family_load_hours');
    expect(lines[1]).toBe('PUMPS,"Live plan, ""as is""",EA,2026-11,10,0,10,8,0,8,320,12.5,10');
  });
});

describe('the consensus form', () => {
  const family = '0190f2c4-0000-7000-8000-00000000000a';
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(entries)) data.set(name, value);
    return data;
  };

  it('reads quantities by month and decisions by line', () => {
    expect(readConsensusForm(form({ familyId: family, scenarioId: '', 'quantity-2026-11-01': '25', 'quantity-2026-12-01': '7,5', decisions: ' Add a shift \n\nHold prices ' }))).toEqual({
      draft: { familyId: family, scenarioId: null, months: [{ month: '2026-11-01', quantity: 25 }, { month: '2026-12-01', quantity: 7.5 }], decisions: ['Add a shift', 'Hold prices'] },
      problems: [],
    });
  });

  it('names every problem: a bad quantity, no decisions, no family', () => {
    expect(readConsensusForm(form({ familyId: 'x', 'quantity-2026-11-01': '-3', decisions: '  ' })).problems).toEqual([
      'Choose a product family.',
      '2026-11: give a quantity of 0 or more.',
      'Write down at least one decision of the meeting, one per line.',
    ]);
  });
});
