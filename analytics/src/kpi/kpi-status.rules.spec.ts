import { describe, expect, it } from 'vitest';
import { snapshotStatus } from './kpi-status.rules.ts';

describe('a tile’s status', () => {
  it('is ON_TARGET or OFF_TARGET against the target in the KPI’s direction, the target itself on target', () => {
    expect(snapshotStatus({ target: 0.95, higherIsBetter: true }, 0.95)).toBe('ON_TARGET');
    expect(snapshotStatus({ target: 0.95, higherIsBetter: true }, 0.94)).toBe('OFF_TARGET');
    expect(snapshotStatus({ target: 500, higherIsBetter: false }, 499)).toBe('ON_TARGET');
    expect(snapshotStatus({ target: 500, higherIsBetter: false }, 501)).toBe('OFF_TARGET');
  });

  it('is NO_TARGET for a KPI without a target, even at 0, and NO_DATA when nothing counted', () => {
    expect(snapshotStatus({ target: null, higherIsBetter: true }, 0)).toBe('NO_TARGET');
    expect(snapshotStatus({ target: null, higherIsBetter: false }, 12.5)).toBe('NO_TARGET');
    expect(snapshotStatus({ target: null, higherIsBetter: true }, null)).toBe('NO_DATA');
    expect(snapshotStatus({ target: 0.95, higherIsBetter: true }, null)).toBe('NO_DATA');
  });
});
