import { error } from '@sveltejs/kit';
import { ProductionPageDocument, type WorkOrderStatus } from '#lib/graphql/__generated__/operations.ts';
import { clampPage, readPage } from '#lib/paging.ts';
import { lastDays } from '#lib/production/production-window.ts';
import { askGraph, outages, todayUtc } from '#lib/server/graph.ts';

const pageSize = 50;
const open: WorkOrderStatus[] = ['RELEASED', 'IN_PROGRESS'];
/** A week of whole days: long enough to even out shifts, short enough to show this week's problems. */
const days = 7;

/** The shop floor: machines by work center with their state and the week's OEE, the downtime Pareto and the open work orders. */
export async function load({ url, fetch }) {
  const asked = readPage(url.searchParams);
  const { from, to } = lastDays(days, new Date());
  const ask = (page: number) =>
    askGraph(fetch, ProductionPageDocument, { from: from.toISOString(), to: to.toISOString(), workOrderStatus: open, first: pageSize, offset: (page - 1) * pageSize });
  let page = asked.page;
  let result = await ask(page);
  if (!result.data?.workCenters) error(502, outages(result.errors).join(' ') || 'The graph returned no work centers.');
  const clamped = clampPage(page, result.data.workOrders?.totalCount ?? 0, pageSize);
  if (clamped.problem) {
    page = clamped.page;
    result = await ask(page);
  }
  return {
    from: from.toISOString(),
    days,
    page,
    pageSize,
    pageProblem: asked.problem ?? clamped.problem,
    workCenters: result.data?.workCenters ?? [],
    reasonCodes: result.data?.downtimeReasonCodes ?? [],
    workOrders: result.data?.workOrders ?? { totalCount: 0, items: [] },
    problems: outages(result.errors),
    today: todayUtc(),
  };
}
