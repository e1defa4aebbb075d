import { demoKey, type Simulation } from '@plexus/host';
import type { ErpContext } from '../context.ts';
import { findCustomerInvoice, issueCreditNote, issueCustomerInvoice, openCents, recordCustomerPayment } from '../customer-invoice/customer-invoice.service.ts';
import { paySupplierInvoicesDue, receiveSupplierInvoice } from '../supplier-invoice/supplier-invoice.service.ts';
import { setCustomerTerms } from './account.service.ts';
import type { BillingTrigger } from './account.entity.ts';
import { dayOf } from './calendar-date.ts';
import { fromCents } from './money.ts';

/**
 * Finance in the demo company's history, through erp's services: each
 * morning the clerks work through what happened the day before. Customers
 * billed by hand get their invoice (now and then with one unit too many,
 * credited two days later); invoices are paid around their due date, in
 * two parts by some customers, weeks late by slow payers; suppliers invoice
 * what the warehouse accepted one to three days after it arrived (a few at a
 * price above the order's, which the match blocks); Friday's payment run
 * pays what falls due by Monday.
 */

const dayMs = 86_400_000;
const hours = (day: Date, count: number) => new Date(day.getTime() + count * 3_600_000);

interface CustomerProfile {
  billOn: BillingTrigger;
  paymentDays: number;
  /** Days after the due date it pays (negative: early), before the day-to-day scatter. */
  lateness: number;
  paysInTwoParts: boolean;
}

const financeState = demoKey<{ customers: Map<string, CustomerProfile> }>('erp.finance');

/** Terms and habits by the customer's place in crm's list: most billed on shipment at 30 days, a few by delivery or by hand, some slow. */
function profileOf(index: number): CustomerProfile {
  return {
    billOn: index % 11 === 3 ? 'DELIVERY' : index % 9 === 5 ? 'MANUAL' : 'SHIPMENT',
    paymentDays: [30, 30, 14, 45, 60, 30][index % 6]!,
    lateness: index % 7 === 2 ? 25 : index % 4 === 1 ? -6 : 0,
    paysInTwoParts: index % 5 === 1,
  };
}

async function customers(simulation: Simulation<ErpContext>, day: Date): Promise<Map<string, CustomerProfile>> {
  const known = simulation.world.find(financeState);
  if (known) return known.customers;
  const rows = await simulation.database.query<{ subject_id: string }>(`SELECT subject_id FROM analytics.supply_chain_event WHERE type = 'crm.CustomerCreated' ORDER BY time, id`);
  const profiles = new Map<string, CustomerProfile>();
  for (const [index, row] of rows.entries()) {
    const profile = profileOf(index);
    profiles.set(row.subject_id, profile);
    if (profile.billOn !== 'SHIPMENT' || profile.paymentDays !== 30) {
      await setCustomerTerms(simulation.at(day), { customerId: row.subject_id, billOn: profile.billOn, paymentDays: profile.paymentDays });
    }
  }
  simulation.world.set(financeState, { customers: profiles });
  return profiles;
}

const scatter = (simulation: Simulation<ErpContext>, days: number) => Math.round((simulation.random() * 2 - 1) * days);

/** Pays the invoice on the customer's habits: the open amount at the time, half of it first for those who pay in two parts. */
async function schedulePayments(simulation: Simulation<ErpContext>, invoice: { id: string; due_date: string | Date; customer_id: string }, profile: CustomerProfile) {
  const due = new Date(`${dayOf(typeof invoice.due_date === 'string' ? new Date(`${invoice.due_date.slice(0, 10)}T00:00:00Z`) : invoice.due_date)}T00:00:00Z`);
  const payOn = new Date(due.getTime() + (profile.lateness + scatter(simulation, 4)) * dayMs);
  const pay = (time: Date, part: number) =>
    simulation.later(time, async () => {
      const at = simulation.at(time);
      const current = await findCustomerInvoice(at, invoice.id);
      const open = current ? openCents(current) : 0;
      const cents = part === 1 ? open : Math.floor(open / 2);
      if (cents > 0) await recordCustomerPayment(at, { invoiceId: invoice.id, amount: fromCents(cents), reference: `REM-${dayOf(time)}` });
    });
  if (profile.paysInTwoParts) pay(hours(new Date(payOn.getTime() - 10 * dayMs), 11), 2);
  pay(hours(payOn, 11), 1);
}

