/**
 * The figures of an S&OP month as the page, the CSV and the PDF name them,
 * in one order, so the three always agree.
 */

export interface SopMonth {
  month: string;
  forecast: number;
  orders: number;
  demand: number;
  production: number;
  purchases: number;
  supply: number;
  capacityHours: number;
  loadHours: number;
  familyLoadHours: number;
}

export type SopFigure = Exclude<keyof SopMonth, 'month'>;

export const sopFigures: readonly { key: SopFigure; label: string; column: string; hours: boolean }[] = [
  { key: 'forecast', label: 'Forecast', column: 'forecast', hours: false },
  { key: 'orders', label: 'Orders', column: 'orders', hours: false },
  { key: 'demand', label: 'Demand', column: 'demand', hours: false },
  { key: 'production', label: 'Production', column: 'production', hours: false },
  { key: 'purchases', label: 'Purchases', column: 'purchases', hours: false },
  { key: 'supply', label: 'Supply', column: 'supply', hours: false },
  { key: 'capacityHours', label: 'Capacity h', column: 'capacity_hours', hours: true },
  { key: 'loadHours', label: 'Load h', column: 'load_hours', hours: true },
  { key: 'familyLoadHours', label: 'Family load h', column: 'family_load_hours', hours: true },
];

/** Scenario − live plan, month by month (the plans cover the same months). */
export function sopDeltas(live: readonly SopMonth[], scenario: readonly SopMonth[]): SopMonth[] {
  return scenario.map((month, index) => {
    const base = live[index];
    const delta = { month: month.month } as SopMonth;
    for (const { key } of sopFigures) delta[key] = Math.round((month[key] - (base?.[key] ?? 0)) * 1000) / 1000;
    return delta;
  });
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** One header row, then one row per month; plain numbers with a dot, so any spreadsheet reads them. */
export function sopCsv(months: readonly SopMonth[], context: { family: string; scenario: string; unit: string }): string {
  const header = ['family', 'scenario', 'unit', 'month', ...sopFigures.map((figure) => figure.column)];
  const rows = months.map((month) => [context.family, context.scenario, context.unit, month.month.slice(0, 7), ...sopFigures.map((figure) => String(month[figure.key]))]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
