import { describe, expect, it } from 'vitest';
import { allShipmentsDelivered } from './delivery.rules.ts';

const shipped = (shipmentId: string) => ({ type: 'wms.ShipmentShipped' as const, subjectId: shipmentId, payload: { number: shipmentId, warehouseId: 'w', lines: [] } });
const delivered = (shipmentId: string) => ({
  type: 'scm.DeliveryConfirmed' as const,
  subjectId: `pod-${shipmentId}`,
  payload: { shipmentId, deliveredAt: '2026-11-20T10:00:00Z', onTime: true, damaged: false, documentsComplete: true, lines: [] },
});

describe('an order is delivered', () => {
  it('once every one of its shipments has a proof of delivery', () => {
    expect(allShipmentsDelivered([shipped('a'), shipped('b'), delivered('a')])).toBe(false);
    expect(allShipmentsDelivered([shipped('a'), shipped('b'), delivered('a'), delivered('b')])).toBe(true);
  });

  it('not before anything was shipped', () => {
    expect(allShipmentsDelivered([])).toBe(false);
  });

  it('counts a proof of delivery received twice once', () => {
    expect(allShipmentsDelivered([shipped('a'), shipped('b'), delivered('a'), delivered('a')])).toBe(false);
  });
});
