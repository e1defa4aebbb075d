import { error } from '@sveltejs/kit';
import { sopCsv } from '#lib/sop/sop-figures.ts';
import { readSop } from '#lib/sop/sop-plan.server.ts';

/** The plan shown on /sop as CSV, the live plan's months then the scenario's; refused with the form's problems when the URL asks for something unknown. */
export async function GET({ url, fetch }) {
  const sop = await readSop(fetch, url);
  if (sop.problems.length) error(400, sop.problems.join(' '));
  if (!sop.family || !sop.live) error(502, sop.outages.join(' ') || 'The graph returned no plan.');
  const unit = sop.live.unitOfMeasure;
  const plans = [sop.live, ...(sop.scenario ? [sop.scenario] : [])];
  const csv = plans.map((plan, index) => {
    const body = sopCsv(plan.months, { family: sop.family!.code, scenario: plan.scenario.name, unit });
    return index === 0 ? body : body.slice(body.indexOf('\r\n') + 2);
  });
  return new Response(csv.join(''), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="sop-${sop.family.code.toLowerCase()}-${sop.query.from.slice(0, 7)}.csv"` },
  });
}
