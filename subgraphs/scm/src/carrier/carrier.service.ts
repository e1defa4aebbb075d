import DataLoader from 'dataloader';
import { createByIdLoader, newId, type EntityManager } from '@plexus/db';
import { badInput, conflict } from '@plexus/errors';
import { runOnce } from '@plexus/events';
import { authorize } from '@plexus/host';
import { plannerRoles, readerRoles } from '../access.ts';
import type { ScmContext } from '../context.ts';
import { LaneSchema, type Lane } from '../lane/lane.entity.ts';
import { CarrierSchema, type Carrier } from './carrier.entity.ts';

export function createCarrierLoaders(em: EntityManager) {
  return {
    carrierById: createByIdLoader<Carrier>(em, CarrierSchema),
    lanesByCarrier: new DataLoader<string, Lane[]>(async (carrierIds) => {
      const lanes = await em.find(LaneSchema, { carrierId: { $in: [...carrierIds] } }, { orderBy: { code: 'asc' } });
      return carrierIds.map((id) => lanes.filter((lane) => lane.carrierId === id));
    }),
  };
}

export function listCarriers(ctx: ScmContext): Promise<Carrier[]> {
  authorize(ctx.viewer, 'see carriers', readerRoles);
  return ctx.em.find(CarrierSchema, {}, { orderBy: { code: 'asc' } });
}

export async function createCarrier(ctx: ScmContext, input: { code: string; name: string; idempotencyKey?: string | null }): Promise<Carrier> {
  authorize(ctx.viewer, 'create carriers', plannerRoles);
  const code = input.code.trim().toUpperCase();
  const name = input.name.trim();
  if (!code) throw badInput('A carrier needs a code', { field: 'code' });
  if (!name) throw badInput('A carrier needs a name', { field: 'name' });
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'scm.createCarrier', now },
    (id) => ctx.em.findOneOrFail(CarrierSchema, { id }),
    async (em) => {
      if (await em.count(CarrierSchema, { code })) throw conflict(`Carrier ${code} already exists`, { field: 'code' });
      const carrier = em.create(CarrierSchema, { id: newId(), code, name, createdAt: now });
      await em.flush();
      return carrier;
    },
  );
}
