import { extent, scaleLinear, scalePoint } from 'd3';

export interface SeriesPoint {
  periodStart: string;
  value: number | null;
}

export const seriesMargin = { top: 14, right: 20, bottom: 30, left: 64 };
export const seriesHeight = 260;

/**
 * One x position per period of the current series; the previous series is
 * drawn by the same index, so "this month vs the same place a year before"
 * sit on one vertical. y spans every value and the target, from zero for
 * measures that cannot go negative.
 */
export function seriesScales(current: readonly SeriesPoint[], previous: readonly SeriesPoint[], target: number | null, width: number) {
  const x = scalePoint<number>()
    .domain(current.map((_, index) => index))
    .range([seriesMargin.left, Math.max(seriesMargin.left + 1, width - seriesMargin.right)])
    .padding(0.3);
  const values = [...current, ...previous].map((point) => point.value).filter((value): value is number => value !== null);
  if (target !== null) values.push(target);
  const [low = 0, high = 1] = extent(values);
  const y = scaleLinear()
    .domain([Math.min(0, low), high === Math.min(0, low) ? high + 1 : high])
    .nice()
    .range([seriesHeight - seriesMargin.bottom, seriesMargin.top]);
  return { x, y };
}
