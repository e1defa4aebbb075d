import { fail } from '@sveltejs/kit';
import { SaveConsensusPlanDocument, SopConsensusPlansDocument } from '#lib/graphql/__generated__/operations.ts';
import { askGraph, outages } from '#lib/server/graph.ts';
import { viewerRoles } from '#lib/server/viewer.ts';
import { maySaveConsensus, readConsensusForm } from '#lib/sop/consensus-form.ts';
import { readSop } from '#lib/sop/sop-plan.server.ts';
import { sopSearch } from '#lib/sop/sop-query.ts';

/** The S&OP meeting view of a product family: the live plan, a scenario beside it, the consensus plans saved, and the form to save one. */
export async function load({ url, fetch, cookies }) {
  const [sop, roles] = await Promise.all([readSop(fetch, url), viewerRoles(cookies)]);
  const consensus = sop.family ? await askGraph(fetch, SopConsensusPlansDocument, { familyId: sop.family.id }) : null;
  return {
    ...sop,
    outages: [...sop.outages, ...outages(consensus?.errors ?? [])],
    consensusPlans: consensus?.data?.consensusPlans ?? [],
    maySave: maySaveConsensus(roles),
    search: sopSearch(sop.query),
  };
}

export const actions = {
  save: async ({ request, fetch, cookies }) => {
    if (!maySaveConsensus(await viewerRoles(cookies))) return fail(403, { saved: null, problems: ['Only planners may save a consensus plan.'] });
    const { draft, problems } = readConsensusForm(await request.formData());
    if (!draft) return fail(400, { saved: null, problems });
    const result = await askGraph(fetch, SaveConsensusPlanDocument, { input: draft });
    if (!result.data?.saveConsensusPlan) {
      const code = result.errors[0]?.extensions?.code;
      return fail(code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : 400, { saved: null, problems: result.errors.map((problem) => problem.message) });
    }
    return { saved: result.data.saveConsensusPlan.number, problems: [] };
  },
};
