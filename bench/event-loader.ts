import { newId, type Database } from '@plexus/db';
import { systemOf, type SupplyChainEventInput } from '@plexus/events';

/**
 * Bulk-loads generated history into the event stream: one multi-row insert
 * per chunk from column arrays, the fastest statement both the embedded
 * database and a server take without a COPY client. recordEvents stays the
 * way systems write; this exists so a benchmark can lay down a year quickly.
 */
export async function loadEvents(database: Database, events: readonly SupplyChainEventInput[]): Promise<void> {
  const chunk = 5000;
  for (let start = 0; start < events.length; start += chunk) {
    const part = events.slice(start, start + chunk);
    await database.query(
      `INSERT INTO analytics.supply_chain_event
         (id, time, type, system, subject_type, subject_id, order_id, item_id, site_id, supplier_id, customer_id, quantity, payload)
       SELECT id, time, type, system, subject_type, subject_id, order_id, item_id, site_id, supplier_id, customer_id, quantity, payload::jsonb
         FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[], $9::uuid[],
                     $10::uuid[], $11::uuid[], $12::numeric[], $13::text[])
           AS e(id, time, type, system, subject_type, subject_id, order_id, item_id, site_id, supplier_id, customer_id, quantity, payload)`,
      [
        part.map(() => newId()),
        part.map((event) => (event.time ?? new Date()).toISOString()),
        part.map((event) => event.type),
        part.map((event) => systemOf(event.type)),
        part.map((event) => event.subjectType),
        part.map((event) => event.subjectId),
        part.map((event) => event.orderId ?? null),
        part.map((event) => event.itemId ?? null),
        part.map((event) => event.siteId ?? null),
        part.map((event) => event.supplierId ?? null),
        part.map((event) => event.customerId ?? null),
        part.map((event) => event.quantity ?? null),
        part.map((event) => JSON.stringify(event.payload)),
      ],
    );
  }
}
