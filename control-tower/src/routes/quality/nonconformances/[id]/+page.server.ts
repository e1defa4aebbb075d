import { error, redirect } from '@sveltejs/kit';
import { CloseNonconformanceDocument, DispositionNonconformanceDocument, NonconformanceDetailDocument, OpenCapaDocument } from '#lib/graphql/__generated__/operations.ts';
import { outcome, refused } from '#lib/quality/action-outcome.ts';
import { readNewCapa } from '#lib/quality/capa-workflow.ts';
import { dispositionChoices, dispositionWords, mayClose, mayDecideQuality, readDisposition } from '#lib/quality/nonconformance-workflow.ts';
import { askGraph, outages } from '#lib/server/graph.ts';
import { viewerRoles } from '#lib/server/viewer.ts';

/** One nonconformance: what, where from, the inspection results that failed, and the decisions the reader may take now. */
export async function load({ params, fetch, cookies }) {
  const [result, roles] = await Promise.all([askGraph(fetch, NonconformanceDetailDocument, { id: params.id }), viewerRoles(cookies)]);
  // qms answers NOT_FOUND for an id it does not know, malformed ones included.
  if (result.errors.some((problem) => problem.extensions?.code === 'NOT_FOUND')) error(404, 'There is no nonconformance with that id.');
  if (!result.data?.nonconformance) error(502, outages(result.errors).join(' ') || 'The graph returned no nonconformance.');
  const ncr = result.data.nonconformance;
  return {
    ncr,
    dispositions: dispositionChoices(ncr, roles),
    mayClose: mayClose(ncr, roles),
    mayOpenCapa: mayDecideQuality(roles) && ncr.capa === null && ncr.status !== 'CLOSED',
    problems: outages(result.errors),
  };
}

export const actions = {
  disposition: async ({ params, request, fetch }) => {
    const decision = readDisposition(await request.formData());
    if (decision.problem !== null) return refused(400, 'disposition', decision.problem);
    const result = await askGraph(fetch, DispositionNonconformanceDocument, { id: params.id, ...decision.value });
    return outcome('disposition', result.errors, `Dispositioned: ${dispositionWords[decision.value.disposition].label.toLowerCase()}.`);
  },
  close: async ({ params, fetch }) => {
    const result = await askGraph(fetch, CloseNonconformanceDocument, { id: params.id });
    return outcome('close', result.errors, 'The nonconformance is closed.');
  },
  openCapa: async ({ params, request, fetch }) => {
    const capa = readNewCapa(await request.formData());
    if (capa.problem !== null) return refused(400, 'openCapa', capa.problem);
    const result = await askGraph(fetch, OpenCapaDocument, { input: { ...capa.value, nonconformanceIds: [params.id] } });
    if (result.data?.openCapa) redirect(303, `/quality/capas/${result.data.openCapa.id}`);
    return outcome('openCapa', result.errors, 'The CAPA is open.');
  },
};