/** The clerk's invoice for a shipment of a customer billed by hand, at the order's prices; one in four bills a unit too many and is credited. */
async function invoiceByHand(simulation: Simulation<ErpContext>, day: Date, shipment: { subject_id: string; order_id: string; payload: { lines: { salesOrderLineId: string; quantity: number }[] } }) {
  const [confirmed] = await simulation.database.query<{ payload: { lines: { lineId: string; unitPrice: number }[] } }>(
    `SELECT payload FROM analytics.supply_chain_event WHERE type = 'crm.SalesOrderConfirmed' AND order_id = $1 ORDER BY time DESC LIMIT 1`,
    [shipment.order_id],
  );
  const prices = new Map(confirmed?.payload.lines.map((line) => [line.lineId, line.unitPrice]) ?? []);
  const typo = simulation.random() < 0.25;
  const lines = shipment.payload.lines.map((line, index) => ({ salesOrderLineId: line.salesOrderLineId, quantity: line.quantity + (typo && index === 0 ? 1 : 0), unitPrice: prices.get(line.salesOrderLineId) ?? 0 }));
  const time = hours(day, 9);
  simulation.later(time, async () => {
    const invoice = await issueCustomerInvoice(simulation.at(time), { shipmentId: shipment.subject_id, lines });
    if (!typo) return;
    const credited = hours(day, 2 * 24 + 10);
    simulation.later(credited, async () => {
      await issueCreditNote(simulation.at(credited), { invoiceId: invoice.id, reason: 'Billed one unit more than shipped', lines: [{ salesOrderLineId: lines[0]!.salesOrderLineId, quantity: 1 }] });
    });
  });
}

/** A supplier's invoice for what the warehouse accepted against its order, one to three days later; one in twelve at a price above the order's. */
async function supplierInvoice(simulation: Simulation<ErpContext>, day: Date, receipt: { order_id: string; supplier_id: string; payload: { number: string; lines: { purchaseOrderLineId?: string; quantity: number }[] } }) {
  const received = receipt.payload.lines.filter((line) => line.purchaseOrderLineId && line.quantity > 0);
  if (received.length === 0) return;
  const prices = await simulation.database.query<{ line_id: string; unit_price: string }>(
    'SELECT line_id, unit_price FROM erp.purchase_order_line_ref WHERE line_id = ANY($1::uuid[])',
    [received.map((line) => line.purchaseOrderLineId!)],
  );
  const priceOf = new Map(prices.map((row) => [row.line_id, Number(row.unit_price)]));
  const overpriced = simulation.random() < 1 / 12;
  const time = hours(day, (1 + Math.floor(simulation.random() * 3)) * 24 + 10);
  simulation.later(time, async () => {
    await receiveSupplierInvoice(simulation.at(time), {
      supplierId: receipt.supplier_id,
      supplierReference: `INV-${receipt.payload.number}`,
      purchaseOrderId: receipt.order_id,
      invoiceDate: dayOf(time),
      lines: received.map((line) => {
        const price = priceOf.get(line.purchaseOrderLineId!) ?? 0;
        return { purchaseOrderLineId: line.purchaseOrderLineId!, quantity: line.quantity, unitPrice: overpriced ? Math.round(price * 105) / 100 : price };
      }),
    });
  });
}

/** One morning of the finance department: what happened yesterday, and on Fridays the payment run. */
export async function financeDay(simulation: Simulation<ErpContext>, day: Date): Promise<void> {
  const profiles = await customers(simulation, day);
  if (profiles.size === 0) return;
  const yesterday = new Date(day.getTime() - dayMs);
  const invoices = await simulation.database.query<{ id: string; due_date: string | Date; customer_id: string }>(
    'SELECT id, due_date, customer_id FROM erp.customer_invoice WHERE issued_at >= $1 AND issued_at < $2 ORDER BY number',
    [yesterday, day],
  );
  for (const invoice of invoices) await schedulePayments(simulation, invoice, profiles.get(invoice.customer_id) ?? profileOf(0));
  const shipments = await simulation.database.query<{ subject_id: string; order_id: string; customer_id: string; payload: { lines: { salesOrderLineId: string; quantity: number }[] } }>(
    `SELECT subject_id, order_id, customer_id, payload FROM analytics.supply_chain_event WHERE type = 'wms.ShipmentShipped' AND time >= $1 AND time < $2 ORDER BY time, id`,
    [yesterday, day],
  );
  for (const shipment of shipments) if (profiles.get(shipment.customer_id)?.billOn === 'MANUAL') await invoiceByHand(simulation, day, shipment);
  const receipts = await simulation.database.query<{ order_id: string; supplier_id: string; payload: { number: string; lines: { purchaseOrderLineId?: string; quantity: number }[] } }>(
    `SELECT order_id, supplier_id, payload FROM analytics.supply_chain_event WHERE type = 'wms.GoodsReceived' AND order_id IS NOT NULL AND time >= $1 AND time < $2 ORDER BY time, id`,
    [yesterday, day],
  );
  for (const receipt of receipts) await supplierInvoice(simulation, day, receipt);
  if (day.getUTCDay() === 5) {
    const run = hours(day, 15);
    simulation.later(run, async () => {
      await paySupplierInvoicesDue(simulation.at(run), dayOf(new Date(day.getTime() + 3 * dayMs)));
    });
  }
}
