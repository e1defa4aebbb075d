import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const transportModes = ['ROAD', 'RAIL', 'SEA', 'AIR', 'PARCEL'] as const;
export type TransportMode = (typeof transportModes)[number];

export const LaneSchema = defineEntity({
  name: 'Lane',
  tableName: 'lane',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    /** The erp site the lane starts at. */
    originSiteId: p.uuid(),
    /** How planners name where the lane starts, e.g. Berlin plant. */
    originName: p.string(),
    /** The one crm customer it serves; null: any customer of its origin site. */
    destinationCustomerId: p.uuid().nullable(),
    destinationRegion: p.string(),
    mode: p.enum(transportModes),
    carrierId: p.uuid(),
    plannedTransitHours: p.decimal('number').precision(10).scale(2),
    createdAt: p.datetime(),
  },
});

export type Lane = InferEntity<typeof LaneSchema>;
