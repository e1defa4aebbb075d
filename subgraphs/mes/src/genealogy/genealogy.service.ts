import { isId } from '@plexus/db';
import { badInput } from '@plexus/errors';
import type { MesContext } from '../context.ts';
import { authorizeRead } from '../machine/machine.service.ts';
import { traceLots, type TraceDirection, type TraceNode } from './genealogy.store.ts';

export interface LotTrace {
  lotId: string;
  direction: TraceDirection;
  nodes: TraceNode[];
}

export async function lotTrace(ctx: MesContext, lotId: string, direction: TraceDirection, depth: number): Promise<LotTrace> {
  authorizeRead(ctx);
  if (!isId(lotId)) throw badInput('Lot id is malformed', { field: 'lotId' });
  if (!Number.isInteger(depth) || depth < 1 || depth > 20) throw badInput('Depth must be from 1 to 20', { field: 'depth' });
  const id = lotId.toLowerCase();
  return { lotId: id, direction, nodes: await traceLots(ctx.em, id, direction, depth) };
}
