import { openSubgraphOrm, type Database } from '@plexus/db';
import { DateScalar, DateTimeScalar, JSONScalar, readSchema, serveSubgraph, type RunningServer } from '@plexus/host';
import { analyticsMigrations } from '../migrations/index.ts';
import { createAnalyticsContext, type AnalyticsContext } from './context.ts';
import { inventoryResolvers } from './inventory/inventory.resolvers.ts';
import { kpiResolvers } from './kpi/kpi.resolvers.ts';
import { startKpiSnapshotRefresher } from './kpi/kpi.service.ts';
import { productionResolvers } from './production/production.resolvers.ts';
import { startProjector } from './projection/event-projection.ts';
import { startTelemetryHttp } from './telemetry/telemetry-http.ts';
import { startTelemetryMaintenance, type TelemetryMaintenanceOptions, type TelemetryMaintenanceReport } from './telemetry/telemetry-maintenance.service.ts';
import { startTelemetrySubscriber } from './telemetry/telemetry-mqtt.ts';
import { telemetryResolvers } from './telemetry/telemetry.resolvers.ts';
import { timelineResolvers } from './timeline/timeline.resolvers.ts';

export const analyticsTypeDefs = readSchema(new URL('../schema.graphql', import.meta.url));

/** Creates the event stream; every other subgraph writes into it, so this runs first. */
export function openAnalytics(database: Database) {
  return openSubgraphOrm(database, { schema: 'analytics', entities: [], migrations: analyticsMigrations });
}

export interface AnalyticsOptions {
  /** How often KPI facts and snapshots catch up with the event stream (ms). */
  projectorIntervalMs?: number | undefined;
  /** How often the materialized dashboard is recomputed where the projections moved (ms); default the projector's interval × 5. */
  dashboardRefreshMs?: number | undefined;
  /** Port of the NDJSON telemetry endpoint; default TELEMETRY_PORT, else ANALYTICS port + 100, else (port 0) a free one. */
  telemetryPort?: number | undefined;
  /** Broker to take telemetry from; default PLEXUS_MQTT_URL; none: no subscriber. */
  mqttUrl?: string | undefined;
  /** How often rollups, compression, partitions and retention are maintained (ms); default PLEXUS_TELEMETRY_MAINTENANCE_SECONDS or 60 s. */
  telemetryMaintenanceIntervalMs?: number | undefined;
}

export interface RunningAnalytics extends RunningServer {
  /** Where machines and gateways POST NDJSON telemetry. */
  readonly telemetryUrl: string;
  /** One telemetry maintenance pass now (tests, benchmarks). */
  maintainTelemetry(options?: TelemetryMaintenanceOptions): Promise<TelemetryMaintenanceReport>;
}

export async function startAnalytics(database: Database, port: number, options: AnalyticsOptions = {}): Promise<RunningAnalytics> {
  const orm = await openAnalytics(database);
  const projectorIntervalMs = options.projectorIntervalMs ?? 1000;
  const projector = startProjector(orm.em, { intervalMs: projectorIntervalMs });
  const dashboard = startKpiSnapshotRefresher(() => createAnalyticsContext(orm.em, { role: 'admin' }), {
    intervalMs: options.dashboardRefreshMs ?? projectorIntervalMs * 5,
  });
  const server = await serveSubgraph<AnalyticsContext>({
    name: 'analytics',
    typeDefs: analyticsTypeDefs,
    resolvers: [{ Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar }, timelineResolvers, kpiResolvers, inventoryResolvers, productionResolvers, telemetryResolvers],
    orm,
    port,
    createContext: createAnalyticsContext,
  });
  const env = process.env;
  const telemetryHttp = await startTelemetryHttp(orm.em, options.telemetryPort ?? Number(env.TELEMETRY_PORT ?? (port === 0 ? 0 : port + 100)));
  const mqttUrl = options.mqttUrl ?? env.PLEXUS_MQTT_URL;
  const subscriber = mqttUrl ? startTelemetrySubscriber(orm.em, { url: mqttUrl, clientId: env.PLEXUS_MQTT_CLIENT_ID ?? 'plexus-analytics' }) : undefined;
  const maintenance = startTelemetryMaintenance(orm.em, {
    intervalMs: options.telemetryMaintenanceIntervalMs ?? Number(env.PLEXUS_TELEMETRY_MAINTENANCE_SECONDS ?? 60) * 1000,
  });
  return {
    url: server.url,
    telemetryUrl: telemetryHttp.url,
    maintainTelemetry: (maintenanceOptions) => maintenance.run(maintenanceOptions),
    async stop() {
      await telemetryHttp.stop();
      await subscriber?.stop();
      await maintenance.stop();
      await projector.stop();
      await dashboard.stop();
      await server.stop();
    },
  };
}
