export { createCustomer } from './customer/customer.service.ts';
export {
  applyFulfilmentEvents,
  cancelSalesOrder,
  confirmSalesOrder,
  createSalesOrder,
  promiseSalesOrder,
} from './sales-order/sales-order.service.ts';
