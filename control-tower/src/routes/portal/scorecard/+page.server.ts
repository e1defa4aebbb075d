import { PortalKpisDocument, PortalScorecardDocument } from '#lib/graphql/__generated__/operations.ts';
import { readScorecardQuery } from '#lib/portal/portal-query.ts';
import { askGraph, outages, refusals, todayUtc } from '#lib/server/graph.ts';

/**
 * The supplier's own measures: analytics' KPIs narrowed to it (this period,
 * the one before and the last twelve) and srm's lines not on time in full
 * over the last 90 days. Two requests, so either stands when the other's
 * system does not answer.
 */
export async function load({ url, fetch, parent }) {
  const today = todayUtc();
  const { grain, window, problems } = readScorecardQuery(url.searchParams, today);
  const { supplier } = await parent();
  const [kpis, scorecard] = await Promise.all([askGraph(fetch, PortalKpisDocument, { supplierId: supplier.id, grain }), askGraph(fetch, PortalScorecardDocument, window)]);
  return {
    grain,
    problems,
    tiles: kpis.data?.kpiSnapshot ?? null,
    scorecard: scorecard.data?.viewerSupplier?.scorecard ?? null,
    outages: [...outages(kpis.errors), ...refusals(kpis.errors), ...outages(scorecard.errors), ...refusals(scorecard.errors)],
  };
}
