import { isId } from '@plexus/db';
import { badInput } from '@plexus/errors';
import type { WmsContext } from '../context.ts';
import { LotSchema, type Lot } from '../stock/stock.entity.ts';

const lotsFound = 50;

/** Lots of a number, as put away (trimmed, upper case), of one item or any: a number is unique per item only. */
export async function findLotsByNumber(ctx: WmsContext, lotNumber: string, itemId?: string | null): Promise<Lot[]> {
  const number = lotNumber.trim().toUpperCase();
  if (!number || number.length > 80) throw badInput('A lot number has 1 to 80 characters', { field: 'lotNumber' });
  if (itemId && !isId(itemId)) throw badInput('itemId must be a UUID', { field: 'itemId' });
  return ctx.em.find(
    LotSchema,
    { lotNumber: number, ...(itemId ? { itemId: itemId.toLowerCase() } : {}) },
    { orderBy: { receivedAt: 'desc', id: 'desc' }, limit: lotsFound },
  );
}
