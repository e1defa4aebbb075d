import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { machineDowntimeReasons, machineOee } from './oee.service.ts';

/** Machine.oee and Machine.downtimeReasons; the machine itself is resolved by the telemetry feature. */
export const productionResolvers: Resolvers = {
  Machine: {
    oee: (machine, { from, to, grain }, ctx) => machineOee(ctx.loaders.production, machine.id, { from, to, grain: grain ?? 'DAY' }),
    downtimeReasons: (machine, { from, to }, ctx) => machineDowntimeReasons(ctx.loaders.production, machine.id, { from, to }),
  },
};
