import { describe, expect, it } from 'vitest';
import { seriesHeight, seriesMargin, seriesScales } from './kpi-series-scales.ts';

const points = (...values: (number | null)[]) => values.map((value, index) => ({ periodStart: `2026-0${index + 1}-01`, value }));

describe('KPI series scales', () => {
  it('places periods left to right inside the margins', () => {
    const { x } = seriesScales(points(0.9, 0.8, 0.95), [], null, 600);
    expect(x(0)!).toBeGreaterThan(seriesMargin.left);
    expect(x(2)!).toBeLessThan(600 - seriesMargin.right);
    expect(x(1)! - x(0)!).toBeCloseTo(x(2)! - x(1)!);
  });

  it('spans the values, the previous series and the target, from zero', () => {
    const { y } = seriesScales(points(0.5, null), points(0.2, 1.2), 0.95, 600);
    const [low, high] = y.domain() as [number, number];
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(1.2);
    expect(y(0)).toBe(seriesHeight - seriesMargin.bottom);
  });

  it('keeps a flat or empty series drawable', () => {
    expect(seriesScales(points(0, 0), [], null, 600).y.domain()).toEqual([0, 1]);
    expect(seriesScales(points(null, null), [], null, 600).y.domain()).toEqual([0, 1]);
  });
});
