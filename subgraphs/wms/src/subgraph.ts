import { defineSubgraph } from '@plexus/host';
import { wmsMigrations } from '../migrations/index.ts';
import { createWmsContext } from './context.ts';
import { wmsDemo } from './demo.ts';
import { lotResolvers } from './lot/lot.resolvers.ts';
import { LotHoldSchema } from './lot-hold/lot-hold.entity.ts';
import { lotHoldResolvers } from './lot-hold/lot-hold.resolvers.ts';
import { lotHoldConsumer } from './lot-hold/lot-hold.service.ts';
import { PurchaseReceiptLineSchema } from './purchase-receipt/purchase-receipt.entity.ts';
import { purchaseReceiptResolvers } from './purchase-receipt/purchase-receipt.resolvers.ts';
import { materialIssueConsumer, producedLotReceiptConsumer } from './production-stock/production-stock.service.ts';
import { ReceiptLineSchema, ReceiptSchema } from './receipt/receipt.entity.ts';
import { receiptResolvers } from './receipt/receipt.resolvers.ts';
import { PickSchema, ShipmentLineSchema, ShipmentSchema } from './shipment/shipment.entity.ts';
import { shipmentResolvers } from './shipment/shipment.resolvers.ts';
import { startInventorySnapshots } from './stock/inventory-snapshot.service.ts';
import { LotSchema, StockBalanceSchema } from './stock/stock.entity.ts';
import { stockResolvers } from './stock/stock.resolvers.ts';
import { TransferPickSchema, TransferSchema } from './transfer/transfer.entity.ts';
import { transferResolvers } from './transfer/transfer.resolvers.ts';
import { transferReleaseConsumer } from './transfer/transfer.service.ts';
import { LocationSchema, WarehouseSchema } from './warehouse/warehouse.entity.ts';
import { warehouseResolvers } from './warehouse/warehouse.resolvers.ts';

/** WMS: warehouses, locations, lots, stock, receipts and shipments. */
export const subgraph = defineSubgraph({
  name: 'wms',
  defaultPort: 4003,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [
    WarehouseSchema,
    LocationSchema,
    LotSchema,
    StockBalanceSchema,
    ReceiptSchema,
    ReceiptLineSchema,
    ShipmentSchema,
    ShipmentLineSchema,
    PickSchema,
    PurchaseReceiptLineSchema,
    LotHoldSchema,
    TransferSchema,
    TransferPickSchema,
  ],
  migrations: wmsMigrations,
  resolvers: [warehouseResolvers, stockResolvers, lotResolvers, receiptResolvers, shipmentResolvers, purchaseReceiptResolvers, lotHoldResolvers, transferResolvers],
  createContext: createWmsContext,
  consumers: [materialIssueConsumer, producedLotReceiptConsumer, lotHoldConsumer, transferReleaseConsumer],
  background: (runtime) => startInventorySnapshots(runtime.em),
  demo: wmsDemo,
  codegen: {
    contextType: '../context.ts#WmsContext',
    mappers: {
      Warehouse: '../warehouse/warehouse.entity.ts#Warehouse',
      Location: '../warehouse/warehouse.entity.ts#Location',
      Lot: '../stock/stock.entity.ts#LotReference',
      LotReceipt: '../lot/lot.store.ts#LotReceipt',
      LotShipment: '../lot/lot.store.ts#LotShipment',
      StockBalance: '../stock/stock.entity.ts#StockBalance',
      Receipt: '../receipt/receipt.entity.ts#Receipt',
      ReceiptLine: '../receipt/receipt.entity.ts#ReceiptLine',
      Shipment: '../shipment/shipment.entity.ts#Shipment',
      ShipmentLine: '../shipment/shipment.entity.ts#ShipmentLine',
      Pick: '../shipment/shipment.entity.ts#Pick',
      PurchaseReceiptLine: '../purchase-receipt/purchase-receipt.entity.ts#PurchaseReceiptLine',
      LotHold: '../lot-hold/lot-hold.entity.ts#LotHold',
      WarehouseStock: '../transfer/transfer.rules.ts#WarehouseStock',
      TransferOrder: '{ id: string }',
      Item: '{ id: string }',
      Site: '{ id: string }',
      SalesOrder: '{ id: string }',
      SalesOrderLine: '{ id: string }',
      PurchaseOrder: '{ id: string }',
      PurchaseOrderLine: '{ id: string }',
      AsnLine: '{ id: string }',
      Supplier: '{ id: string }',
    },
  },
});
