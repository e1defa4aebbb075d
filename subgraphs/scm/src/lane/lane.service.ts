import DataLoader from 'dataloader';
import { createByIdLoader, execute, isId, newId, sqlArray, type EntityManager } from '@plexus/db';
import { badInput, conflict, notFound } from '@plexus/errors';
import { readKnownSubjects, runOnce } from '@plexus/events';
import { authorize } from '@plexus/host';
import { plannerRoles, readerRoles } from '../access.ts';
import { CarrierSchema } from '../carrier/carrier.entity.ts';
import type { ScmContext } from '../context.ts';
import { LaneSchema, type Lane, type TransportMode } from './lane.entity.ts';
import { transitSampleSize, transitTimes, validateLane, type TransitTimes } from './lane.rules.ts';

/** The most recent transit times of each lane, in hours, newest first. */
export async function readTransitSamples(em: EntityManager, laneIds: readonly string[]): Promise<Map<string, number[]>> {
  const rows = await execute<{ lane_id: string; transit_hours: string }[]>(
    em,
    `SELECT lane_id, transit_hours FROM (
       SELECT lane_id, transit_hours, row_number() OVER (PARTITION BY lane_id ORDER BY delivered_at DESC) AS recent
         FROM scm.lane_transit WHERE lane_id = ANY(?::uuid[])) t
      WHERE recent <= ? ORDER BY lane_id, recent`,
    [sqlArray(laneIds), transitSampleSize],
  );
  const samples = new Map<string, number[]>(laneIds.map((id) => [id, []]));
  for (const row of rows) samples.get(row.lane_id)!.push(Number(row.transit_hours));
  return samples;
}

export function createLaneLoaders(em: EntityManager) {
  const laneById = createByIdLoader<Lane>(em, LaneSchema);
  return {
    laneById,
    transitTimesByLane: new DataLoader<string, TransitTimes>(async (laneIds) => {
      const [lanes, samples] = await Promise.all([laneById.loadMany(laneIds), readTransitSamples(em, laneIds)]);
      return laneIds.map((id, index) => transitTimes(samples.get(id) ?? [], (lanes[index] as Lane).plannedTransitHours));
    }),
  };
}

export async function listLanes(ctx: ScmContext, originSiteId?: string | null): Promise<Lane[]> {
  authorize(ctx.viewer, 'see lanes', readerRoles);
  if (originSiteId && !isId(originSiteId)) throw badInput('originSiteId must be a UUID', { field: 'originSiteId' });
  return ctx.em.find(LaneSchema, originSiteId ? { originSiteId: originSiteId.toLowerCase() } : {}, { orderBy: { code: 'asc' } });
}

export interface NewLane {
  code: string;
  originSiteId: string;
  originName: string;
  destinationCustomerId?: string | null;
  destinationRegion: string;
  mode: TransportMode;
  carrierId: string;
  plannedTransitHours: number;
  idempotencyKey?: string | null;
}

/** A lane from an erp site, to one crm customer or any: both must exist (scm knows them from their systems' events). */
export async function createLane(ctx: ScmContext, input: NewLane): Promise<Lane> {
  authorize(ctx.viewer, 'create lanes', plannerRoles);
  const { code, originName, destinationRegion } = validateLane(input);
  for (const field of ['originSiteId', 'carrierId', 'destinationCustomerId'] as const) {
    if (input[field] && !isId(input[field])) throw badInput(`${field} must be a UUID`, { field });
  }
  const originSiteId = input.originSiteId.toLowerCase();
  const carrierId = input.carrierId.toLowerCase();
  const destinationCustomerId = input.destinationCustomerId?.toLowerCase() ?? null;
  const now = ctx.now();
  return runOnce(
    ctx.em,
    { idempotencyKey: input.idempotencyKey, operation: 'scm.createLane', now },
    (id) => ctx.em.findOneOrFail(LaneSchema, { id }),
    async (em) => {
      if (!(await em.count(CarrierSchema, { id: carrierId }))) throw notFound(`Carrier ${input.carrierId} not found`, { field: 'carrierId' });
      if (!(await readKnownSubjects(em, 'erp.SiteCreated', [originSiteId])).has(originSiteId)) throw notFound(`Site ${input.originSiteId} not found`, { field: 'originSiteId' });
      if (destinationCustomerId && !(await readKnownSubjects(em, 'crm.CustomerCreated', [destinationCustomerId])).has(destinationCustomerId)) {
        throw notFound(`Customer ${input.destinationCustomerId} not found`, { field: 'destinationCustomerId' });
      }
      if (await em.count(LaneSchema, { code })) throw conflict(`Lane ${code} already exists`, { field: 'code' });
      const lane = em.create(LaneSchema, {
        id: newId(),
        code,
        originSiteId,
        originName,
        destinationCustomerId,
        destinationRegion,
        mode: input.mode,
        carrierId,
        plannedTransitHours: input.plannedTransitHours,
        createdAt: now,
      });
      await em.flush();
      return lane;
    },
  );
}
