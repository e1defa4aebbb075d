import { describe, expect, it } from 'vitest';
import { satisfiesScopes, viewerScopes } from './field-rules.rules.ts';

describe('scope requirements', () => {
  it('gives company roles the staff scope and suppliers only their role', () => {
    expect([...viewerScopes(['planner'])].sort()).toEqual(['all-sites', 'planner', 'staff']);
    expect([...viewerScopes(['supplier'])]).toEqual(['supplier']);
  });

  it('reads the outer list as alternatives and the inner as all required', () => {
    const staffOnly = [['staff']];
    expect(satisfiesScopes(['analyst'], staffOnly)).toBe(true);
    expect(satisfiesScopes(['supplier'], staffOnly)).toBe(false);
    expect(satisfiesScopes(['finance'], [['planner'], ['finance']])).toBe(true);
    expect(satisfiesScopes(['planner'], [['planner', 'finance']])).toBe(false);
    expect(satisfiesScopes(['planner', 'finance'], [['planner', 'finance']])).toBe(true);
  });

  it('lets administrators through every requirement and nobody through an empty one', () => {
    expect(satisfiesScopes(['admin'], [['finance', 'quality']])).toBe(true);
    expect(satisfiesScopes(['planner'], [])).toBe(false);
  });
});

describe('site-scoped users', () => {
  it('have the staff scope but not all-sites, so only fields opened to them with [["staff"]] let them in', () => {
    expect([...viewerScopes(['planner'], true)].sort()).toEqual(['planner', 'staff']);
    expect([...viewerScopes(['planner'])].sort()).toEqual(['all-sites', 'planner', 'staff']);
    const companyWide = [['staff', 'all-sites']];
    expect(satisfiesScopes(['planner'], companyWide)).toBe(true);
    expect(satisfiesScopes(['planner'], companyWide, true)).toBe(false);
    expect(satisfiesScopes(['planner'], [['staff']], true)).toBe(true);
    expect(satisfiesScopes(['supplier'], companyWide)).toBe(false);
  });
});
