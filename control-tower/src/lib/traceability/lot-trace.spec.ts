import { describe, expect, it } from 'vitest';
import { customersReached, madeOn, purchasedFrom, readDepth, readLotQuery, shippedIn, type TracedLot } from './lot-trace.ts';

const lotId = '01a22ddb-5659-742c-b39c-39503c97b058';

describe('what the reader asks to trace', () => {
  it('takes a lot id or a lot number, and names anything else as a problem', () => {
    expect(readLotQuery(null)).toBeNull();
    expect(readLotQuery('  ')).toBeNull();
    expect(readLotQuery(` ${lotId.toUpperCase()} `)).toEqual({ value: { lotId }, problem: null });
    expect(readLotQuery('wo-2026-000013')).toEqual({ value: { lotNumber: 'WO-2026-000013' }, problem: null });
    expect(readLotQuery('open-RM-001')).toEqual({ value: { lotNumber: 'OPEN-RM-001' }, problem: null });
    expect(readLotQuery("' OR 1=1 --")?.problem).toContain('is neither a lot id nor a lot number');
    expect(readLotQuery('x'.repeat(41))?.problem).toContain('is neither a lot id nor a lot number');
    expect(readLotQuery('<script>'.repeat(20))?.problem?.length).toBeLessThan(260);
  });

  it('walks 10 levels unless told 1 to 20', () => {
    expect(readDepth(null)).toEqual({ value: 10, problem: null });
    expect(readDepth('3')).toEqual({ value: 3, problem: null });
    expect(readDepth('21').problem).toBe('“21” is not a depth from 1 to 20; tracing 10 levels.');
    expect(readDepth('1.5').problem).toContain('is not a depth');
  });
});

describe('where the lots came from and went', () => {
  it('names a made lot’s machines and operators once each, in operation order', () => {
    const operations = [
      { sequence: 20, operatorId: 'op-2', machine: { id: 'm2', code: 'ASSY-01' } },
      { sequence: 10, operatorId: 'op-1', machine: { id: 'm1', code: 'CNC-01' } },
      { sequence: 30, operatorId: 'op-1', machine: null },
    ];
    expect(madeOn({ id: 'w', number: 'WO-1', status: 'COMPLETED', salesOrder: null, operations })).toEqual({ machines: ['CNC-01', 'ASSY-01'], operators: ['op-1', 'op-2'] });
  });

  it('names the purchase order, supplier and receipt of a lot’s first receipt against an order', () => {
    const supplier = { id: 's', name: 'Bavaria Coatings' };
    const receipts = [
      { receivedAt: '2026-11-02T06:00:00Z', receipt: { number: 'GR-1' }, purchaseOrderLine: null },
      { receivedAt: '2026-11-02T12:00:00Z', receipt: { number: 'GR-7' }, purchaseOrderLine: { purchaseOrder: { id: 'po-1', number: 'PO-1', supplier } } },
      { receivedAt: '2026-11-09T12:00:00Z', receipt: { number: 'GR-9' }, purchaseOrderLine: { purchaseOrder: { id: 'po-2', number: 'PO-2', supplier } } },
    ];
    expect(purchasedFrom(receipts)).toEqual({ purchaseOrder: { id: 'po-1', number: 'PO-1' }, supplier, receipt: { number: 'GR-7', receivedAt: '2026-11-02T12:00:00Z' } });
    expect(purchasedFrom(receipts.slice(0, 1))).toBeNull();
    expect(purchasedFrom([])).toBeNull();
  });

  it('sums a lot’s shipment lines per shipment and lists its shipments oldest first', () => {
    const order = (id: string, customer: string) => ({ id, number: id.toUpperCase(), customer: { id: customer, name: customer } });
    const shipped = shippedIn([
      { shippedAt: '2026-11-28T10:00:00Z', quantity: 5, shipment: { id: 'sh-3', number: 'SH-3' }, salesOrder: order('so-2', 'Vistula Breweries') },
      { shippedAt: '2026-11-20T10:00:00Z', quantity: 4, shipment: { id: 'sh-1', number: 'SH-1' }, salesOrder: order('so-1', 'Valle Food') },
      { shippedAt: '2026-11-28T10:00:00Z', quantity: 3, shipment: { id: 'sh-3', number: 'SH-3' }, salesOrder: order('so-2', 'Vistula Breweries') },
    ]);
    expect(shipped.map((shipment) => [shipment.shipment.number, shipment.quantity, shipment.customer.name, shipment.salesOrder.number])).toEqual([
      ['SH-1', 4, 'Valle Food', 'SO-1'],
      ['SH-3', 8, 'Vistula Breweries', 'SO-2'],
    ]);
    expect(shipped[0]!.shipment.shippedAt).toBe('2026-11-20T10:00:00Z');
  });

  it('lists each customer a trace reached once, with every shipment to them', () => {
    const shipped = (customer: string, number: string) => ({
      shipment: { id: number, number, shippedAt: '2026-11-20T10:00:00Z' }, salesOrder: { id: `so-${number}`, number: `SO-${number}` }, customer: { id: customer, name: customer }, quantity: 1,
    });
    const lot = (id: string, shippedIn: ReturnType<typeof shipped>[]): TracedLot => ({
      id, parentId: null, side: 'forward', level: 1, lotNumber: id, item: null, quantity: 1, madeBy: null, purchasedFrom: null, shippedIn,
    });
    const customers = customersReached([lot('L1', [shipped('Zeta', 'SH-1'), shipped('Alpha', 'SH-2')]), lot('L2', [shipped('Zeta', 'SH-3')]), lot('L3', [])]);
    expect(customers.map((entry) => [entry.customer.name, entry.shipments.map((shipment) => `${shipment.shipment.number}/${shipment.lotNumber}`)])).toEqual([
      ['Alpha', ['SH-2/L1']],
      ['Zeta', ['SH-1/L1', 'SH-3/L2']],
    ]);
  });
});
