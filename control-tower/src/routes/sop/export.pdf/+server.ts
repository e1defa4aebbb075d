import { error } from '@sveltejs/kit';
import { sopPdf } from '#lib/sop/sop-pdf.ts';
import { readSop } from '#lib/sop/sop-plan.server.ts';

/** The plan shown on /sop as a PDF for the deck: the scenario's when one is chosen, else the live plan's. */
export async function GET({ url, fetch }) {
  const sop = await readSop(fetch, url);
  if (sop.problems.length) error(400, sop.problems.join(' '));
  const plan = sop.scenario ?? sop.live;
  if (!sop.family || !plan) error(502, sop.outages.join(' ') || 'The graph returned no plan.');
  const pdf = sopPdf({
    title: `S&OP ${sop.family.code} - ${sop.family.name}`,
    subtitle: `${plan.scenario.name}, ${plan.months.length} months from ${sop.query.from.slice(0, 7)}; quantities in ${plan.unitOfMeasure}; work centers ${plan.workCenters.map((center) => center.code ?? center.id).join(', ') || 'none'}`,
    unit: plan.unitOfMeasure,
    months: plan.months,
  });
  return new Response(pdf, {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="sop-${sop.family.code.toLowerCase()}-${sop.query.from.slice(0, 7)}.pdf"` },
  });
}
