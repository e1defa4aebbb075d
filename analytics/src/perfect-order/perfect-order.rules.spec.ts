import type { EventPayloads, EventType, SupplyChainEvent } from '@plexus/events';
import { describe, expect, it } from 'vitest';
import { assessOrder, orderFactsFromEvents, perfectOrderRate, type OrderFacts } from './perfect-order.rules.ts';

const commitDate = '2026-11-10';

/** An order of two lines, delivered complete on time with accurate documents, unless `change` says otherwise. */
function order(id: string, change: (facts: OrderFacts) => void = () => {}): OrderFacts {
  const facts: OrderFacts = {
    orderId: id,
    number: `SO-${id}`,
    placedAt: new Date('2026-11-01T09:00:00Z'),
    customerId: 'c',
    siteId: 's',
    cancellation: null,
    lines: [
      { lineId: `${id}-1`, lineNumber: 1, itemId: 'pump', quantity: 10, unitPrice: 100, requestedDate: commitDate, commitDate },
      { lineId: `${id}-2`, lineNumber: 2, itemId: 'valve', quantity: 5, unitPrice: 20, requestedDate: commitDate, commitDate },
    ],
    shipments: [],
    deliveries: [
      {
        shipmentId: `${id}-SH`,
        deliveredAt: new Date('2026-11-09T15:00:00Z'),
        damaged: false,
        documentsComplete: true,
        lines: [
          { salesOrderLineId: `${id}-1`, itemId: 'pump', quantity: 10 },
          { salesOrderLineId: `${id}-2`, itemId: 'valve', quantity: 5 },
        ],
      },
    ],
    claims: [],
    invoices: [
      {
        accurate: true,
        lines: [
          { salesOrderLineId: `${id}-1`, itemId: 'pump', quantity: 10, unitPrice: 100 },
          { salesOrderLineId: `${id}-2`, itemId: 'valve', quantity: 5, unitPrice: 20 },
        ],
      },
    ],
  };
  change(facts);
  return facts;
}

const orders = [
  order('O1'),
  order('O2', (facts) => (facts.deliveries[0]!.deliveredAt = new Date('2026-11-11T08:00:00Z'))),
  order('O3', (facts) => {
    facts.deliveries[0]!.deliveredAt = new Date('2026-11-12T08:00:00Z');
    facts.deliveries[0]!.lines[1]!.quantity = 4;
    facts.invoices[0]!.lines[1]!.quantity = 4;
  }),
  order('O4'),
  order('O5', (facts) => (facts.deliveries[0]!.damaged = true)),
  order('O6', (facts) => (facts.invoices[0]!.lines[0]!.unitPrice = 95)),
  order('O7', (facts) => facts.claims.push({ shipmentId: 'O7-SH', openedAt: new Date('2026-12-11T16:00:00Z'), salesOrderLineIds: ['O7-1'] })),
  order('O8', (facts) => facts.claims.push({ shipmentId: 'O8-SH', openedAt: new Date('2026-11-19T09:00:00Z'), salesOrderLineIds: ['O8-2'] })),
  order('O9', (facts) => facts.lines.forEach((line) => (line.commitDate = '2026-12-02'))),
  order('O10', (facts) => (facts.cancellation = { cancelledAt: new Date('2026-11-05T10:00:00Z'), requestedBy: 'CUSTOMER' })),
];

describe('perfect order rate', () => {
  const summary = perfectOrderRate(orders, { from: '2026-11-01', to: '2026-11-30' });

  it('counts orders due in the period, excluding the one the customer cancelled before its commit date and the one due later', () => {
    expect(summary.ordersDue).toBe(8);
  });

  it('finds 3 perfect orders of 8: late, short, damaged, mis-invoiced and claimed orders overlap', () => {
    expect(summary.perfectOrders).toBe(3);
    expect(summary.rate).toBe(3 / 8);
  });

  it('reports the four component rates over the same orders, not multiplied together', () => {
    expect(summary.components).toEqual({ onTime: 6 / 8, inFull: 7 / 8, damageFree: 6 / 8, documentationAccurate: 7 / 8 });
    expect(summary.rate).not.toBeCloseTo(0.75 * 0.875 * 0.75 * 0.875, 5);
  });

  it('says why each imperfect order failed, down to the line', () => {
    expect(Object.fromEntries(summary.imperfect.map((assessment) => [assessment.orderId, assessment.reasons]))).toEqual({
      O2: ['LATE'],
      // Invoicing the 4 delivered of 5 ordered bills what was delivered: the short delivery fails in full, not documentation.
      O3: ['LATE', 'SHORT'],
      O5: ['DAMAGED_AT_DELIVERY'],
      O6: ['INVOICE_MISMATCH'],
      O8: ['DAMAGE_CLAIM'],
    });
    expect(summary.imperfect.find((assessment) => assessment.orderId === 'O8')!.lines.map((line) => line.damageFree)).toEqual([true, false]);
  });

  it('treats an order not delivered by its commit date as due and not perfect', () => {
    const undelivered = assessOrder(order('O11', (facts) => (facts.deliveries = [])));
    expect(undelivered).toMatchObject({ isPerfect: false, onTime: false, inFull: false });
    expect(undelivered.reasons).toContain('NOT_DELIVERED');
  });

  it('fails a wrong item and an over-delivery as not in full', () => {
    const wrong = assessOrder(order('O12', (facts) => (facts.deliveries[0]!.lines[0]!.itemId = 'impeller')));
    expect(wrong.reasons).toEqual(expect.arrayContaining(['WRONG_ITEM', 'SHORT']));
    const over = assessOrder(order('O13', (facts) => (facts.deliveries[0]!.lines[0]!.quantity = 12)));
    expect(over.reasons).toEqual(expect.arrayContaining(['OVER', 'INVOICE_MISMATCH']));
  });

  it('uses the latest accepted promise as the commitment', () => {
    const moved = assessOrder(order('O14', (facts) => facts.lines.forEach((line) => (line.commitDate = '2026-11-08'))));
    expect(moved.reasons).toEqual(['LATE']);
  });
});

