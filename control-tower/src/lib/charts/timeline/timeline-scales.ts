import { extent, scaleBand, scaleOrdinal, scaleTime, schemeTableau10 } from 'd3';

export interface TimelineEvent {
  id: string;
  time: string;
  type: string;
  system: string;
  summary: string;
}

export const timelineMargin = { top: 12, right: 28, bottom: 30, left: 96 };
const laneHeight = 46;

/** Systems in the order they first touched the order: the lanes read top to bottom as its journey. */
export function lanesOf(events: readonly TimelineEvent[]): string[] {
  return [...new Set([...events].sort((a, b) => Date.parse(a.time) - Date.parse(b.time)).map((event) => event.system))];
}

export function timelineScales(events: readonly TimelineEvent[], width: number) {
  const lanes = lanesOf(events);
  const height = timelineMargin.top + timelineMargin.bottom + Math.max(1, lanes.length) * laneHeight;
  const [start, end] = extent(events, (event) => new Date(event.time)) as [Date, Date];
  // Pad the domain so the first and last markers are not cut by the plot edge.
  const span = Math.max(end.getTime() - start.getTime(), 60 * 60 * 1000);
  const x = scaleTime()
    .domain([new Date(start.getTime() - span * 0.04), new Date(end.getTime() + span * 0.04)])
    .range([timelineMargin.left, width - timelineMargin.right]);
  const y = scaleBand<string>().domain(lanes).range([timelineMargin.top, height - timelineMargin.bottom]).padding(0.35);
  const colour = scaleOrdinal<string, string>().domain(['crm', 'erp', 'wms', 'scm', 'mes', 'aps', 'qms', 'srm', 'analytics']).range(schemeTableau10);
  return { lanes, height, x, y, colour };
}
