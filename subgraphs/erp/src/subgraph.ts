import { defineSubgraph } from '@plexus/host';
import { erpMigrations } from '../migrations/index.ts';
import { BillOfMaterialsLineSchema } from './bill-of-materials/bill-of-materials.entity.ts';
import { billOfMaterialsResolvers } from './bill-of-materials/bill-of-materials.resolvers.ts';
import { createErpContext } from './context.ts';
import { CreditNoteSchema, CustomerInvoiceLineSchema, CustomerInvoiceSchema, CustomerPaymentSchema } from './customer-invoice/customer-invoice.entity.ts';
import { customerInvoiceResolvers } from './customer-invoice/customer-invoice.resolvers.ts';
import { customerInvoicingConsumer } from './customer-invoice/customer-invoice.service.ts';
import { erpDemo } from './demo.ts';
import { CustomerAccountSchema, SupplierAccountSchema } from './finance/account.entity.ts';
import { ItemSchema } from './item/item.entity.ts';
import { itemResolvers } from './item/item.resolvers.ts';
import { ProductFamilySchema } from './product-family/product-family.entity.ts';
import { productFamilyResolvers } from './product-family/product-family.resolvers.ts';
import { RoutingStepSchema } from './routing/routing.entity.ts';
import { routingResolvers } from './routing/routing.resolvers.ts';
import { generalLedgerConsumer } from './ledger/ledger.service.ts';
import { ledgerResolvers } from './ledger/ledger.resolvers.ts';
import { SiteSchema } from './site/site.entity.ts';
import { SupplierInvoiceLineSchema, SupplierInvoiceSchema, SupplierPaymentSchema } from './supplier-invoice/supplier-invoice.entity.ts';
import { supplierInvoiceResolvers } from './supplier-invoice/supplier-invoice.resolvers.ts';
import { purchasingConsumer } from './supplier-invoice/supplier-invoice.service.ts';
import { siteResolvers } from './site/site.resolvers.ts';

/** ERP: item master data, bills of materials, routings, sites; finance: receivables, payables and the general ledger. */
export const subgraph = defineSubgraph({
  name: 'erp',
  defaultPort: 4002,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [
    ItemSchema,
    ProductFamilySchema,
    BillOfMaterialsLineSchema,
    SiteSchema,
    RoutingStepSchema,
    CustomerAccountSchema,
    SupplierAccountSchema,
    CustomerInvoiceSchema,
    CustomerInvoiceLineSchema,
    CreditNoteSchema,
    CustomerPaymentSchema,
    SupplierInvoiceSchema,
    SupplierInvoiceLineSchema,
    SupplierPaymentSchema,
  ],
  migrations: erpMigrations,
  resolvers: [itemResolvers, productFamilyResolvers, siteResolvers, billOfMaterialsResolvers, routingResolvers, customerInvoiceResolvers, supplierInvoiceResolvers, ledgerResolvers],
  createContext: createErpContext,
  consumers: [customerInvoicingConsumer, purchasingConsumer, generalLedgerConsumer],
  demo: erpDemo,
  codegen: {
    contextType: '../context.ts#ErpContext',
    mappers: {
      Item: '../item/item.entity.ts#Item',
      Site: '../site/site.entity.ts#Site',
      ProductFamily: '../product-family/product-family.entity.ts#ProductFamily',
      BillOfMaterials: '../bill-of-materials/bill-of-materials.entity.ts#BillOfMaterials',
      BillOfMaterialsLine: '../bill-of-materials/bill-of-materials.entity.ts#BillOfMaterialsLine',
      BomExplosionLine: '../bill-of-materials/bill-of-materials.rules.ts#ExplosionLine',
      Routing: '../routing/routing.entity.ts#Routing',
      RoutingStep: '../routing/routing.entity.ts#RoutingStep',
      WorkCenter: '{ id: string }',
      Machine: '{ id: string }',
      Customer: '{ id: string }',
      SalesOrder: '{ id: string }',
      SalesOrderLine: '{ id: string }',
      Shipment: '{ id: string }',
      CustomerInvoice: '../customer-invoice/customer-invoice.entity.ts#CustomerInvoice',
      CustomerInvoiceLine: '../customer-invoice/customer-invoice.entity.ts#CustomerInvoiceLine',
      CreditNote: '../customer-invoice/customer-invoice.entity.ts#CreditNote',
      CreditNoteLine: '../customer-invoice/customer-invoice.entity.ts#CreditedLine',
      CustomerPayment: '../customer-invoice/customer-invoice.entity.ts#CustomerPayment',
      CustomerInvoicePage: '{ items: CustomerInvoiceEntity[]; totalCount: number }',
      ItemPage: '{ items: ItemEntity[]; totalCount: number }',
      AgeingAmounts: '../finance/ageing.rules.ts#AgeingAmounts',
      CustomerAgeing: '../finance/ageing.rules.ts#AgedCounterparty',
      Supplier: '{ id: string }',
      PurchaseOrder: '{ id: string }',
      PurchaseOrderLine: '{ id: string }',
      SupplierInvoice: '../supplier-invoice/supplier-invoice.entity.ts#SupplierInvoice',
      SupplierInvoiceLine: '../supplier-invoice/supplier-invoice.entity.ts#SupplierInvoiceLine',
      SupplierPayment: '../supplier-invoice/supplier-invoice.entity.ts#SupplierPayment',
      SupplierInvoicePage: '{ items: SupplierInvoiceEntity[]; totalCount: number }',
      SupplierAgeing: '../finance/ageing.rules.ts#AgedCounterparty',
      PayablesAgeing: '{ asOf: string; total: AgeingAmountsEntity; counterparties: AgedCounterpartyEntity[] }',
      JournalEntry: '../ledger/ledger.service.ts#JournalEntryRecord',
      JournalLine: '../ledger/ledger.service.ts#JournalLineRecord',
      ReceivablesAgeing: '{ asOf: string; total: AgeingAmountsEntity; counterparties: AgedCounterpartyEntity[] }',
    },
  },
});
