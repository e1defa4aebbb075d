import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { forecastDemandFromHistory, listDemandForecasts, setDemandForecast } from './demand-forecast.service.ts';

export const demandForecastResolvers: Resolvers = {
  Query: {
    demandForecasts: (_, { filter }, ctx) => listDemandForecasts(ctx, filter),
  },
  Mutation: {
    setDemandForecast: (_, { input }, ctx) => setDemandForecast(ctx, input),
    forecastDemandFromHistory: (_, { itemId, siteId, weeks }, ctx) => forecastDemandFromHistory(ctx, { itemId, siteId, weeks: weeks ?? 78 }),
  },
  DemandForecast: {
    item: (forecast) => ({ id: forecast.itemId }),
    site: (forecast) => ({ id: forecast.siteId }),
  },
};
