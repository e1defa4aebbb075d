export { createWarehouse } from './warehouse/warehouse.service.ts';
export { receiveGoods } from './receipt/receipt.service.ts';
export { shipSalesOrder } from './shipment/shipment.service.ts';
export { takeInventorySnapshots } from './stock/inventory-snapshot.service.ts';
