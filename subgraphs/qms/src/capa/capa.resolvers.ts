import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { calendarDate } from '../access.ts';
import {
  addCapaAction,
  closeCapa,
  completeCapaAction,
  findCapa,
  listCapas,
  openCapa,
  recordCapaEffectivenessCheck,
  recordCapaRootCause,
} from './capa.service.ts';

export const capaResolvers: Resolvers = {
  Query: {
    capa: (_, { id }, ctx) => findCapa(ctx, id),
    capas: (_, { filter, first, offset }, ctx) => listCapas(ctx, filter ?? {}, { first: first ?? 50, offset: offset ?? 0 }),
  },
  Mutation: {
    openCapa: (_, { input }, ctx) => openCapa(ctx, input),
    recordCapaRootCause: (_, { id, whys, rootCause }, ctx) => recordCapaRootCause(ctx, id, whys, rootCause),
    addCapaAction: (_, { capaId, input }, ctx) => addCapaAction(ctx, capaId, input),
    completeCapaAction: (_, { actionId }, ctx) => completeCapaAction(ctx, actionId),
    recordCapaEffectivenessCheck: (_, { id, effective, note }, ctx) => recordCapaEffectivenessCheck(ctx, id, effective, note),
    closeCapa: (_, { id }, ctx) => closeCapa(ctx, id),
  },
  Capa: {
    __resolveReference: (capa, ctx) => findCapa(ctx, capa.id),
    actions: (capa, _, ctx) => ctx.loaders.actionsByCapa.load(capa.id),
    nonconformances: (capa, _, ctx) => ctx.loaders.nonconformancesByCapa.load(capa.id),
  },
  CapaAction: {
    dueDate: (action) => calendarDate(action.dueDate),
    overdue: (action, _, ctx) => action.status === 'OPEN' && calendarDate(action.dueDate) < ctx.now().toISOString().slice(0, 10),
  },
  EffectivenessCheck: {
    checkedAt: (check) => new Date(check.checkedAt),
  },
};
