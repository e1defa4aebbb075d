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
 * BACKWARD follows output → input links (primary key), FORWARD input →
 * output links (`lot_link_input_idx`), so each level costs an index probe
 * per lot reached, never a scan. A lot reached twice (a shared component)
 * is listed at its nearest level only; the walk stops at `depth`, and a
 * cycle (never made by mes, but data may be repaired by hand) cannot loop
 * since each path stops at a lot it already passed.
 */
export async function traceLots(em: EntityManager, lotId: string, direction: TraceDirection, depth: number): Promise<TraceNode[]> {
  const [from, to] = direction === 'BACKWARD' ? ['output_lot_id', 'input_lot_id'] : ['input_lot_id', 'output_lot_id'];
  const rows = await execute<{ level: number; lot_id: string; via_lot_id: string; work_order_id: string; quantity: string }[]>(
    em,
    `WITH RECURSIVE trace (level, lot_id, via_lot_id, work_order_id, quantity, path) AS (
       SELECT 1, l.${to}, l.${from}, l.work_order_id, l.quantity, ARRAY[l.${from}, l.${to}]
         FROM mes.lot_link l WHERE l.${from} = ?::uuid
       UNION ALL
       SELECT t.level + 1, l.${to}, l.${from}, l.work_order_id, l.quantity, t.path || l.${to}
         FROM trace t JOIN mes.lot_link l ON l.${from} = t.lot_id
        WHERE t.level < ? AND NOT l.${to} = ANY(t.path)
     )
     SELECT DISTINCT ON (lot_id) level, lot_id, via_lot_id, work_order_id, quantity
       FROM trace ORDER BY lot_id, level, via_lot_id`,
    [lotId, depth],
  );
  return rows
    .map((row) => ({ level: Number(row.level), lotId: row.lot_id, viaLotId: row.via_lot_id, workOrderId: row.work_order_id, quantity: Number(row.quantity) }))
    .sort((a, b) => a.level - b.level || a.lotId.localeCompare(b.lotId));
}
