/**
 * The consensus form: a quantity per month (prefilled from demand) and the
 * meeting's decisions, one per line. Checked here so a planner hears about
 * a typo in the page's words; the system checks again.
 */

export interface ConsensusDraft {
  familyId: string;
  scenarioId: string | null;
  months: { month: string; quantity: number }[];
  decisions: string[];
}

const monthField = /^quantity-(\d{4}-\d{2}-01)$/;
const isId = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export function readConsensusForm(form: FormData): { draft: ConsensusDraft | null; problems: string[] } {
  const problems: string[] = [];
  const familyId = String(form.get('familyId') ?? '');
  if (!isId(familyId)) problems.push('Choose a product family.');
  const scenarioId = String(form.get('scenarioId') ?? '') || null;
  if (scenarioId !== null && !isId(scenarioId)) problems.push('The scenario is not one the plan knows.');
  const months: ConsensusDraft['months'] = [];
  for (const [name, value] of form.entries()) {
    const month = monthField.exec(name)?.[1];
    if (!month) continue;
    const text = String(value).trim().replace(',', '.');
    const quantity = Number(text);
    if (text === '' || !Number.isFinite(quantity) || quantity < 0) problems.push(`${month.slice(0, 7)}: give a quantity of 0 or more.`);
    else months.push({ month, quantity });
  }
  if (months.length === 0 && !problems.some((problem) => /^\d{4}-\d{2}:/.test(problem))) problems.push('Give the consensus quantity of at least one month.');
  const decisions = String(form.get('decisions') ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (decisions.length === 0) problems.push('Write down at least one decision of the meeting, one per line.');
  if (decisions.some((line) => line.length > 500)) problems.push('Keep each decision under 500 characters.');
  return problems.length ? { draft: null, problems } : { draft: { familyId, scenarioId, months, decisions }, problems };
}

/** Who may save a consensus plan (aps's rule: planners; administrators always may): the form is offered to them only. */
export const maySaveConsensus = (roles: readonly string[]) => roles.some((role) => role === 'planner' || role === 'admin');

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A plan month in the reader's words, e.g. "Nov 2026" or "Nov. 2026". */
export function formatMonth(month: string, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${month.slice(0, 10)}T00:00:00Z`));
}
