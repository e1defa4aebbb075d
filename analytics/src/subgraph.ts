import type { Database } from '@plexus/db';
import { defineSubgraph, openSubgraph } from '@plexus/host';
import { analyticsMigrations } from '../migrations/index.ts';
import { createAnalyticsContext } from './context.ts';
import { exceptionStream } from './exception/exception-feed.ts';
import { exceptionResolvers } from './exception/exception.resolvers.ts';
import { startExceptionWatch } from './exception/exception-watch.ts';
import { inventoryResolvers } from './inventory/inventory.resolvers.ts';
import { kpiResolvers } from './kpi/kpi.resolvers.ts';
import { startKpiSnapshotRefresher } from './kpi/kpi.service.ts';
import { productionResolvers } from './production/production.resolvers.ts';
import { startProjector } from './projection/event-projection.ts';
import { projectionResolvers } from './projection/projection.resolvers.ts';
import { startTelemetryHttp } from './telemetry/telemetry-http.ts';
import { telemetryDemo } from './telemetry/telemetry.demo.ts';
import { startTelemetryMaintenance } from './telemetry/telemetry-maintenance.service.ts';
import { startTelemetrySubscriber } from './telemetry/telemetry-mqtt.ts';
import { telemetryResolvers } from './telemetry/telemetry.resolvers.ts';
import { timelineResolvers } from './timeline/timeline.resolvers.ts';

/**
 * Analytics: KPIs and order timelines projected from the event stream, and
 * machine telemetry (NDJSON over HTTP, MQTT) in TimescaleDB; the exception
 * inbox, raised from the same stream and pushed live.
 */
export const subgraph = defineSubgraph({
  name: 'analytics',
  defaultPort: 4004,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [],
  migrations: analyticsMigrations,
  resolvers: [timelineResolvers, kpiResolvers, inventoryResolvers, productionResolvers, telemetryResolvers, projectionResolvers, exceptionResolvers],
  createContext: createAnalyticsContext,
  demo: telemetryDemo,
  async background(runtime) {
    const env = process.env;
    const projector = startProjector(runtime.em, { intervalMs: runtime.pollIntervalMs(1000) });
    const dashboard = startKpiSnapshotRefresher(() => createAnalyticsContext(runtime.em, { role: 'admin' }), { intervalMs: runtime.pollIntervalMs(5000) });
    // Beside the GraphQL port (4104 for 4004) unless TELEMETRY_PORT says otherwise; a free one when analytics got a free one.
    const telemetryHttp = await startTelemetryHttp(runtime.em, Number(env.TELEMETRY_PORT ?? runtime.relatedPort(100)), { authenticate: runtime.authenticate });
    const mqttUrl = env.PLEXUS_MQTT_URL;
    const subscriber = mqttUrl ? startTelemetrySubscriber(runtime.em, { url: mqttUrl, clientId: env.PLEXUS_MQTT_CLIENT_ID ?? 'plexus-analytics' }) : undefined;
    const maintenance = startTelemetryMaintenance(runtime.em, {
      intervalMs: runtime.pollIntervalMs(Number(env.PLEXUS_TELEMETRY_MAINTENANCE_SECONDS ?? 60) * 1000),
    });
    const exceptions = await startExceptionWatch(runtime.em, {
      intervalMs: runtime.pollIntervalMs(500),
      wakeOnWrite: runtime.reactsToWrites,
      sweepIntervalMs: runtime.pollIntervalMs(Number(env.PLEXUS_EXCEPTION_SWEEP_SECONDS ?? 30) * 1000),
    });
    return {
      endpoints: { telemetry: telemetryHttp.url },
      streams: { exceptions: exceptionStream(exceptions.feed) },
      // The sweep reads the projections: it runs once they caught up.
      drain: async () => (await projector.catchUp()) + (await exceptions.catchUp()),
      async stop() {
        await exceptions.stop();
        await telemetryHttp.stop();
        await subscriber?.stop();
        await maintenance.stop();
        await projector.stop();
        await dashboard.stop();
      },
    };
  },
  codegen: {
    contextType: '../context.ts#AnalyticsContext',
    mappers: {
      SupplyChainEvent: '@plexus/events#SupplyChainEvent',
      SalesOrder: '{ id: string }',
      PerfectOrder: '../perfect-order/perfect-order.rules.ts#OrderAssessment',
      PerfectOrderLine: '../perfect-order/perfect-order.rules.ts#LineAssessment',
      KpiPoint: '../kpi/kpi-definition.ts#KpiPoint',
      KpiContribution: '../kpi/kpi-definition.ts#KpiContribution',
      KpiDefinition: '../kpi/kpi-definition.ts#KpiDefinition',
      Item: '{ id: string }',
      Machine: '{ id: string }',
      OperationRun: '../telemetry/telemetry.service.ts#OperationRunReference',
      ProjectionHealth: '../projection/projection-health.service.ts#ProjectionHealth',
      SupplyChainException: '../exception/exception.entity.ts#SupplyChainException',
      ExceptionRule: '../exception/exception.service.ts#ExceptionRuleView',
      SupplyChainExceptionPage: '../exception/exception.service.ts#ExceptionPage',
    },
  },
});

/** The analytics ORM on `database`, migrated: for specs and benchmarks that read or project without serving. */
export const openAnalytics = (database: Database) => openSubgraph(subgraph, database);
