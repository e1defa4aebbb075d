import { openSubgraphOrm, type Database } from '@plexus/db';
import { DateScalar, DateTimeScalar, readSchema, serveSubgraph, type RunningServer } from '@plexus/host';
import { wmsMigrations } from '../migrations/index.ts';
import { createWmsContext, type WmsContext } from './context.ts';
import { ReceiptLineSchema, ReceiptSchema } from './receipt/receipt.entity.ts';
import { receiptResolvers } from './receipt/receipt.resolvers.ts';
import { PickSchema, ShipmentLineSchema, ShipmentSchema } from './shipment/shipment.entity.ts';
import { shipmentResolvers } from './shipment/shipment.resolvers.ts';
import { startInventorySnapshots } from './stock/inventory-snapshot.service.ts';
import { LotSchema, StockBalanceSchema } from './stock/stock.entity.ts';
import { stockResolvers } from './stock/stock.resolvers.ts';
import { LocationSchema, WarehouseSchema } from './warehouse/warehouse.entity.ts';
import { warehouseResolvers } from './warehouse/warehouse.resolvers.ts';

export const wmsTypeDefs = readSchema(new URL('../schema.graphql', import.meta.url));

export function openWms(database: Database) {
  return openSubgraphOrm(database, {
    schema: 'wms',
    entities: [WarehouseSchema, LocationSchema, LotSchema, StockBalanceSchema, ReceiptSchema, ReceiptLineSchema, ShipmentSchema, ShipmentLineSchema, PickSchema],
    migrations: wmsMigrations,
  });
}

export async function startWms(database: Database, port: number): Promise<RunningServer> {
  const orm = await openWms(database);
  const snapshots = startInventorySnapshots(orm.em);
  const server = await serveSubgraph<WmsContext>({
    name: 'wms',
    typeDefs: wmsTypeDefs,
    resolvers: [{ Date: DateScalar, DateTime: DateTimeScalar }, warehouseResolvers, stockResolvers, receiptResolvers, shipmentResolvers],
    orm,
    port,
    createContext: createWmsContext,
  });
  return {
    url: server.url,
    async stop() {
      await snapshots.stop();
      await server.stop();
    },
  };
}
