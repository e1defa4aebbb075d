import { describe, expect, it } from 'vitest';
import { figurePath, sopScales, stackedBars } from './sop-chart.ts';
import type { SopMonth } from './sop-figures.ts';

const month = (month: string, production: number, purchases: number, demand: number): SopMonth => ({
  month,
  forecast: demand,
  orders: 0,
  demand,
  production,
  purchases,
  supply: production + purchases,
  capacityHours: 100,
  loadHours: 50,
  familyLoadHours: 20,
});

describe('the S&OP chart scales', () => {
  const months = [month('2026-11-01', 20, 10, 40), month('2026-12-01', 0, 0, 10)];
  const scales = sopScales(months, 600);

  it('stack production under purchases and draw nothing for an empty month', () => {
    const bars = stackedBars(months, scales, [{ name: 'production', value: (m) => m.production }, { name: 'purchases', value: (m) => m.purchases }], 'quantity');
    expect(bars.map((bar) => bar.part)).toEqual(['production', 'purchases']);
    const [production, purchases] = bars;
    expect(production!.y + production!.height).toBeCloseTo(scales.quantity(0));
    expect(purchases!.y + purchases!.height).toBeCloseTo(production!.y);
    expect(production!.height / purchases!.height).toBeCloseTo(2);
  });

  it('draws a line through each month, with demand on the quantity axis reaching its top', () => {
    const path = figurePath(months, scales, 'demand', 'quantity');
    expect(path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(scales.quantity.domain()[1]).toBeGreaterThanOrEqual(40);
    expect(scales.hours(100)).toBeLessThan(scales.hours(50));
    expect(scales.hours.range()[0]).toBeGreaterThan(scales.quantity.range()[0]!);
  });
});