describe('documentation accuracy: the invoice bills what was delivered (KPIS.md)', () => {
  const line1 = (facts: OrderFacts) => assessOrder(facts).lines[0]!;

  it('passes a correct invoice for a short delivery: the line fails in full only', () => {
    const short = line1(
      order('D1', (facts) => {
        facts.deliveries[0]!.lines[0]!.quantity = 7;
        facts.invoices[0]!.lines[0]!.quantity = 7;
      }),
    );
    expect(short).toMatchObject({ onTime: true, inFull: false, documentationAccurate: true, reasons: ['SHORT'] });
  });

  it('fails an invoice for the ordered quantity when less was delivered', () => {
    const billedOrdered = line1(order('D2', (facts) => (facts.deliveries[0]!.lines[0]!.quantity = 7)));
    expect(billedOrdered).toMatchObject({ inFull: false, documentationAccurate: false, reasons: ['SHORT', 'INVOICE_MISMATCH'] });
  });

  it('fails an extra item delivered and not invoiced, and passes it invoiced as delivered', () => {
    const extra = (id: string, invoiced: boolean) =>
      line1(
        order(id, (facts) => {
          facts.deliveries[0]!.lines.push({ salesOrderLineId: `${id}-1`, itemId: 'gasket', quantity: 2 });
          if (invoiced) facts.invoices[0]!.lines.push({ salesOrderLineId: `${id}-1`, itemId: 'gasket', quantity: 2, unitPrice: 3 });
        }),
      );
    expect(extra('D3', false)).toMatchObject({ inFull: false, documentationAccurate: false, reasons: ['WRONG_ITEM', 'INVOICE_MISMATCH'] });
    expect(extra('D4', true)).toMatchObject({ inFull: false, documentationAccurate: true, reasons: ['WRONG_ITEM'] });
  });

  it('fails the ordered item billed at another price than the order’s', () => {
    expect(line1(order('D5', (facts) => (facts.invoices[0]!.lines[0]!.unitPrice = 99.99)))).toMatchObject({ documentationAccurate: false, reasons: ['INVOICE_MISMATCH'] });
  });
});

describe('cancelled orders (KPIS.md)', () => {
  const undelivered = (id: string, cancelledAt: string, requestedBy: 'CUSTOMER' | 'COMPANY' | null) =>
    order(id, (facts) => {
      facts.deliveries = [];
      facts.invoices = [];
      facts.cancellation = { cancelledAt: new Date(cancelledAt), requestedBy };
    });

  it('excludes an order the customer cancelled by the end of its commit date, also one cancelled before requestedBy was recorded', () => {
    expect(assessOrder(undelivered('X1', '2026-11-10T23:59:59Z', 'CUSTOMER')).excluded).toBe(true);
    expect(assessOrder(undelivered('X2', '2026-11-03T10:00:00Z', null)).excluded).toBe(true);
  });

  it('counts an order the company cancelled, and one the customer cancelled after its commit date, as due and not perfect', () => {
    const byCompany = assessOrder(undelivered('X3', '2026-11-03T10:00:00Z', 'COMPANY'));
    expect(byCompany).toMatchObject({ excluded: false, isPerfect: false, onTime: false, inFull: false, damageFree: true, documentationAccurate: false });
    expect(byCompany.lines[0]!.reasons).toEqual(['NOT_DELIVERED', 'CANCELLED', 'NOT_INVOICED']);
    const late = assessOrder(undelivered('X4', '2026-11-11T00:00:00Z', 'CUSTOMER'));
    expect(late).toMatchObject({ excluded: false, isPerfect: false });
    expect(late.reasons).toContain('CANCELLED');
  });

  it('so cancelling a late order never improves the rate: 1 perfect of 3 due, the customer’s timely cancellation left out', () => {
    const summary = perfectOrderRate(
      [order('X5'), undelivered('X6', '2026-11-04T10:00:00Z', 'COMPANY'), undelivered('X7', '2026-11-12T10:00:00Z', 'CUSTOMER'), undelivered('X8', '2026-11-04T10:00:00Z', 'CUSTOMER')],
      { from: '2026-11-01', to: '2026-11-30' },
    );
    expect(summary).toMatchObject({ ordersDue: 3, perfectOrders: 1, rate: 1 / 3 });
    expect(summary.imperfect.map((assessment) => assessment.orderId)).toEqual(['X6', 'X7']);
  });
});

