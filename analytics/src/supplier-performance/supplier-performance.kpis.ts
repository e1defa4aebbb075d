import type { KpiContributionQuery, KpiDefinition, KpiFilterField, KpiQuery } from '../kpi/kpi-definition.ts';
import { assessDelivery, deliveryContribution, failingFirstPage, firstPassContribution, ppmContribution, supplierPoints } from './supplier-performance.rules.ts';
import {
  deliveryByDueDay,
  firstInspectionsByDay,
  incomingInspectionsInWindow,
  purchaseOrderLinesDue,
  receiptsInWindow,
  rejectsByReceiptDay,
  type SupplierWindow,
} from './supplier-performance.service.ts';

/** Supplier on-time delivery and supplier quality (KPIS.md), as the `kpi` queries serve them. */

const filters: readonly KpiFilterField[] = ['supplierId', 'itemId', 'siteId'];

/** Nothing later than today counts: a line due tomorrow is not late yet, a receipt tomorrow has not happened. */
const windowOf = (query: Pick<KpiQuery, 'from' | 'to' | 'today' | 'filter'>): SupplierWindow => ({
  from: query.from,
  last: query.to < query.today ? query.to : query.today,
  filter: query.filter,
});

function deliveryKpi(grain: 'QUANTITY' | 'LINE'): Pick<KpiDefinition, 'series' | 'contributions'> {
  return {
    async series(em, query) {
      const window = windowOf(query);
      return supplierPoints(await deliveryByDueDay(em, window, grain), query.periods, query.grain, window);
    },
    async contributions(em, query: KpiContributionQuery) {
      const deliveries = (await purchaseOrderLinesDue(em, windowOf(query))).map(assessDelivery);
      return failingFirstPage(
        deliveries.map((delivery) => deliveryContribution(delivery, grain)),
        query,
      );
    },
  };
}

export const supplierPerformanceKpis: KpiDefinition[] = [
  {
    name: 'SUPPLIER_ON_TIME_DELIVERY',
    label: 'Supplier on-time delivery',
    description:
      'KPIS.md supplier OTD by quantity: quantity received (accepted or refused at the dock) no later than the supplier’s first confirmed date, ' +
      'else the requested date, up to the ordered quantity, over the ordered quantity of purchase order lines due in the period. ' +
      'Re-promises never move the date; a split receipt is late only for its late part; a line due and not received counts in full as not on time.',
    unit: 'RATIO',
    higherIsBetter: true,
    target: 0.95,
    filters,
    ...deliveryKpi('QUANTITY'),
  },
  {
    name: 'SUPPLIER_ON_TIME_IN_FULL',
    label: 'Supplier on time in full',
    description:
      'KPIS.md supplier OTIF by line: purchase order lines due in the period with their full ordered quantity received no later than the first confirmed date ' +
      '(else the requested date), over lines due. Over-receipts do not fail a line.',
    unit: 'RATIO',
    higherIsBetter: true,
    target: 0.95,
    filters,
    ...deliveryKpi('LINE'),
  },
  {
    name: 'SUPPLIER_PPM',
    label: 'Supplier PPM',
    description:
      'KPIS.md supplier quality: quantity refused at the dock per million received (accepted + refused), by receipt day, ' +
      'over receipts against purchase order lines (the order names the supplier).',
    unit: 'PPM',
    higherIsBetter: false,
    target: 500,
    filters,
    async series(em, query) {
      const window = windowOf(query);
      return supplierPoints(await rejectsByReceiptDay(em, window), query.periods, query.grain, window, 1_000_000);
    },
    async contributions(em, query) {
      return failingFirstPage((await receiptsInWindow(em, windowOf(query))).map(ppmContribution), query);
    },
  },
  {
    name: 'INCOMING_FIRST_PASS_ACCEPTANCE',
    label: 'Incoming first-pass acceptance',
    description:
      'KPIS.md supplier quality: purchase order lines whose first incoming inspection passed over lines first inspected in the period; ' +
      'a line failed and then passed on re-inspection is not accepted first time.',
    unit: 'RATIO',
    higherIsBetter: true,
    target: 0.98,
    filters,
    async series(em, query) {
      const window = windowOf(query);
      return supplierPoints(await firstInspectionsByDay(em, window), query.periods, query.grain, window);
    },
    async contributions(em, query) {
      return failingFirstPage((await incomingInspectionsInWindow(em, windowOf(query))).map(firstPassContribution), query);
    },
  },
];
