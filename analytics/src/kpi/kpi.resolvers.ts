import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { kpiContributions, kpiSeries, kpiSnapshots, listKpiDefinitions } from './kpi.service.ts';

export const kpiResolvers: Resolvers = {
  Query: {
    kpi: async (_, { name, from, to, grain, filter, otif }, ctx) => {
      const { definition, points } = await kpiSeries(ctx, { name, from, to, grain: grain ?? 'DAY', filter, otif });
      return { name, label: definition.label, unit: definition.unit, grain: grain ?? 'DAY', points };
    },
    kpiSnapshot: async (_, { names, grain, asOf, filter }, ctx) =>
      (await kpiSnapshots(ctx, { names, grain: grain ?? 'MONTH', asOf, filter })).map(({ definition, ...snapshot }) => ({
        name: definition.name,
        label: definition.label,
        unit: definition.unit,
        higherIsBetter: definition.higherIsBetter,
        target: definition.target,
        ...snapshot,
      })),
    kpiContributions: (_, { name, from, to, filter, otif, onlyFailing, first, offset }, ctx) =>
      kpiContributions(ctx, { name, from, to, filter, otif, onlyFailing: onlyFailing ?? true, first: first ?? 100, offset: offset ?? 0 }),
    kpiDefinitions: (_, __, ctx) => [...listKpiDefinitions(ctx)],
  },
  KpiDefinition: {
    filters: (definition) => [...definition.filters],
  },
};
