import { badInput } from '@plexus/errors';

/** How many of a lane's latest deliveries its transit estimate looks at: recent enough to follow a carrier's change of pace. */
export const transitSampleSize = 20;
/** Below this many deliveries a lane's history says too little, and the planned transit time stands. */
export const minimumTransitSamples = 3;

export interface TransitTimes {
  sampleCount: number;
  medianHours: number | null;
  p80Hours: number | null;
  /** What ETAs add to the latest movement: the median once the history suffices, else the planned time. */
  estimateHours: number;
  /** The pessimistic counterpart: the 80th percentile, else the planned time. */
  latestHours: number;
}

/** The value at `share` of the sorted samples, interpolating between neighbours (the usual sample quantile). */
export function quantile(sorted: readonly number[], share: number): number {
  const position = (sorted.length - 1) * share;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** A lane's transit time from its most recent deliveries (hours from departure to delivery, any order). */
export function transitTimes(samples: readonly number[], plannedHours: number): TransitTimes {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return { sampleCount: 0, medianHours: null, p80Hours: null, estimateHours: plannedHours, latestHours: plannedHours };
  const medianHours = quantile(sorted, 0.5);
  const p80Hours = quantile(sorted, 0.8);
  const enough = sorted.length >= minimumTransitSamples;
  return { sampleCount: sorted.length, medianHours, p80Hours, estimateHours: enough ? medianHours : plannedHours, latestHours: enough ? p80Hours : plannedHours };
}

export interface LaneCandidate {
  id: string;
  code: string;
  originSiteId: string;
  destinationCustomerId?: string | null;
  plannedTransitHours: number;
}

/**
 * The lane a shipment from a site to a customer travels: one made for that
 * customer before a general lane of the site; among equals the fastest as
 * planned, then by code so the choice never depends on storage order.
 */
export function chooseLane<L extends LaneCandidate>(lanes: readonly L[], originSiteId: string, customerId: string): L | null {
  const fromSite = lanes.filter((lane) => lane.originSiteId === originSiteId);
  const own = fromSite.filter((lane) => lane.destinationCustomerId === customerId);
  const candidates = own.length > 0 ? own : fromSite.filter((lane) => !lane.destinationCustomerId);
  return [...candidates].sort((a, b) => a.plannedTransitHours - b.plannedTransitHours || a.code.localeCompare(b.code))[0] ?? null;
}

/** A quarter of a year: no lane of ours takes longer, so more is a typing error. */
const longestTransitHours = 24 * 90;

export function validateLane(input: { code: string; originName: string; destinationRegion: string; plannedTransitHours: number }): { code: string; originName: string; destinationRegion: string } {
  const code = input.code.trim().toUpperCase();
  const originName = input.originName.trim();
  const destinationRegion = input.destinationRegion.trim();
  if (!code) throw badInput('A lane needs a code', { field: 'code' });
  if (!originName) throw badInput('Name where the lane starts', { field: 'originName' });
  if (!destinationRegion) throw badInput('Name where the lane ends', { field: 'destinationRegion' });
  if (!Number.isFinite(input.plannedTransitHours) || input.plannedTransitHours <= 0 || input.plannedTransitHours > longestTransitHours) {
    throw badInput(`plannedTransitHours must be more than 0 and at most ${longestTransitHours}`, { field: 'plannedTransitHours' });
  }
  return { code, originName, destinationRegion };
}
