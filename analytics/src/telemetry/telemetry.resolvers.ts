import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { telemetryMetrics } from './telemetry-metric.rules.ts';
import { findMachine, ingestTelemetryPoints, machineTelemetry, operationRunTelemetry } from './telemetry.service.ts';

export const telemetryResolvers: Resolvers = {
  Query: {
    machine: (_, { id }, ctx) => findMachine(ctx, id),
    telemetryMetrics: () => [...telemetryMetrics],
  },
  Mutation: {
    ingestTelemetry: (_, { points }, ctx) => ingestTelemetryPoints(ctx, points),
  },
  Machine: {
    // Analytics extends a machine mes owns: any id is answered, with empty series for machines it never heard from.
    __resolveReference: (reference) => ({ id: reference.id }),
    telemetry: (machine, { metric, from, to, bucketSeconds, fill }, ctx) => machineTelemetry(ctx, machine.id, { metric, from, to, bucketSeconds, fill }),
  },
  OperationRun: {
    telemetry: (run, { metric, bucketSeconds }, ctx) => operationRunTelemetry(ctx, run, { metric, bucketSeconds: bucketSeconds ?? 60 }),
  },
};
