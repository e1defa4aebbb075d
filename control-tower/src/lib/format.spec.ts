import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatMoney, formatPercent, isLate, statusLabel } from './format.ts';

describe('control tower formatting', () => {
  it('shows calendar dates without shifting them across time zones', () => {
    expect(formatDate('2026-11-24')).toBe('24 Nov 2026');
    expect(formatDate(null)).toBe('—');
  });

  it('formats money in the order currency', () => {
    expect(formatMoney(1234.5, 'EUR')).toBe('€1,234.50');
  });

  it('follows the reader\'s locale for dates, money and percentages', () => {
    expect(formatDate('2026-11-24', 'de-DE')).toBe('24. Nov. 2026');
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatPercent(0.918, 'fr-FR')).toMatch(/^91,8\s%$/);
    expect(formatDateRange('2026-11-01', '2026-11-30').replace(/\s/g, ' ')).toBe('1 – 30 Nov 2026');
    expect(formatDateRange('2026-11-30', '2026-11-30')).toBe('30 Nov 2026');
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
