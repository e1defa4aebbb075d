import { error } from '@sveltejs/kit';
import { MachinePageDocument, MachineTelemetryDocument } from '#lib/graphql/__generated__/operations.ts';
import { bucketSecondsFor, defaultMachineWindow, isMachineWindow, machineWindows, windowSpan } from '#lib/production/production-window.ts';
import { askGraph, outages } from '#lib/server/graph.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = 'There is no machine with that id.';

/** One machine over a window: facts, state timeline, OEE per day, downtime reasons and its process parameters. */
export async function load({ params, url, fetch }) {
  if (!uuid.test(params.id)) error(404, notFound);
  const asked = url.searchParams.get('window');
  const window = isMachineWindow(asked) ? asked : defaultMachineWindow;
  const { from, to } = windowSpan(window, new Date());
  const span = { from: from.toISOString(), to: to.toISOString() };

  const result = await askGraph(fetch, MachinePageDocument, { id: params.id, ...span });
  if (result.errors.some((problem) => problem.extensions?.code === 'NOT_FOUND')) error(404, notFound);
  if (result.data && !result.data.machine) error(404, notFound);
  if (!result.data?.machine) error(502, outages(result.errors).join(' ') || 'The graph returned no machine.');

  // The metrics are a list the graph names, so each is its own request; they run side by side.
  const bucketSeconds = bucketSecondsFor(to.getTime() - from.getTime());
  const readings = await Promise.all(
    (result.data.telemetryMetrics ?? []).map(async (metric) => {
      const series = await askGraph(fetch, MachineTelemetryDocument, { id: params.id, metric: metric.name, bucketSeconds, ...span });
      return { metric, points: series.data?.machine?.telemetry ?? [], problems: outages(series.errors) };
    }),
  );

  return {
    window,
    windowProblem: asked !== null && asked !== window ? `“${asked.slice(0, 20)}” is not a window this page offers; showing the last ${machineWindows[window]} days.` : null,
    ...span,
    bucketSeconds,
    machine: result.data.machine,
    reasonCodes: result.data.downtimeReasonCodes ?? [],
    telemetry: readings.filter((reading) => reading.points.some((point) => point.count > 0)),
    problems: [...new Set([...outages(result.errors), ...readings.flatMap((reading) => reading.problems)])],
  };
}
