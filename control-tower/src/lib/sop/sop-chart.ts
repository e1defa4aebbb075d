import { line, max, scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { SopFigure, SopMonth } from './sop-figures.ts';

/**
 * Scales of the S&OP chart: months across, one band each; above, the
 * family's quantities (supply as stacked bars, demand, forecast and orders
 * as lines); below, on its own axis, load bars against the capacity line.
 */

export const sopChartMargin = { top: 12, right: 12, bottom: 24, left: 52 };
export const panelHeight = 180;
export const panelGap = 36;

export interface SopScales {
  x: ScaleBand<string>;
  quantity: ScaleLinear<number, number>;
  hours: ScaleLinear<number, number>;
  height: number;
}

export function sopScales(months: readonly SopMonth[], width: number): SopScales {
  const { top, right, bottom, left } = sopChartMargin;
  const x = scaleBand<string>()
    .domain(months.map((month) => month.month))
    .range([left, Math.max(left + months.length, width - right)])
    .padding(0.25);
  const quantityTop = max(months, (month) => Math.max(month.supply, month.demand, month.forecast, month.orders)) ?? 0;
  const hoursTop = max(months, (month) => Math.max(month.capacityHours, month.loadHours)) ?? 0;
  const quantity = scaleLinear().domain([0, Math.max(quantityTop, 1)]).nice().range([top + panelHeight, top]);
  const hoursBottom = top + panelHeight * 2 + panelGap;
  const hours = scaleLinear().domain([0, Math.max(hoursTop, 1)]).nice().range([hoursBottom, top + panelHeight + panelGap]);
  return { x, quantity, hours, height: hoursBottom + bottom };
}

/** A figure's line through the middle of each month's band. */
export function figurePath(months: readonly SopMonth[], scales: SopScales, figure: SopFigure, axis: 'quantity' | 'hours'): string {
  const y = scales[axis];
  return line<SopMonth>()((months as SopMonth[]).map((month) => [(scales.x(month.month) ?? 0) + scales.x.bandwidth() / 2, y(month[figure])] as never)) ?? '';
}

export interface StackedBar {
  month: string;
  part: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bars of the parts stacked bottom up, month by month (e.g. production then purchases). */
export function stackedBars(months: readonly SopMonth[], scales: SopScales, parts: readonly { name: string; value: (month: SopMonth) => number }[], axis: 'quantity' | 'hours'): StackedBar[] {
  const y = scales[axis];
  return months.flatMap((month) => {
    let base = 0;
    return parts.flatMap((part) => {
      const value = Math.max(0, part.value(month));
      const bar = { month: month.month, part: part.name, x: scales.x(month.month) ?? 0, y: y(base + value), width: scales.x.bandwidth(), height: y(base) - y(base + value) };
      base += value;
      return value > 0 ? [bar] : [];
    });
  });
}
