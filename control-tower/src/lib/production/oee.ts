import { formatPercent } from '#lib/format.ts';
import { defaultLocale } from '#lib/locale.ts';

/** What an OEE point is computed from (analytics' `OeePoint`). */
export interface OeePointFigures {
  availability: number | null;
  performance: number | null;
  plannedBusySeconds: number;
  runSeconds: number;
  goodQuantity: number;
  totalQuantity: number;
}

export interface OeeTotals {
  plannedBusySeconds: number;
  runSeconds: number;
  /** Ideal cycle time × units produced. */
  idealSeconds: number;
  goodQuantity: number;
  totalQuantity: number;
}

export interface OeeFactors {
  availability: number | null;
  performance: number | null;
  quality: number | null;
  oee: number | null;
}

export const noOee: OeeTotals = { plannedBusySeconds: 0, runSeconds: 0, idealSeconds: 0, goodQuantity: 0, totalQuantity: 0 };

/**
 * A machine's points summed. An OeePoint does not carry its ideal time, but
 * its performance is ideal time / run time, so the product gives it back;
 * where the machine never ran (no performance) the ideal cycle times the
 * units reported stands in, as analytics counts them.
 */
export function machineOeeTotals(points: readonly OeePointFigures[], idealCycleSeconds: number): OeeTotals {
  return points.reduce<OeeTotals>(
    (totals, point) => ({
      plannedBusySeconds: totals.plannedBusySeconds + point.plannedBusySeconds,
      runSeconds: totals.runSeconds + point.runSeconds,
      idealSeconds: totals.idealSeconds + (point.performance !== null ? point.performance * point.runSeconds : idealCycleSeconds * point.totalQuantity),
      goodQuantity: totals.goodQuantity + point.goodQuantity,
      totalQuantity: totals.totalQuantity + point.totalQuantity,
    }),
    noOee,
  );
}

/** Machines' totals summed, never their ratios averaged: a machine planned for an hour must not weigh as much as one planned for a week (analytics' oee.rules.ts). */
export function addOeeTotals(all: readonly OeeTotals[]): OeeTotals {
  return all.reduce<OeeTotals>(
    (sum, totals) => ({
      plannedBusySeconds: sum.plannedBusySeconds + totals.plannedBusySeconds,
      runSeconds: sum.runSeconds + totals.runSeconds,
      idealSeconds: sum.idealSeconds + totals.idealSeconds,
      goodQuantity: sum.goodQuantity + totals.goodQuantity,
      totalQuantity: sum.totalQuantity + totals.totalQuantity,
    }),
    noOee,
  );
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

/** ISO 22400-2: OEE = availability × performance × quality, computed as ideal time × quality / planned busy time (as analytics does). */
export function oeeFactors(totals: OeeTotals): OeeFactors {
  const quality = ratio(totals.goodQuantity, totals.totalQuantity);
  return {
    availability: ratio(totals.runSeconds, totals.plannedBusySeconds),
    performance: ratio(totals.idealSeconds, totals.runSeconds),
    quality,
    oee: ratio(totals.idealSeconds * (quality ?? 0), totals.plannedBusySeconds),
  };
}

export const formatFactor = (value: number | null, locale = defaultLocale) => (value === null ? '—' : formatPercent(value, locale));

/** "A 90 % × P 95 % × Q 99.9 %": the factors in a line, with a dash for what could not be computed. */
export function formatFactors(factors: OeeFactors, locale = defaultLocale): string {
  return `A ${formatFactor(factors.availability, locale)} × P ${formatFactor(factors.performance, locale)} × Q ${formatFactor(factors.quality, locale)}`;
}
