import type { Resolvers } from '../__generated__/resolvers-types.ts';
import {
  acknowledgeException,
  assignException,
  exceptionById,
  listExceptionRules,
  listExceptions,
  mayAct,
  resolveException,
  setExceptionRule,
} from './exception.service.ts';

export const exceptionResolvers: Resolvers = {
  Query: {
    exceptions: (_, { filter, first, offset }, ctx) => listExceptions(ctx, filter ?? {}, { first: first ?? 50, offset: offset ?? 0 }),
    exception: (_, { id }, ctx) => exceptionById(ctx, id),
    exceptionRules: (_, __, ctx) => listExceptionRules(ctx),
  },
  Mutation: {
    acknowledgeException: (_, { id }, ctx) => acknowledgeException(ctx, id),
    assignException: (_, { id, ownerId }, ctx) => assignException(ctx, id, ownerId),
    resolveException: (_, { id, note }, ctx) => resolveException(ctx, id, note),
    setExceptionRule: (_, { input }, ctx) => setExceptionRule(ctx, input),
  },
  SupplyChainException: {
    subjectKind: (exception) => exception.subjectKind as never,
    actionable: (exception, _, ctx) => mayAct(ctx.viewer, exception),
  },
};
