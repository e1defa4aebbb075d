import { error } from '@sveltejs/kit';
import {
  AddCapaActionDocument,
  CapaDetailDocument,
  CloseCapaDocument,
  CompleteCapaActionDocument,
  RecordCapaEffectivenessCheckDocument,
  RecordCapaRootCauseDocument,
} from '#lib/graphql/__generated__/operations.ts';
import { outcome, refused } from '#lib/quality/action-outcome.ts';
import { capaSteps, readAction, readCheck, readRootCause } from '#lib/quality/capa-workflow.ts';
import { askGraph, outages, todayUtc } from '#lib/server/graph.ts';
import { viewerRoles } from '#lib/server/viewer.ts';

/** One CAPA: the problem, its 5 Why root cause, actions with owners and due dates, effectiveness checks, and the step the reader may take now. */
export async function load({ params, fetch, cookies }) {
  const [result, roles] = await Promise.all([askGraph(fetch, CapaDetailDocument, { id: params.id }), viewerRoles(cookies)]);
  if (result.errors.some((problem) => problem.extensions?.code === 'NOT_FOUND')) error(404, 'There is no CAPA with that id.');
  if (!result.data?.capa) error(502, outages(result.errors).join(' ') || 'The graph returned no CAPA.');
  return { capa: result.data.capa, steps: capaSteps(result.data.capa, roles), problems: outages(result.errors), today: todayUtc() };
}

export const actions = {
  rootCause: async ({ params, request, fetch }) => {
    const analysis = readRootCause(await request.formData());
    if (analysis.problem !== null) return refused(400, 'rootCause', analysis.problem);
    const result = await askGraph(fetch, RecordCapaRootCauseDocument, { id: params.id, ...analysis.value });
    return outcome('rootCause', result.errors, 'The root cause is recorded.');
  },
  addAction: async ({ params, request, fetch }) => {
    const action = readAction(await request.formData(), todayUtc());
    if (action.problem !== null) return refused(400, 'addAction', action.problem);
    const result = await askGraph(fetch, AddCapaActionDocument, { capaId: params.id, input: action.value });
    return outcome('addAction', result.errors, 'The action is planned.');
  },
  completeAction: async ({ params, request, fetch }) => {
    const actionId = String((await request.formData()).get('actionId') ?? '');
    // The action must be this CAPA's: a form is not trusted to name another CAPA's action.
    const capa = await askGraph(fetch, CapaDetailDocument, { id: params.id });
    if (!capa.data?.capa.actions.some((action) => action.id === actionId)) return refused(404, 'completeAction', 'This CAPA has no such action.');
    const result = await askGraph(fetch, CompleteCapaActionDocument, { actionId });
    return outcome('completeAction', result.errors, 'The action is done.');
  },
  check: async ({ params, request, fetch }) => {
    const check = readCheck(await request.formData());
    if (check.problem !== null) return refused(400, 'check', check.problem);
    const result = await askGraph(fetch, RecordCapaEffectivenessCheckDocument, { id: params.id, ...check.value });
    return outcome('check', result.errors, check.value.effective ? 'Recorded as effective; the CAPA can be closed.' : 'Recorded as not effective; the root cause analysis starts again.');
  },
  close: async ({ params, fetch }) => {
    const result = await askGraph(fetch, CloseCapaDocument, { id: params.id });
    return outcome('close', result.errors, 'The CAPA is closed.');
  },
};
