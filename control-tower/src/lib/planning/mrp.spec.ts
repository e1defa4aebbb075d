import { describe, expect, it } from 'vitest';
import { pegLabel, readItem, weekLabel } from './mrp.ts';

const records = [
  { item: { id: '01a22ddd-0000-7000-8000-000000000002', sku: 'RM-STEEL' }, lowLevelCode: 2 },
  { item: { id: '01a22ddd-0000-7000-8000-000000000001', sku: 'PUMP-C100' }, lowLevelCode: 0 },
];

describe('the MRP page', () => {
  it('heads each week with its first day in the reader’s locale', () => {
    expect(weekLabel('2026-11-30', 'en-GB')).toBe('30 Nov');
    expect(weekLabel('2026-11-30', 'de-DE')).toBe('30. Nov.');
  });

  it('says what a planned order is pegged to', () => {
    expect(pegLabel({ kind: 'PARENT_ORDER', date: '2026-12-07', quantity: 40, parentOrder: { number: 'PLO-2026-000012' } }, 'en-GB')).toBe('40 for PLO-2026-000012 (2026-12-07)');
    expect(pegLabel({ kind: 'SALES_ORDER', date: '2026-12-01', quantity: 1250.5 }, 'en-GB')).toBe('1,250.5 sales order (2026-12-01)');
    expect(pegLabel({ kind: 'MPS', date: '2026-12-01', quantity: 3 }, 'en-GB')).toBe('3 master schedule (2026-12-01)');
  });

  it('shows the item asked for when the run planned it, else the first finished item, and names an unknown one', () => {
    expect(readItem(null, records)).toEqual({ record: records[1], problem: null });
    expect(readItem(records[0]!.item.id.toUpperCase(), records)).toEqual({ record: records[0], problem: null });
    expect(readItem('<script>', records)).toEqual({ record: records[1], problem: '“<script>” is not an item of this MRP run; showing PUMP-C100.' });
    expect(readItem('x', [])).toEqual({ record: null, problem: '“x” is not an item of this MRP run.' });
  });
});
