import { describe, expect, it } from 'vitest';
import { lanesOf, timelineScales } from './timeline-scales.ts';

const events = [
  { id: '2', time: '2026-11-02T10:00:00Z', type: 'wms.ShipmentShipped', system: 'wms', summary: '' },
  { id: '1', time: '2026-11-01T10:00:00Z', type: 'crm.SalesOrderPlaced', system: 'crm', summary: '' },
  { id: '3', time: '2026-11-03T10:00:00Z', type: 'crm.SalesOrderStatusChanged', system: 'crm', summary: '' },
];

describe('timeline scales', () => {
  it('orders lanes by the first time each system touched the order', () => {
    expect(lanesOf(events)).toEqual(['crm', 'wms']);
  });

  it('places every event inside the plot, earliest left', () => {
    const { x, y, height } = timelineScales(events, 800);
    const positions = events.map((event) => x(new Date(event.time)));
    expect(Math.min(...positions)).toBeGreaterThan(96);
    expect(Math.max(...positions)).toBeLessThan(800 - 28);
    expect(x(new Date(events[1]!.time))).toBeLessThan(x(new Date(events[0]!.time)));
    expect(y('wms')! + y.bandwidth()).toBeLessThanOrEqual(height);
  });
});
