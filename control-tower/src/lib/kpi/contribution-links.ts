import { kpiSlug } from './kpi-catalogue.ts';

/** What a KPI contribution says it is (analytics' `KpiContribution`). */
export interface ContributionSubject {
  subjectType: string;
  subjectId: string;
  orderId?: string | null;
}

/**
 * The page of the record behind a contribution. Lines open their order, since
 * the order page shows its lines; the production, purchasing and finance pages
 * are their teams' routes. Null when the control tower has no page for it.
 */
export function contributionHref(contribution: ContributionSubject): string | null {
  const id = encodeURIComponent(contribution.subjectId);
  const order = contribution.orderId ? encodeURIComponent(contribution.orderId) : null;
  switch (contribution.subjectType) {
    case 'SalesOrder':
      return `/orders/${id}`;
    case 'SalesOrderLine':
      return order && `/orders/${order}`;
    case 'PurchaseOrder':
      return `/purchasing/${id}`;
    case 'PurchaseOrderLine':
      return order && `/purchasing/${order}`;
    case 'WorkOrder':
      return `/production/work-orders/${id}`;
    case 'Machine':
      return `/production/machines/${id}`;
    case 'CustomerInvoice':
    case 'SupplierInvoice':
      return `/finance/invoices/${id}`;
    case 'Item':
      return `/inventory?item=${id}`;
    case 'Kpi':
      return `/kpi/${kpiSlug(contribution.subjectId)}`;
    default:
      return null;
  }
}

/** What the link opens, in words, for its accessible name. */
export const subjectWords: Record<string, string> = {
  SalesOrder: 'order',
  SalesOrderLine: 'order line',
  PurchaseOrder: 'purchase order',
  PurchaseOrderLine: 'purchase order line',
  WorkOrder: 'work order',
  Machine: 'machine',
  CustomerInvoice: 'customer invoice',
  SupplierInvoice: 'supplier invoice',
  Item: 'item',
  Kpi: 'measure',
};
