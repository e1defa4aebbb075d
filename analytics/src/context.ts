import type { EntityManager } from '@plexus/db';
import type { Viewer } from '@plexus/host';
import { createInventoryLoaders } from './inventory/inventory.service.ts';
import { createProductionLoaders, type ProductionLoaders } from './production/oee.service.ts';
import { createRunTelemetryLoaders, createTelemetryLoaders, type TelemetryLoaders } from './telemetry/telemetry.service.ts';
import { createTimelineLoaders } from './timeline/timeline.service.ts';

export interface AnalyticsContext {
  em: EntityManager;
  viewer: Viewer;
  now: () => Date;
  loaders: ReturnType<typeof createTimelineLoaders> & ReturnType<typeof createInventoryLoaders> & { production: ProductionLoaders; telemetry: TelemetryLoaders; runTelemetry: ReturnType<typeof createRunTelemetryLoaders> };
}

export function createAnalyticsContext(em: EntityManager, viewer: Viewer, now: () => Date = () => new Date()): AnalyticsContext {
  const requestEm = em.fork();
  const today = () => now().toISOString().slice(0, 10);
  return { em: requestEm, viewer, now, loaders: { ...createTimelineLoaders(requestEm), ...createInventoryLoaders(requestEm, today), production: createProductionLoaders(requestEm, now), telemetry: createTelemetryLoaders(requestEm), runTelemetry: createRunTelemetryLoaders(requestEm) } };
}
