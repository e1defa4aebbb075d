import { fail } from '@sveltejs/kit';
import {
  CommitOperationMoveDocument,
  CommitRushOrderDocument,
  EvaluateOperationMoveDocument,
  EvaluateRushOrderDocument,
  PlanningScheduleDocument,
  PlanningSitesDocument,
} from '#lib/graphql/__generated__/operations.ts';
import type { GraphQLErrorShape } from '#lib/graphql/router-client.ts';
import { mayPlan, readMove, readRush, readSite, readView } from '#lib/planning/planning-query.ts';
import { askGraph, outages, todayUtc } from '#lib/server/graph.ts';
import { viewerRoles } from '#lib/server/viewer.ts';

/** The live schedule of a site on a Gantt chart, with drags and rush orders weighed before they are committed. */
export async function load({ url, fetch, cookies }) {
  const [sites, roles] = await Promise.all([askGraph(fetch, PlanningSitesDocument, {}).then((result) => result.data?.sites ?? []), viewerRoles(cookies)]);
  const { site, problem: siteProblem } = readSite(url.searchParams, sites);
  const { view, problem: viewProblem } = readView(url.searchParams);
  const now = new Date();
  const base = {
    sites,
    site,
    view,
    mayPlan: mayPlan(roles),
    formProblems: [siteProblem, viewProblem].filter((problem): problem is string => problem !== null),
    now: now.toISOString(),
    today: todayUtc(),
  };
  if (!site) return { ...base, frozenUntil: base.now, schedule: null, items: [], problems: ['No site is known yet.'] };
  const result = await askGraph(fetch, PlanningScheduleDocument, { siteId: site.id });
  // The site's frozen horizon as aps applies it; without an answer nothing is drawn frozen (the graph still refuses a drop into it).
  const frozenHours = result.data?.siteCalendar.frozenHours ?? 0;
  return {
    ...base,
    frozenUntil: new Date(now.getTime() + frozenHours * 3_600_000).toISOString(),
    schedule: result.data?.livePlan.schedule ?? null,
    items: (result.data?.items ?? []).filter((item) => item.type !== 'RM'),
    problems: outages(result.errors),
  };
}

/** The graph's refusal in its own words, with the status that fits it. */
function refusal(errors: readonly GraphQLErrorShape[]) {
  const code = errors[0]?.extensions?.code;
  return { status: code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : code === 'CONFLICT' ? 409 : 400, problem: errors.map((error) => error.message).join(' ') || 'The graph gave no answer.' };
}

export const actions = {
  evaluateMove: async ({ request, fetch }) => {
    const move = readMove(await request.formData());
    if (move.problem !== null) return fail(400, { move: { problem: move.problem } });
    const result = await askGraph(fetch, EvaluateOperationMoveDocument, { input: move.value });
    if (!result.data?.evaluateOperationMove) {
      const { status, problem } = refusal(result.errors);
      return fail(status, { move: { input: move.value, problem } });
    }
    return { move: { input: move.value, evaluation: result.data.evaluateOperationMove } };
  },
  commitMove: async ({ request, fetch }) => {
    const move = readMove(await request.formData());
    if (move.problem !== null) return fail(400, { move: { problem: move.problem } });
    const result = await askGraph(fetch, CommitOperationMoveDocument, { input: move.value });
    if (!result.data?.commitOperationMove) {
      const { status, problem } = refusal(result.errors);
      return fail(status, { move: { input: move.value, problem } });
    }
    return { committed: `Moved; published ${result.data.commitOperationMove.scheduleVersion?.number ?? 'a new version'}.` };
  },
  evaluateRush: async ({ request, fetch }) => {
    const rush = readRush(await request.formData(), todayUtc());
    if (rush.value === null) return fail(400, { rush: { input: rush.input, problem: rush.problem } });
    const result = await askGraph(fetch, EvaluateRushOrderDocument, { input: rush.value });
    if (!result.data?.evaluateRushOrder) {
      const { status, problem } = refusal(result.errors);
      return fail(status, { rush: { input: rush.input, problem } });
    }
    return { rush: { input: rush.input, evaluation: result.data.evaluateRushOrder } };
  },
  commitRush: async ({ request, fetch }) => {
    const rush = readRush(await request.formData(), todayUtc());
    if (rush.value === null) return fail(400, { rush: { input: rush.input, problem: rush.problem } });
    const result = await askGraph(fetch, CommitRushOrderDocument, { input: rush.value });
    if (!result.data?.commitRushOrder) {
      const { status, problem } = refusal(result.errors);
      return fail(status, { rush: { input: rush.input, problem } });
    }
    const committed = result.data.commitRushOrder;
    return {
      committed: `Rush order committed: ${committed.plannedOrder?.number ?? 'the order'} in ${committed.scheduleVersion?.number ?? 'a new version'}, finishing ${committed.completion.slice(0, 16).replace('T', ' ')} UTC.`,
    };
  },
};
