import { describe, expect, it } from 'vitest';
import { readSopQuery, sopSearch } from './sop-query.ts';

const choices = {
  families: [
    { id: '0190f2c4-0000-7000-8000-00000000000a', code: 'PUMPS' },
    { id: '0190f2c4-0000-7000-8000-00000000000b', code: 'VALVES' },
  ],
  scenarios: [
    { id: '0190f2c4-0000-7000-8000-0000000000f0', live: true },
    { id: '0190f2c4-0000-7000-8000-0000000000f1', live: false },
  ],
};

describe('the S&OP query', () => {
  it('defaults to the first family, the live plan alone, this month and 18 months', () => {
    expect(readSopQuery(new URLSearchParams(), choices, '2026-11-01')).toEqual({
      query: { familyId: choices.families[0]!.id, scenarioId: null, from: '2026-11-01', months: 18 },
      problems: [],
    });
  });

  it('takes a family by id or code, a scenario copy, a month and a count', () => {
    const { query, problems } = readSopQuery(new URLSearchParams(`family=valves&scenario=${choices.scenarios[1]!.id}&from=2027-02&months=6`), choices, '2026-11-01');
    expect(problems).toEqual([]);
    expect(query).toEqual({ familyId: choices.families[1]!.id, scenarioId: choices.scenarios[1]!.id, from: '2027-02-01', months: 6 });
    expect(sopSearch(query)).toBe(`family=${choices.families[1]!.id}&scenario=${choices.scenarios[1]!.id}&from=2027-02&months=6`);
  });

  it('says what it could not read and shows the defaults instead', () => {
    const { query, problems } = readSopQuery(new URLSearchParams('family=<script>&scenario=nope&from=2026-13&months=99'), choices, '2026-11-01');
    expect(query).toEqual({ familyId: choices.families[0]!.id, scenarioId: null, from: '2026-11-01', months: 18 });
    expect(problems).toEqual([
      '“<script>” is not a product family; showing PUMPS.',
      '“nope” is not a plan scenario; showing the live plan alone.',
      '“2026-13” is not a month (YYYY-MM); starting this month.',
      '“99” months: a plan shows 1 to 36 months; showing 18.',
    ]);
  });

  it('shows the live plan alone when the live plan itself is asked for as the scenario', () => {
    expect(readSopQuery(new URLSearchParams(`scenario=${choices.scenarios[0]!.id}`), choices, '2026-11-01').query.scenarioId).toBeNull();
  });
});
