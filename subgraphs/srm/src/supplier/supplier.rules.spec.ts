import { describe, expect, it } from 'vitest';
import { assertOrderable, assertStatusChange, orderability, validateCertificate, validateNewSupplier } from './supplier.rules.ts';

describe('suppliers', () => {
  it('normalises a new supplier and names the field it refuses', () => {
    expect(validateNewSupplier({ code: ' s-001 ', name: ' Acme ', country: 'de' })).toEqual({ code: 'S-001', name: 'Acme', country: 'DE' });
    expect(() => validateNewSupplier({ code: 'a b', name: 'x', country: 'DE' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'code' } }));
    expect(() => validateNewSupplier({ code: 'S-1', name: ' ', country: 'DE' })).toThrow(expect.objectContaining({ details: { field: 'name' } }));
    expect(() => validateNewSupplier({ code: 'S-1', name: 'x', country: 'DEU' })).toThrow(expect.objectContaining({ details: { field: 'country' } }));
  });

  it('qualifies prospects, blocks and requalifies, but never makes anyone a prospect again', () => {
    expect(() => assertStatusChange('S-1', 'PROSPECT', 'APPROVED')).not.toThrow();
    expect(() => assertStatusChange('S-1', 'APPROVED', 'BLOCKED')).not.toThrow();
    expect(() => assertStatusChange('S-1', 'BLOCKED', 'CONDITIONAL')).not.toThrow();
    expect(() => assertStatusChange('S-1', 'APPROVED', 'PROSPECT')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => assertStatusChange('S-1', 'BLOCKED', 'BLOCKED')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('orders only from qualified suppliers whose certificates are valid on the day', () => {
    const valid = [{ validUntil: '2027-01-31' }];
    expect(orderability('APPROVED', valid, '2027-01-31')).toEqual({ orderable: true, reasons: [] });
    expect(orderability('CONDITIONAL', [], '2027-01-31')).toEqual({ orderable: true, reasons: [] });
    expect(orderability('APPROVED', valid, '2027-02-01')).toEqual({ orderable: false, reasons: ['CERTIFICATE_EXPIRED'] });
    expect(orderability('BLOCKED', valid, '2026-12-01')).toEqual({ orderable: false, reasons: ['BLOCKED'] });
    expect(orderability('PROSPECT', [{ validUntil: '2020-01-01' }], '2026-12-01')).toEqual({ orderable: false, reasons: ['PROSPECT', 'CERTIFICATE_EXPIRED'] });
  });

  it('refuses an order to a blocked supplier as a conflict that says why', () => {
    expect(() => assertOrderable({ code: 'S-9', status: 'BLOCKED' }, [], '2026-12-01')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('BLOCKED'), details: { field: 'supplierId', reasons: ['BLOCKED'] } }),
    );
    expect(() => assertOrderable({ code: 'S-9', status: 'APPROVED' }, [{ kind: 'ISO9001', validUntil: '2026-11-30' }], '2026-12-01')).toThrow(
      expect.objectContaining({ message: expect.stringContaining('ISO9001 expired 2026-11-30') }),
    );
  });

  it('normalises certificate kinds', () => {
    expect(validateCertificate({ kind: 'iso 9001', number: ' C-1 ', validUntil: '2027-01-01' })).toEqual({ kind: 'ISO9001', number: 'C-1', validUntil: '2027-01-01' });
  });
});
