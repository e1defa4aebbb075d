/**
 * Money as finance keeps it: the reporting currency to the cent. Sums are
 * taken in whole cents so that debits and credits, invoice totals and open
 * amounts add up exactly, whatever binary floating point would make of them.
 */
export const toCents = (amount: number): number => Math.round(amount * 100);

export const fromCents = (cents: number): number => cents / 100;

/** Quantity × unit price, rounded to the cent (half away from zero, as invoices print it). */
export const lineCents = (quantity: number, unitPrice: number): number => toCents(quantity * unitPrice);

export const roundMoney = (amount: number): number => fromCents(toCents(amount));
