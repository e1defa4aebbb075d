import { defineSubgraph } from '@plexus/host';
import { erpMigrations } from '../migrations/index.ts';
import { BillOfMaterialsLineSchema } from './bill-of-materials/bill-of-materials.entity.ts';
import { billOfMaterialsResolvers } from './bill-of-materials/bill-of-materials.resolvers.ts';
import { createErpContext } from './context.ts';
import { erpDemo } from './demo.ts';
import { ItemSchema } from './item/item.entity.ts';
import { itemResolvers } from './item/item.resolvers.ts';
import { RoutingStepSchema } from './routing/routing.entity.ts';
import { routingResolvers } from './routing/routing.resolvers.ts';
import { SiteSchema } from './site/site.entity.ts';
import { siteResolvers } from './site/site.resolvers.ts';

/** ERP: item master data, bills of materials, routings, sites. */
export const subgraph = defineSubgraph({
  name: 'erp',
  defaultPort: 4002,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [ItemSchema, BillOfMaterialsLineSchema, SiteSchema, RoutingStepSchema],
  migrations: erpMigrations,
  resolvers: [itemResolvers, siteResolvers, billOfMaterialsResolvers, routingResolvers],
  createContext: createErpContext,
  demo: erpDemo,
  codegen: {
    contextType: '../context.ts#ErpContext',
    mappers: {
      Item: '../item/item.entity.ts#Item',
      Site: '../site/site.entity.ts#Site',
      BillOfMaterials: '../bill-of-materials/bill-of-materials.entity.ts#BillOfMaterials',
      BillOfMaterialsLine: '../bill-of-materials/bill-of-materials.entity.ts#BillOfMaterialsLine',
      BomExplosionLine: '../bill-of-materials/bill-of-materials.rules.ts#ExplosionLine',
      Routing: '../routing/routing.entity.ts#Routing',
      RoutingStep: '../routing/routing.entity.ts#RoutingStep',
      WorkCenter: '{ id: string }',
      Machine: '{ id: string }',
    },
  },
});
