import { describe, expect, it } from 'vitest';
import { ageingBucket, ageOpenItems, daysPastDue, dueDateOf } from './ageing.rules.ts';

describe('ageing', () => {
  it('puts an amount not yet due, or due today, in CURRENT and then in 30-day bands', () => {
    expect(ageingBucket('2026-11-30', '2026-11-20')).toBe('CURRENT');
    expect(ageingBucket('2026-11-30', '2026-11-30')).toBe('CURRENT');
    expect(ageingBucket('2026-11-30', '2026-12-01')).toBe('DAYS_1_TO_30');
    expect(ageingBucket('2026-11-30', '2026-12-30')).toBe('DAYS_1_TO_30');
    expect(ageingBucket('2026-11-30', '2026-12-31')).toBe('DAYS_31_TO_60');
    expect(ageingBucket('2026-11-30', '2027-02-28')).toBe('DAYS_61_TO_90');
    expect(ageingBucket('2026-11-30', '2027-03-01')).toBe('OVER_90');
    expect(daysPastDue('2026-02-27', '2026-03-01')).toBe(2);
  });

  it('sums open cents per counterparty and overall, largest debtor first, leaving settled items out', () => {
    const aged = ageOpenItems(
      [
        { counterpartyId: 'a', dueDate: '2026-11-01', openCents: 10_010 },
        { counterpartyId: 'a', dueDate: '2026-12-15', openCents: 20 },
        { counterpartyId: 'b', dueDate: '2026-07-01', openCents: 50_000 },
        { counterpartyId: 'c', dueDate: '2026-07-01', openCents: 0 },
      ],
      '2026-11-30',
    );
    expect(aged.counterparties.map((row) => row.counterpartyId)).toEqual(['b', 'a']);
    expect(aged.counterparties[1]!.amounts).toEqual({ current: 0.2, days1To30: 100.1, days31To60: 0, days61To90: 0, over90: 0, total: 100.3, openItems: 2 });
    expect(aged.total).toMatchObject({ current: 0.2, days1To30: 100.1, over90: 500, total: 600.3, openItems: 3 });
  });

  it('dates a payment due the given number of days after the document, across month ends', () => {
    expect(dueDateOf('2026-11-15', 30)).toBe('2026-12-15');
    expect(dueDateOf('2027-01-31', 30)).toBe('2027-03-02');
    expect(dueDateOf('2026-11-15', 0)).toBe('2026-11-15');
  });
});
