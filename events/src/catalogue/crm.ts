import { plural, type Describers } from './describe.ts';

export interface SalesOrderLineSnapshot {
  lineId: string;
  lineNumber: number;
  itemId: string;
  quantity: number;
  unitPrice: number;
  requestedDate: string;
  promisedDate: string | null;
}

/** What crm tells the other systems. */
export interface CrmEvents {
  'crm.CustomerCreated': { code: string; name: string };
  'crm.SalesOrderPlaced': { number: string; currency: string; lines: SalesOrderLineSnapshot[] };
  'crm.SalesOrderConfirmed': { number: string; lines: SalesOrderLineSnapshot[] };
  'crm.SalesOrderPromised': { number: string; lines: { lineId: string; promisedDate: string }[] };
  /** `requestedBy`: who asked (KPIS.md counts orders the company cancelled as due); absent on events from before it was recorded. */
  'crm.SalesOrderCancelled': { number: string; reason: string; requestedBy?: 'CUSTOMER' | 'COMPANY' };
  'crm.SalesOrderStatusChanged': { number: string; from: string; to: string };
  /** A forecast of an item at a site changed for the weeks listed (`source`: STATISTICAL, SALES or CONSENSUS); dimensions carry item and site. */
  'crm.DemandForecastChanged': { source: string; weeks: { weekStart: string; quantity: number }[] };
  /** A customer's claim that goods arrived damaged, against one delivery. */
  'crm.DamageClaimOpened': { shipmentId: string; salesOrderLineIds: string[]; reason: string };
}

export const crmDescribers: Describers<CrmEvents> = {
  'crm.CustomerCreated': (payload) => `Customer ${payload.code} created`,
  'crm.SalesOrderPlaced': (payload) => `Order ${payload.number} placed with ${plural(payload.lines.length, 'line')}`,
  'crm.SalesOrderConfirmed': (payload) => `Order ${payload.number} confirmed`,
  'crm.SalesOrderPromised': (payload) => {
    const dates = [...new Set(payload.lines.map((line) => line.promisedDate))].sort();
    return `Delivery promised for ${dates.join(', ')}`;
  },
  'crm.SalesOrderCancelled': (payload) => `Order cancelled${payload.requestedBy === 'COMPANY' ? ' by us' : payload.requestedBy === 'CUSTOMER' ? ' by the customer' : ''}: ${payload.reason}`,
  'crm.SalesOrderStatusChanged': (payload) => `Status ${payload.from} → ${payload.to}`,
  'crm.DemandForecastChanged': (payload) => `${payload.source.toLowerCase()} forecast set for ${plural(payload.weeks.length, 'week')}`,
  'crm.DamageClaimOpened': (payload) => `Damage claim opened: ${payload.reason}`,
};
