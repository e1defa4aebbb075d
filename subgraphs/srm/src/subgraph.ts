import { defineSubgraph } from '@plexus/host';
import { srmMigrations } from '../migrations/index.ts';
import { AsnLineSchema, AsnSchema } from './asn/asn.entity.ts';
import { asnResolvers } from './asn/asn.resolvers.ts';
import { createSrmContext } from './context.ts';
import { demandForecastResolvers } from './demand-forecast/demand-forecast.resolvers.ts';
import { srmDemo } from './demo.ts';
import { plannedPurchaseConsumer } from './planned-order/planned-order.consumer.ts';
import { PurchaseOrderChangeSchema, PurchaseOrderLineSchema, PurchaseOrderSchema } from './purchase-order/purchase-order.entity.ts';
import { purchaseOrderResolvers } from './purchase-order/purchase-order.resolvers.ts';
import { receivingConsumer } from './purchase-order/receiving.service.ts';
import { scorecardResolvers } from './scorecard/scorecard.resolvers.ts';
import { RfqSchema, SupplierQuoteSchema } from './sourcing/rfq.entity.ts';
import { rfqResolvers } from './sourcing/rfq.resolvers.ts';
import { SupplierItemSchema } from './supplier-item/supplier-item.entity.ts';
import { supplierItemResolvers } from './supplier-item/supplier-item.resolvers.ts';
import { SupplierCertificateSchema, SupplierSchema } from './supplier/supplier.entity.ts';
import { supplierResolvers } from './supplier/supplier.resolvers.ts';

/** SRM: suppliers, sourcing, purchase orders with confirmations and changes, ship notices, and the supplier portal's view of them. */
export const subgraph = defineSubgraph({
  name: 'srm',
  defaultPort: 4007,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [
    SupplierSchema,
    SupplierCertificateSchema,
    SupplierItemSchema,
    RfqSchema,
    SupplierQuoteSchema,
    PurchaseOrderSchema,
    PurchaseOrderLineSchema,
    PurchaseOrderChangeSchema,
    AsnSchema,
    AsnLineSchema,
  ],
  migrations: srmMigrations,
  resolvers: [supplierResolvers, supplierItemResolvers, rfqResolvers, purchaseOrderResolvers, asnResolvers, scorecardResolvers, demandForecastResolvers],
  createContext: createSrmContext,
  consumers: [receivingConsumer, plannedPurchaseConsumer],
  demo: srmDemo,
  codegen: {
    contextType: '../context.ts#SrmContext',
    mappers: {
      Supplier: '../supplier/supplier.entity.ts#Supplier',
      SupplierCertificate: '../supplier/supplier.entity.ts#SupplierCertificate',
      SupplierPage: '{ items: SupplierEntity[]; totalCount: number }',
      SupplierItem: '../supplier-item/supplier-item.entity.ts#SupplierItem',
      Rfq: '../sourcing/rfq.entity.ts#Rfq',
      SupplierQuote: '../sourcing/rfq.entity.ts#SupplierQuote',
      QuoteComparison: '../sourcing/rfq.service.ts#QuoteComparison',
      PurchaseOrder: '../purchase-order/purchase-order.entity.ts#PurchaseOrder',
      PurchaseOrderLine: '../purchase-order/purchase-order.entity.ts#PurchaseOrderLine',
      PurchaseOrderChange: '../purchase-order/purchase-order.entity.ts#PurchaseOrderChange',
      PurchaseOrderLineChange: '../purchase-order/purchase-order.entity.ts#LineChange',
      PurchaseOrderPage: '{ items: PurchaseOrderEntity[]; totalCount: number }',
      PurchaseReceipt: '../purchase-order/purchase-order.service.ts#PurchaseReceiptRecord',
      Asn: '../asn/asn.entity.ts#Asn',
      AsnLine: '../asn/asn.entity.ts#AsnLine',
      AsnPage: '{ items: AsnEntity[]; totalCount: number }',
      SupplierScorecard: '../scorecard/scorecard.rules.ts#Scorecard',
      ScorecardLine: '../scorecard/scorecard.rules.ts#LineDelivery',
      SupplierForecastWeek: '../demand-forecast/demand-forecast.rules.ts#ForecastWeek',
      Item: '{ id: string }',
      Site: '{ id: string }',
    },
  },
});
