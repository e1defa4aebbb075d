import DataLoader from 'dataloader';
import { execute, newId, type EntityManager } from '@plexus/db';
import { defineConsumer, recordEvents, type SupplyChainEvent } from '@plexus/events';
import { LotSchema } from '../stock/stock.entity.ts';
import { LotHoldSchema, type LotHold } from './lot-hold.entity.ts';
import { planRemoval, removingDispositions } from './lot-hold.rules.ts';

export function createLotHoldLoaders(em: EntityManager) {
  return {
    holdsByLot: new DataLoader<string, LotHold[]>(async (lotIds) => {
      const holds = await em.find(LotHoldSchema, { lotId: { $in: [...lotIds] } }, { orderBy: { placedAt: 'asc', id: 'asc' } });
      return lotIds.map((id) => holds.filter((hold) => hold.lotId === id));
    }),
  };
}

/** The SQL condition that keeps held lots out of picking (`lot` is the lot's alias). */
export const notHeld = (lot: string) => `NOT EXISTS (SELECT 1 FROM wms.lot_hold h WHERE h.lot_id = ${lot}.id AND h.released_at IS NULL)`;

async function stillHeld(em: EntityManager, lotId: string): Promise<boolean> {
  return (await em.count(LotHoldSchema, { lotId, releasedAt: null })) > 0;
}

async function holdChanged(em: EntityManager, event: SupplyChainEvent, hold: LotHold, reason: string, removedQuantity?: number): Promise<void> {
  const lot = await em.findOneOrFail(LotSchema, { id: hold.lotId });
  await recordEvents(
    em,
    [
      {
        type: 'wms.LotHoldChanged',
        subjectType: 'Lot',
        subjectId: lot.id,
        itemId: lot.itemId,
        payload: {
          lotId: lot.id,
          lotNumber: lot.lotNumber,
          itemId: lot.itemId,
          warehouseId: hold.warehouseId,
          onHold: await stillHeld(em, lot.id),
          reason,
          nonconformanceId: hold.nonconformanceId,
          ...(removedQuantity === undefined ? {} : { removedQuantity }),
        },
      },
    ],
    { now: event.time },
  );
}

/**
 * Carries out qms' nonconformances on stock: an opened one puts its lot on
 * hold (held stock is neither picked nor consumed); its disposition lifts
 * the hold, and a scrap or return to supplier first takes the quantity out
 * of the lot's stock in the warehouse. A nonconformance without a lot (work
 * in process) holds nothing.
 */
export const lotHoldConsumer = defineConsumer({
  name: 'lot-hold',
  types: ['qms.NonconformanceOpened', 'qms.NonconformanceDispositioned'],
  async apply(em, event) {
    if (event.type === 'qms.NonconformanceOpened') {
      const { lotId, warehouseId, number, source, quantity } = event.payload;
      if (!lotId || !warehouseId || !(await em.count(LotSchema, { id: lotId }))) return;
      const hold = em.create(LotHoldSchema, {
        id: newId(),
        lotId,
        warehouseId,
        nonconformanceId: event.subjectId,
        reason: `${number}: ${source.toLowerCase()} nonconformance, ${quantity} units`,
        placedAt: event.time,
        releasedAt: null,
        releaseReason: null,
        removedQuantity: 0,
      });
      await em.flush();
      await holdChanged(em, event, hold, hold.reason);
      return;
    }
    const hold = await em.findOne(LotHoldSchema, { nonconformanceId: event.subjectId, releasedAt: null });
    if (!hold) return;
    const { number, disposition, quantity } = event.payload;
    let removed: number | undefined;
    if (removingDispositions.includes(disposition)) {
      const balances = await execute<{ id: string; quantity: string }[]>(
        em,
        `SELECT b.id, b.quantity FROM wms.stock_balance b JOIN wms.location l ON l.id = b.location_id
          WHERE b.lot_id = ? AND l.warehouse_id = ? AND b.quantity > 0 ORDER BY b.id FOR UPDATE OF b`,
        [hold.lotId, hold.warehouseId],
      );
      const removals = planRemoval(balances.map((balance) => ({ id: balance.id, quantity: Number(balance.quantity) })), quantity);
      for (const removal of removals) await execute(em, 'UPDATE wms.stock_balance SET quantity = quantity - ? WHERE id = ?', [removal.quantity, removal.id]);
      removed = removals.reduce((sum, removal) => sum + removal.quantity, 0);
    }
    const reason = `${number}: ${disposition.toLowerCase().replaceAll('_', ' ')}`;
    Object.assign(hold, { releasedAt: event.time, releaseReason: reason, removedQuantity: removed ?? 0 });
    await em.flush();
    await holdChanged(em, event, hold, reason, removed);
  },
});
