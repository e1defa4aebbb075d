import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, isLate, statusLabel } from './format.ts';

describe('control tower formatting', () => {
  it('shows calendar dates without shifting them across time zones', () => {
    expect(formatDate('2026-11-24')).toBe('24 Nov 2026');
    expect(formatDate(null)).toBe('—');
  });

  it('formats money in the order currency', () => {
    expect(formatMoney(1234.5, 'EUR')).toBe('€1,234.50');
  });

  it('calls an open order late only after its due date, and never a shipped one', () => {
    expect(isLate({ status: 'CONFIRMED', dueDate: '2026-11-23' }, '2026-11-24')).toBe(true);
    expect(isLate({ status: 'CONFIRMED', dueDate: '2026-11-24' }, '2026-11-24')).toBe(false);
    expect(isLate({ status: 'SHIPPED', dueDate: '2026-11-01' }, '2026-11-24')).toBe(false);
  });

  it('labels statuses in plain words', () => {
    expect(statusLabel('IN_FULFILMENT')).toBe('in fulfilment');
  });
});
