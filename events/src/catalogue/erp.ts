import { plural, type Describers } from './describe.ts';

export interface InvoicedLine {
  salesOrderLineId: string;
  itemId: string;
  quantity: number;
  unitPrice: number;
}

/** What erp tells the other systems. */
export interface ErpEvents {
  'erp.ItemCreated': { sku: string; name: string; itemType: string; standardCost: number };
  'erp.BillOfMaterialsChanged': { sku: string; components: { componentId: string; quantityPer: number }[] };
  'erp.SiteCreated': { code: string; name: string };
  /** A made item's routing replaced: mes copies the steps into the work orders it releases, aps plans with them. */
  'erp.RoutingChanged': {
    sku: string;
    steps: { sequence: number; workCenterId: string; setupMinutes: number; runSecondsPerUnit: number; machineIds: string[] }[];
  };
  /**
   * A product family created or its items changed: `itemIds` is every item in the family now (an item
   * moved here left its former family). S&OP in aps plans by family.
   */
  'erp.ProductFamilyChanged': { code: string; name: string; unitOfMeasure: string; itemIds: string[] };
  /**
   * What was invoiced per order line; `accurate` is ERP's own check against order and deliveries.
   * `amount` is the invoice total in the reporting currency: revenue on the day it is issued and a
   * receivable from then until customer payments settle it (cash-to-cash, KPIS.md). Dimensions carry
   * customer and site.
   */
  'erp.InvoiceIssued': { number: string; accurate: boolean; lines: InvoicedLine[]; amount: number; dueDate: string };
  /**
   * Cash from a customer applied to one invoice, in the reporting currency; a remittance settling
   * several invoices is one event per invoice. `invoiceId` is the invoice's subject id.
   */
  'erp.CustomerPaymentReceived': { number: string; invoiceId: string; invoiceNumber: string; amount: number };
  /**
   * A supplier's invoice booked on receipt, total in the reporting currency: material cost on the day
   * it is received and a payable until paid (cash-to-cash). Dimensions carry supplier and site; the
   * purchase order, when the invoice is against one, is also the event's order.
   */
  'erp.SupplierInvoiceReceived': { number: string; purchaseOrderId: string | null; amount: number; dueDate: string };
  /** Cash paid to a supplier against one of its invoices, in the reporting currency; `invoiceId` is the supplier invoice's subject id. */
  'erp.SupplierPaymentMade': { number: string; invoiceId: string; invoiceNumber: string; amount: number };
}

export const erpDescribers: Describers<ErpEvents> = {
  'erp.ItemCreated': (payload) => `Item ${payload.sku} created`,
  'erp.BillOfMaterialsChanged': (payload) => `Bill of materials of ${payload.sku} set to ${plural(payload.components.length, 'component')}`,
  'erp.SiteCreated': (payload) => `Site ${payload.code} created`,
  'erp.RoutingChanged': (payload) => `Routing of ${payload.sku} set to ${plural(payload.steps.length, 'step')}`,
  'erp.ProductFamilyChanged': (payload) => `Product family ${payload.code} now has ${plural(payload.itemIds.length, 'item')}`,
  'erp.InvoiceIssued': (payload) => `Invoice ${payload.number} issued for ${payload.amount}, due ${payload.dueDate}${payload.accurate ? '' : ' (inaccurate)'}`,
  'erp.CustomerPaymentReceived': (payload) => `Payment ${payload.number} of ${payload.amount} received against invoice ${payload.invoiceNumber}`,
  'erp.SupplierInvoiceReceived': (payload) => `Supplier invoice ${payload.number} received for ${payload.amount}, due ${payload.dueDate}`,
  'erp.SupplierPaymentMade': (payload) => `Payment ${payload.number} of ${payload.amount} made against supplier invoice ${payload.invoiceNumber}`,
};
