import { defineSubgraph } from '@plexus/host';
import { crmMigrations } from '../migrations/index.ts';
import { createCrmContext } from './context.ts';
import { CustomerSchema } from './customer/customer.entity.ts';
import { customerResolvers } from './customer/customer.resolvers.ts';
import { deliveryConsumer } from './delivery/delivery.service.ts';
import { demandForecastResolvers } from './demand-forecast/demand-forecast.resolvers.ts';
import { crmDemo } from './demo.ts';
import { SalesOrderLineSchema, SalesOrderSchema } from './sales-order/sales-order.entity.ts';
import { salesOrderResolvers } from './sales-order/sales-order.resolvers.ts';
import { fulfilmentConsumer } from './sales-order/sales-order.service.ts';
import { ServiceCaseSchema } from './service-case/service-case.entity.ts';
import { serviceCaseResolvers } from './service-case/service-case.resolvers.ts';

/** CRM: customers, sales orders and the dates promised to customers. */
export const subgraph = defineSubgraph({
  name: 'crm',
  defaultPort: 4001,
  schema: new URL('../schema.graphql', import.meta.url),
  entities: [CustomerSchema, SalesOrderSchema, SalesOrderLineSchema, ServiceCaseSchema],
  migrations: crmMigrations,
  resolvers: [customerResolvers, salesOrderResolvers, demandForecastResolvers, serviceCaseResolvers],
  createContext: createCrmContext,
  consumers: [fulfilmentConsumer, deliveryConsumer],
  demo: crmDemo,
  codegen: {
    contextType: '../context.ts#CrmContext',
    mappers: {
      Customer: '../customer/customer.entity.ts#Customer',
      SalesOrder: '../sales-order/sales-order.entity.ts#SalesOrder',
      SalesOrderLine: '../sales-order/sales-order.entity.ts#SalesOrderLine',
      SalesOrderPage: '{ items: SalesOrderEntity[]; totalCount: number }',
      CustomerPage: '{ items: CustomerEntity[]; totalCount: number }',
      Item: '{ id: string }',
      ServiceCase: '../service-case/service-case.entity.ts#ServiceCase',
      ServiceCaseLine: '../service-case/service-case.entity.ts#CaseLine',
      Shipment: '{ id: string }',
      DemandForecast: '../demand-forecast/demand-forecast.store.ts#StoredForecast',
    },
  },
});
