import { execute } from '@plexus/db';
import { defineConsumer } from '@plexus/events';

/**
 * The live schedule aps published: each operation keeps its latest
 * scheduled start and end, and each work order the end of its last
 * scheduled operation (what schedule adherence judges its completion by).
 * Operations of other systems' or unknown work orders are ignored.
 */
export const schedulePublishedConsumer = defineConsumer({
  name: 'published-schedule',
  types: ['aps.SchedulePublished'],
  async apply(em, event) {
    const operations = event.payload.operations.map((operation) => ({
      work_order_id: operation.workOrderId,
      sequence: operation.sequence,
      start: operation.start,
      end: operation.end,
    }));
    if (operations.length === 0) return;
    await execute(
      em,
      `UPDATE mes.operation_run r SET scheduled_start = x.start, scheduled_end = x."end"
         FROM jsonb_to_recordset(?::jsonb) AS x(work_order_id uuid, sequence int, start timestamptz, "end" timestamptz)
        WHERE r.work_order_id = x.work_order_id AND r.sequence = x.sequence`,
      [JSON.stringify(operations)],
    );
    await execute(
      em,
      `UPDATE mes.work_order w SET scheduled_end = x.last_end
         FROM (SELECT work_order_id, max("end") AS last_end
                 FROM jsonb_to_recordset(?::jsonb) AS x(work_order_id uuid, sequence int, start timestamptz, "end" timestamptz)
                GROUP BY work_order_id) x
        WHERE w.id = x.work_order_id AND w.status <> 'COMPLETED'`,
      [JSON.stringify(operations)],
    );
  },
});
