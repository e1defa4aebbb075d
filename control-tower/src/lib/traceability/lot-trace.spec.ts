import { describe, expect, it } from 'vitest';
import { customersReached, madeOn, purchasedLots, readDepth, readLotQuery, shippedLots, type TracedLot } from './lot-trace.ts';

const lotId = '01a22ddb-5659-742c-b39c-39503c97b058';

describe('what the reader asks to trace', () => {
  it('takes a lot id or a made lot’s number, and names anything else as a problem', () => {
    expect(readLotQuery(null)).toBeNull();
    expect(readLotQuery('  ')).toBeNull();
    expect(readLotQuery(` ${lotId.toUpperCase()} `)).toEqual({ value: { lotId }, problem: null });
    expect(readLotQuery('wo-2026-000013')).toEqual({ value: { workOrderNumber: 'WO-2026-000013' }, problem: null });
    expect(readLotQuery("' OR 1=1 --")?.problem).toContain('is neither a lot id nor the number of a lot made here');
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

  it('finds the purchase order and receipt a bought lot arrived on', () => {
    const orders = [
      { id: 'po-2', number: 'PO-2', supplier: { id: 's', name: 'Bavaria Coatings' }, receipts: [{ number: 'GR-9', receivedAt: '2026-11-28T10:00:00Z', lines: [{ lot: { id: 'other' } }] }] },
      { id: 'po-1', number: 'PO-1', supplier: { id: 's', name: 'Bavaria Coatings' }, receipts: [{ number: 'GR-7', receivedAt: '2026-11-02T12:00:00Z', lines: [{ lot: { id: lotId } }] }] },
      { id: 'po-0', number: 'PO-0', supplier: { id: 's', name: 'Bavaria Coatings' }, receipts: null },
    ];
    const found = purchasedLots(orders, new Set([lotId, 'never-bought']));
    expect([...found.keys()]).toEqual([lotId]);
    expect(found.get(lotId)).toEqual({ purchaseOrder: { id: 'po-1', number: 'PO-1' }, supplier: { id: 's', name: 'Bavaria Coatings' }, receipt: { number: 'GR-7', receivedAt: '2026-11-02T12:00:00Z' } });
  });

  it('sums a lot’s picks per shipment and lists its shipments oldest first', () => {
    const pick = (quantity: number, id: string) => ({ quantity, lot: { id } });
    const orders = [
      {
        id: 'so-2', number: 'SO-2', customer: { id: 'c2', name: 'Vistula Breweries' },
        shipments: [{ id: 'sh-3', number: 'SH-3', shippedAt: '2026-11-28T10:00:00Z', lines: [{ picks: [pick(5, 'lot-a'), pick(2, 'lot-b')] }, { picks: [pick(3, 'lot-a')] }] }],
      },
      { id: 'so-1', number: 'SO-1', customer: { id: 'c1', name: 'Valle Food' }, shipments: [{ id: 'sh-1', number: 'SH-1', shippedAt: '2026-11-20T10:00:00Z', lines: [{ picks: [pick(4, 'lot-a')] }] }] },
      { id: 'so-0', number: 'SO-0', customer: { id: 'c1', name: 'Valle Food' }, shipments: null },
    ];
    const found = shippedLots(orders, new Set(['lot-a']));
    expect([...found.keys()]).toEqual(['lot-a']);
    expect(found.get('lot-a')!.map((shipped) => [shipped.shipment.number, shipped.quantity, shipped.customer.name])).toEqual([
      ['SH-1', 4, 'Valle Food'],
      ['SH-3', 8, 'Vistula Breweries'],
    ]);
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
