import { execute, type EntityManager } from '@plexus/db';

export type TraceDirection = 'BACKWARD' | 'FORWARD';

export interface TraceNode {
  level: number;
  lotId: string;
  viaLotId: string;
  workOrderId: string;
  quantity: number;
}

/**
 * A lot's genealogy in one recursive statement over `mes.lot_link`:
 * BACKWARD follows output → input links, FORWARD input → output links, each
 * through an index that covers every column the walk reads, so each level
 * costs an index-only probe per lot reached, never a scan. A lot reached twice (a shared component)
 * is listed once, at its nearest level. The walk stops at `depth` (at most
 * 20), which also ends it on a cycle mes never makes but a repair by hand
 * could.
 */
export async function traceLots(em: EntityManager, lotId: string, direction: TraceDirection, depth: number): Promise<TraceNode[]> {
  const [from, to] = direction === 'BACKWARD' ? ['output_lot_id', 'input_lot_id'] : ['input_lot_id', 'output_lot_id'];
  const rows = await execute<{ level: number; lot_id: string; via_lot_id: string; work_order_id: string; quantity: string }[]>(
    em,
    `WITH RECURSIVE trace (level, lot_id, via_lot_id, work_order_id, quantity) AS (
       SELECT 1, l.${to}, l.${from}, l.work_order_id, l.quantity FROM mes.lot_link l WHERE l.${from} = ?::uuid
       UNION
       SELECT t.level + 1, l.${to}, l.${from}, l.work_order_id, l.quantity
         FROM trace t JOIN mes.lot_link l ON l.${from} = t.lot_id
        WHERE t.level < ?
     )
     SELECT * FROM (SELECT DISTINCT ON (lot_id) level, lot_id, via_lot_id, work_order_id, quantity FROM trace ORDER BY lot_id, level, via_lot_id) nearest
      ORDER BY level, lot_id`,
    [lotId, depth],
  );
  return rows.map((row) => ({ level: Number(row.level), lotId: row.lot_id, viaLotId: row.via_lot_id, workOrderId: row.work_order_id, quantity: Number(row.quantity) }));
}
