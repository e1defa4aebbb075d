import { formatNumber, statusLabel } from '../format.ts';

/** Orderable, or why not: "no: blocked, certificate expired". */
export const orderabilityWords = (orderability: { orderable: boolean; reasons: readonly string[] }) =>
  orderability.orderable ? 'yes' : `no${orderability.reasons.length ? `: ${orderability.reasons.map(statusLabel).join(', ')}` : ''}`;

const dayMs = 86_400_000;

/**
 * The supplier's promise against the date we asked for, in whole days:
 * "3 days after requested", "on the requested date", "not promised yet".
 */
export function promiseWords(requestedDate: string, promisedDate: string | null | undefined): string {
  if (!promisedDate) return 'not promised yet';
  const days = Math.round((Date.parse(promisedDate) - Date.parse(requestedDate)) / dayMs);
  if (days === 0) return 'on the requested date';
  const count = `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'}`;
  return days > 0 ? `${count} after requested` : `${count} before requested`;
}

/** The supplier-scorecard failure codes (srm's ScorecardLine.reasons) in the words buyers use. */
const reasonWords: Record<string, string> = { LATE: 'late', SHORT: 'short', NOT_RECEIVED: 'not received' };

export const scorecardReasons = (reasons: readonly string[]) => reasons.map((reason) => reasonWords[reason] ?? statusLabel(reason)).join(', ') || '—';

/** Rejected parts per million received, as a whole number; "no receipts" rather than 0 when nothing arrived. */
export const formatPpm = (ppm: number | null | undefined, locale?: string) =>
  ppm === null || ppm === undefined ? 'no receipts' : `${formatNumber(ppm, 0, locale)} ppm`;
