import { badInput, conflict } from '@plexus/errors';
import { calendarDate } from '../calendar-date.ts';
import type { SupplierStatus } from './supplier.entity.ts';

export interface NewSupplier {
  code: string;
  name: string;
  country: string;
}

export function validateNewSupplier(input: NewSupplier): NewSupplier {
  const code = input.code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9-]{1,19}$/.test(code)) throw badInput('Supplier code must be 2–20 letters, digits or dashes', { field: 'code' });
  const name = input.name.trim();
  if (!name) throw badInput('Supplier name must not be empty', { field: 'name' });
  const country = input.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw badInput('Country must be an ISO 3166-1 alpha-2 code, e.g. DE', { field: 'country' });
  return { code, name, country };
}

/**
 * Qualification moves: a prospect is approved (perhaps with conditions) or
 * turned away; an approved supplier can be put on conditions or blocked; a
 * blocked one is requalified. Nobody goes back to being a prospect.
 */
const transitions: Record<SupplierStatus, readonly SupplierStatus[]> = {
  PROSPECT: ['APPROVED', 'CONDITIONAL', 'BLOCKED'],
  APPROVED: ['CONDITIONAL', 'BLOCKED'],
  CONDITIONAL: ['APPROVED', 'BLOCKED'],
  BLOCKED: ['APPROVED', 'CONDITIONAL'],
};

export function assertStatusChange(code: string, from: SupplierStatus, to: SupplierStatus): void {
  if (!transitions[from].includes(to)) throw conflict(`Supplier ${code} is ${from} and cannot become ${to}`, { status: from, requestedStatus: to });
}

export interface Certificate {
  kind: string;
  number: string;
  validUntil: string;
}

export function validateCertificate(input: Certificate): Certificate {
  const kind = input.kind.trim().toUpperCase().replaceAll(' ', '');
  if (!/^[A-Z0-9-]{2,20}$/.test(kind)) throw badInput('Certificate kind must be 2–20 letters or digits, e.g. ISO9001', { field: 'kind' });
  const number = input.number.trim();
  if (!number) throw badInput('Certificate number must not be empty', { field: 'number' });
  return { kind, number, validUntil: input.validUntil };
}

export type OrderabilityReason = 'PROSPECT' | 'BLOCKED' | 'CERTIFICATE_EXPIRED';

/**
 * Whether a new purchase order may go to the supplier on `day`: it must be
 * qualified (APPROVED or CONDITIONAL) and none of its certificates expired
 * (a renewal replaces the certificate of its kind).
 */
export function orderability(status: SupplierStatus, certificates: readonly { validUntil: string | Date }[], day: string) {
  const reasons: OrderabilityReason[] = [];
  if (status === 'PROSPECT' || status === 'BLOCKED') reasons.push(status);
  if (certificates.some((certificate) => calendarDate(certificate.validUntil) < day)) reasons.push('CERTIFICATE_EXPIRED');
  return { orderable: reasons.length === 0, reasons };
}

export function assertOrderable(supplier: { code: string; status: SupplierStatus }, certificates: readonly { kind: string; validUntil: string | Date }[], day: string): void {
  const { orderable, reasons } = orderability(supplier.status, certificates, day);
  if (orderable) return;
  const expired = certificates
    .filter((certificate) => calendarDate(certificate.validUntil) < day)
    .map((certificate) => `${certificate.kind} expired ${calendarDate(certificate.validUntil)}`);
  const why = reasons.map((reason) => (reason === 'CERTIFICATE_EXPIRED' ? expired.join(', ') : `it is ${reason}`)).join('; ');
  throw conflict(`Supplier ${supplier.code} cannot get a purchase order: ${why}`, { field: 'supplierId', reasons });
}
