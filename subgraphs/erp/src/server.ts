import { openSubgraphOrm, type Database } from '@plexus/db';
import { DateScalar, readSchema, serveSubgraph, type RunningServer } from '@plexus/host';
import { erpMigrations } from '../migrations/index.ts';
import { billOfMaterialsResolvers } from './bill-of-materials/bill-of-materials.resolvers.ts';
import { BillOfMaterialsLineSchema } from './bill-of-materials/bill-of-materials.entity.ts';
import { createErpContext, type ErpContext } from './context.ts';
import { ItemSchema } from './item/item.entity.ts';
import { itemResolvers } from './item/item.resolvers.ts';
import { SiteSchema } from './site/site.entity.ts';
import { siteResolvers } from './site/site.resolvers.ts';

export const erpTypeDefs = readSchema(new URL('../schema.graphql', import.meta.url));

export async function openErp(database: Database) {
  return openSubgraphOrm(database, {
    schema: 'erp',
    entities: [ItemSchema, BillOfMaterialsLineSchema, SiteSchema],
    migrations: erpMigrations,
  });
}

/** Migrates the erp schema and serves the subgraph on `port` (0: any free port). */
export async function startErp(database: Database, port: number): Promise<RunningServer> {
  const orm = await openErp(database);
  return serveSubgraph<ErpContext>({
    name: 'erp',
    typeDefs: erpTypeDefs,
    resolvers: [
      { Date: DateScalar },
      itemResolvers,
      siteResolvers,
      billOfMaterialsResolvers,
    ],
    orm,
    port,
    createContext: createErpContext,
  });
}
