import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { authorizeRead, changeMachineState, createWorkCenter, listMachines, listWorkCenters, loadDowntimeTaxonomy, registerMachine, visibleMachine, visibleWorkCenter } from './machine.service.ts';

export const machineResolvers: Resolvers = {
  Query: {
    workCenters: (_, { siteId }, ctx) => listWorkCenters(ctx, siteId),
    machines: (_, { workCenterId, siteId, state, first, offset }, ctx) => listMachines(ctx, { workCenterId, siteId, state }, { first: first ?? 50, offset: offset ?? 0 }),
    downtimeReasonCodes: (_, __, ctx) => {
      authorizeRead(ctx);
      return loadDowntimeTaxonomy(ctx.em);
    },
  },
  Mutation: {
    createWorkCenter: (_, { input }, ctx) => createWorkCenter(ctx, input),
    registerMachine: (_, { input }, ctx) => registerMachine(ctx, input),
    changeMachineState: (_, { input }, ctx) => changeMachineState(ctx, input),
  },
  WorkCenter: {
    __resolveReference: (reference, ctx) => visibleWorkCenter(ctx, reference.id),
    site: (workCenter) => ({ id: workCenter.siteId }),
    machines: (workCenter, _, ctx) => ctx.loaders.machinesByWorkCenter.load(workCenter.id),
  },
  Machine: {
    __resolveReference: (reference, ctx) => visibleMachine(ctx, reference.id),
    workCenter: (machine, _, ctx) => ctx.loaders.workCenterById.load(machine.workCenterId).then((workCenter) => workCenter!),
    site: (machine) => ({ id: machine.siteId }),
    stateHistory: (machine, { from, to }, ctx) => ctx.loaders.stateHistory.load(`${machine.id}|${from.toISOString()}|${to.toISOString()}`),
    currentOperation: async (machine, _, ctx) => {
      const id = await ctx.loaders.currentOperationByMachine.load(machine.id);
      return id ? ctx.loaders.operationRunById.load(id) : null;
    },
  },
  MachineStateChange: {
    from: (change) => change.fromState ?? null,
    to: (change) => change.toState,
  },
};