const event = <T extends EventType>(type: T, time: string, siteId: string | null, payload: EventPayloads[T], subjectId = 'O'): SupplyChainEvent =>
  ({ id: `${type}-${time}`, time: new Date(time), type, system: type.split('.')[0]!, payload, idempotencyKey: null, subjectType: 'SalesOrder', subjectId, orderId: 'O', itemId: null, siteId, supplierId: null, customerId: 'c', quantity: null }) as SupplyChainEvent;

describe('an order’s facts from events sent twice', () => {
  const placed = event('crm.SalesOrderPlaced', '2026-11-01T09:00:00Z', 's', {
    number: 'SO-O',
    currency: 'EUR',
    lines: [{ lineId: 'O-1', lineNumber: 1, itemId: 'pump', quantity: 10, unitPrice: 100, requestedDate: commitDate, promisedDate: null }],
  });
  const delivered = (time: string) =>
    event(
      'scm.DeliveryConfirmed',
      time,
      's',
      { shipmentId: 'SH', deliveredAt: '2026-11-09T15:00:00Z', onTime: true, damaged: false, documentsComplete: true, lines: [{ salesOrderLineId: 'O-1', itemId: 'pump', quantity: 10 }] },
      'SH',
    );
  const invoiced = (time: string, quantity: number) =>
    event(
      'erp.InvoiceIssued',
      time,
      's',
      { number: 'INV-1', accurate: true, lines: [{ salesOrderLineId: 'O-1', itemId: 'pump', quantity, unitPrice: 100 }], amount: quantity * 100, dueDate: '2026-12-09' },
      'INV',
    );

  it('counts a proof of delivery received twice once', () => {
    const facts = orderFactsFromEvents('O', [placed, delivered('2026-11-09T15:00:00Z'), delivered('2026-11-09T15:05:00Z'), invoiced('2026-11-09T16:00:00Z', 10)])!;
    expect(facts.deliveries).toHaveLength(1);
    expect(assessOrder(facts)).toMatchObject({ isPerfect: true, reasons: [] });
  });

  it('lets a corrected invoice replace the one it corrects, whichever order they arrive in', () => {
    const wrongThenRight = [placed, delivered('2026-11-09T15:00:00Z'), invoiced('2026-11-09T16:00:00Z', 12), invoiced('2026-11-10T09:00:00Z', 10)];
    expect(assessOrder(orderFactsFromEvents('O', wrongThenRight)!).documentationAccurate).toBe(true);
    expect(assessOrder(orderFactsFromEvents('O', [wrongThenRight[0]!, wrongThenRight[1]!, wrongThenRight[3]!, wrongThenRight[2]!])!).documentationAccurate).toBe(true);
  });
});

describe("an order's site", () => {
  const placed = (siteId: string | null) =>
    event('crm.SalesOrderPlaced', '2026-11-01T09:00:00Z', siteId, {
      number: 'SO-O',
      currency: 'EUR',
      lines: [{ lineId: 'O-1', lineNumber: 1, itemId: 'pump', quantity: 1, unitPrice: 1, requestedDate: commitDate, promisedDate: null }],
    });
  const shipped = (time: string, siteId: string) => event('wms.ShipmentShipped', time, siteId, { number: `SH-${time}`, warehouseId: `${siteId}-WH`, lines: [] });
  const siteOf = (events: SupplyChainEvent[]) => orderFactsFromEvents('O', events)!.siteId;

  it('is the site the order was placed for, shipped or not, whoever ships it', () => {
    expect(siteOf([placed('north')])).toBe('north');
    expect(siteOf([placed('north'), shipped('2026-11-05T09:00:00Z', 'south'), shipped('2026-11-06T09:00:00Z', 'north')])).toBe('north');
  });

  it('falls back to the first shipment for an order placed without a site, and is unknown until then', () => {
    expect(siteOf([placed(null)])).toBeNull();
    expect(siteOf([placed(null), shipped('2026-11-05T09:00:00Z', 'south'), shipped('2026-11-06T09:00:00Z', 'north')])).toBe('south');
  });
});
