import { openSubgraphOrm, type Database } from '@plexus/db';
import { DateScalar, DateTimeScalar, readSchema, serveSubgraph, type RunningServer } from '@plexus/host';
import { crmMigrations } from '../migrations/index.ts';
import { createCrmContext, type CrmContext } from './context.ts';
import { CustomerSchema } from './customer/customer.entity.ts';
import { customerResolvers } from './customer/customer.resolvers.ts';
import { SalesOrderLineSchema, SalesOrderSchema } from './sales-order/sales-order.entity.ts';
import { salesOrderResolvers } from './sales-order/sales-order.resolvers.ts';
import { applyFulfilmentEvents } from './sales-order/sales-order.service.ts';

export const crmTypeDefs = readSchema(new URL('../schema.graphql', import.meta.url));

export function openCrm(database: Database) {
  return openSubgraphOrm(database, {
    schema: 'crm',
    entities: [CustomerSchema, SalesOrderSchema, SalesOrderLineSchema],
    migrations: crmMigrations,
  });
}

export interface CrmOptions {
  /** How often crm looks for shipments and deliveries to move its orders along. */
  fulfilmentPollMs?: number;
}

export async function startCrm(database: Database, port: number, options: CrmOptions = {}): Promise<RunningServer> {
  const fulfilmentPollMs = options.fulfilmentPollMs ?? Number(process.env.CRM_FULFILMENT_POLL_MS ?? 500);
  const orm = await openCrm(database);
  const running = await serveSubgraph<CrmContext>({
    name: 'crm',
    typeDefs: crmTypeDefs,
    resolvers: [{ Date: DateScalar, DateTime: DateTimeScalar }, customerResolvers, salesOrderResolvers],
    orm,
    port,
    createContext: createCrmContext,
  });
  let polling: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    polling = polling
      .then(() => applyFulfilmentEvents(orm.em.fork()))
      .catch((error: unknown) => console.error('crm: applying fulfilment events failed', error));
  }, fulfilmentPollMs);
  return {
    url: running.url,
    async stop() {
      clearInterval(timer);
      await polling;
      await running.stop();
    },
  };
}
