import { badInput, conflict } from '@plexus/errors';
import type { QuoteStatus, RfqStatus } from './rfq.entity.ts';

export interface NewRfq {
  quantity: number;
  neededBy: string;
  supplierIds: readonly string[];
}

export function validateNewRfq(input: NewRfq, today: string): void {
  if (!Number.isFinite(input.quantity) || input.quantity <= 0) throw badInput('Quantity must be greater than 0', { field: 'quantity' });
  if (input.neededBy < today) throw badInput(`Needed-by date ${input.neededBy} is in the past`, { field: 'neededBy' });
  if (input.supplierIds.length === 0) throw badInput('Invite at least one supplier', { field: 'supplierIds' });
  if (new Set(input.supplierIds).size !== input.supplierIds.length) throw badInput('A supplier is invited twice', { field: 'supplierIds' });
}

export interface QuoteTerms {
  unitPrice: number;
  currency: string;
  leadTimeDays: number;
  validUntil: string;
}

export function validateQuote(rfq: { number: string; status: RfqStatus }, quoteStatus: QuoteStatus, terms: QuoteTerms, today: string): QuoteTerms {
  if (rfq.status !== 'OPEN') throw conflict(`RFQ ${rfq.number} is ${rfq.status} and takes no more quotes`, { status: rfq.status });
  if (quoteStatus !== 'INVITED' && quoteStatus !== 'QUOTED') throw conflict(`The quote is ${quoteStatus}`, { status: quoteStatus });
  if (!Number.isFinite(terms.unitPrice) || terms.unitPrice < 0) throw badInput('Unit price must be 0 or more', { field: 'unitPrice' });
  if (!Number.isInteger(terms.leadTimeDays) || terms.leadTimeDays < 0 || terms.leadTimeDays > 365) throw badInput('Lead time must be 0–365 whole days', { field: 'leadTimeDays' });
  if (terms.validUntil < today) throw badInput(`The quote is valid until ${terms.validUntil}, already past`, { field: 'validUntil' });
  const currency = terms.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('Currency must be an ISO 4217 code, e.g. EUR', { field: 'currency' });
  return { ...terms, currency };
}

export interface QuotedOffer {
  quoteId: string;
  supplierId: string;
  unitPrice: number;
  leadTimeDays: number;
  validUntil: string;
}

export interface SupplierHistory {
  /** Supplier OTD by quantity over the last year; null without lines due. */
  onTimeDelivery: number | null;
  ppm: number | null;
}

export interface RankedOffer extends QuotedOffer {
  rank: number;
  totalPrice: number;
  meetsNeedDate: boolean;
  onTimeDelivery: number | null;
  ppm: number | null;
  score: number;
}

const dayMs = 86_400_000;
/** A supplier without history is taken at the KPI targets (KPIS.md): 95 % on time, 500 PPM. */
const assumedOnTime = 0.95;
const assumedPpm = 500;
/** PPM at which quality scores nothing. */
const worstPpm = 10_000;

/**
 * Ranks quoted offers for an award: price weighs 50 % (the lowest price over
 * this one), delivery 30 % (on-time delivery over the last year, halved when
 * goods ordered today would arrive after the date needed), quality 20 % (1 at
 * no rejects, 0 at 10 000 PPM or worse). Ties go to the shorter lead time.
 */
export function compareQuotes(
  rfq: { quantity: number; neededBy: string },
  offers: readonly QuotedOffer[],
  history: ReadonlyMap<string, SupplierHistory>,
  today: string,
): RankedOffer[] {
  const valid = offers.filter((offer) => offer.validUntil >= today);
  const lowest = Math.min(...valid.map((offer) => offer.unitPrice));
  const scored = valid.map((offer) => {
    const { onTimeDelivery = null, ppm = null } = history.get(offer.supplierId) ?? {};
    const arrival = new Date(Date.parse(`${today}T00:00:00Z`) + offer.leadTimeDays * dayMs).toISOString().slice(0, 10);
    const meetsNeedDate = arrival <= rfq.neededBy;
    const price = offer.unitPrice === 0 ? 1 : lowest / offer.unitPrice;
    const delivery = (onTimeDelivery ?? assumedOnTime) * (meetsNeedDate ? 1 : 0.5);
    const quality = 1 - Math.min(ppm ?? assumedPpm, worstPpm) / worstPpm;
    return {
      ...offer,
      rank: 0,
      totalPrice: Math.round(offer.unitPrice * rfq.quantity * 10_000) / 10_000,
      meetsNeedDate,
      onTimeDelivery,
      ppm,
      score: Math.round((0.5 * price + 0.3 * delivery + 0.2 * quality) * 10_000) / 10_000,
    };
  });
  scored.sort((a, b) => b.score - a.score || a.leadTimeDays - b.leadTimeDays || a.supplierId.localeCompare(b.supplierId));
  return scored.map((offer, index) => ({ ...offer, rank: index + 1 }));
}
