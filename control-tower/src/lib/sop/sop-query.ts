/**
 * What the S&OP page and its exports show, read from the URL: the family,
 * a scenario to set beside the live plan, the first month and how many.
 * Anything malformed or unknown is a sentence for the form and a sensible
 * default, never an error page.
 */

export const defaultMonths = 18;
export const maxMonths = 36;

export interface SopQuery {
  familyId: string | null;
  /** A scenario copy to compare with the live plan; null shows the live plan alone. */
  scenarioId: string | null;
  /** `YYYY-MM-01`. */
  from: string;
  months: number;
}

export interface SopChoices {
  families: readonly { id: string; code: string }[];
  scenarios: readonly { id: string; live: boolean }[];
}

const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

export function readSopQuery(params: URLSearchParams, choices: SopChoices, thisMonth: string): { query: SopQuery; problems: string[] } {
  const problems: string[] = [];
  const family = params.get('family')?.trim() ?? '';
  const known = choices.families.find((candidate) => candidate.id === family.toLowerCase() || candidate.code === family.toUpperCase());
  if (family && !known) problems.push(`“${clip(family)}” is not a product family; showing ${choices.families[0]?.code ?? 'none'}.`);
  const scenario = params.get('scenario')?.trim() ?? '';
  const copy = choices.scenarios.find((candidate) => candidate.id === scenario.toLowerCase());
  if (scenario && !copy) problems.push(`“${clip(scenario)}” is not a plan scenario; showing the live plan alone.`);
  const fromText = params.get('from')?.trim() ?? '';
  const fromOk = /^\d{4}-(0[1-9]|1[0-2])$/.test(fromText);
  if (fromText && !fromOk) problems.push(`“${clip(fromText)}” is not a month (YYYY-MM); starting this month.`);
  const monthsText = params.get('months')?.trim() ?? '';
  const months = Number(monthsText);
  const monthsOk = Number.isInteger(months) && months >= 1 && months <= maxMonths;
  if (monthsText && !monthsOk) problems.push(`“${clip(monthsText)}” months: a plan shows 1 to ${maxMonths} months; showing ${defaultMonths}.`);
  return {
    query: {
      familyId: (known ?? choices.families[0])?.id ?? null,
      scenarioId: copy && !copy.live ? copy.id : null,
      from: fromText && fromOk ? `${fromText}-01` : thisMonth,
      months: monthsText && monthsOk ? months : defaultMonths,
    },
    problems,
  };
}

/** The query as URL parameters, for the export links and the scenario switch. */
export function sopSearch(query: SopQuery): string {
  const params = new URLSearchParams();
  if (query.familyId) params.set('family', query.familyId);
  if (query.scenarioId) params.set('scenario', query.scenarioId);
  params.set('from', query.from.slice(0, 7));
  params.set('months', String(query.months));
  return params.toString();
}

export const thisMonthOf = (now: Date) => `${now.toISOString().slice(0, 7)}-01`;
