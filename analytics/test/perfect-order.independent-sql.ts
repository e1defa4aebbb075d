/**
 * KPIS.md, straight over analytics.supply_chain_event, sharing nothing with
 * the engine (no facts tables, no rules): per line the commit date (latest
 * accepted promise, else the promised, else the requested date) and whether
 * it was delivered on time, in full, damage free (no claim within 30 days of
 * its delivery) and accurately documented (the latest version of each
 * invoice bills, per item, what was delivered); per order its due date
 * (latest line) and its site (placed for, else first shipped from); an order
 * the customer cancelled by the end of its due date is left out, one the
 * company cancelled or cancelled later is due and not perfect;
 * counted by the period of the due date up to today. Aggregates per line
 * rather than correlated look-ups, so it also runs over a year of events.
 * Parameters: site id (twice), item id (twice), grain ('month', 'week',
 * 'day'), first day, last day, today.
 */
export const independentPerfectOrders = `
  WITH placed AS (SELECT order_id, site_id, payload FROM analytics.supply_chain_event WHERE type = 'crm.SalesOrderPlaced'),
  order_line AS (
    SELECT p.order_id, l->>'lineId' AS line_id, l->>'itemId' AS item_id, (l->>'quantity')::numeric AS quantity,
           (l->>'unitPrice')::numeric AS unit_price, coalesce(l->>'promisedDate', l->>'requestedDate')::date AS placed_commit
      FROM placed p CROSS JOIN LATERAL jsonb_array_elements(p.payload->'lines') l),
  latest_promise AS (
    SELECT DISTINCT ON (pl->>'lineId') pl->>'lineId' AS line_id, (pl->>'promisedDate')::date AS promised
      FROM analytics.supply_chain_event e CROSS JOIN LATERAL jsonb_array_elements(e.payload->'lines') pl
     WHERE e.type = 'crm.SalesOrderPromised'
     ORDER BY pl->>'lineId', e.time DESC, e.id DESC),
  committed AS (
    SELECT l.*, coalesce(p.promised, l.placed_commit) AS commit_date FROM order_line l LEFT JOIN latest_promise p ON p.line_id = l.line_id),
  delivered AS (
    SELECT e.payload->>'shipmentId' AS shipment_id, (e.payload->>'deliveredAt')::timestamptz AS delivered_at,
           (e.payload->>'damaged')::boolean AS damaged, (e.payload->>'documentsComplete')::boolean AS documents_complete,
           d->>'salesOrderLineId' AS line_id, d->>'itemId' AS item_id, (d->>'quantity')::numeric AS quantity
      FROM analytics.supply_chain_event e CROSS JOIN LATERAL jsonb_array_elements(e.payload->'lines') d WHERE e.type = 'scm.DeliveryConfirmed'),
  line_delivery AS (
    SELECT c.line_id,
           bool_or(d.delivered_at >= (c.commit_date + 1)::timestamp AT TIME ZONE 'UTC') AS late,
           bool_or(d.item_id <> c.item_id) AS wrong_item,
           coalesce(sum(d.quantity) FILTER (WHERE d.item_id = c.item_id), 0) AS quantity,
           bool_or(d.damaged OR NOT d.documents_complete) AS damaged_or_undocumented
      FROM committed c JOIN delivered d ON d.line_id = c.line_id
     GROUP BY c.line_id),
  line_claim AS (
    SELECT DISTINCT k.line_id
      FROM (SELECT e.time AS opened_at, e.payload->>'shipmentId' AS shipment_id, c AS line_id
              FROM analytics.supply_chain_event e CROSS JOIN LATERAL jsonb_array_elements_text(e.payload->'salesOrderLineIds') c
             WHERE e.type = 'crm.DamageClaimOpened') k
      JOIN delivered d ON d.shipment_id = k.shipment_id AND d.line_id = k.line_id
     WHERE k.opened_at <= d.delivered_at + interval '30 days'),
  latest_invoice AS (
    SELECT DISTINCT ON (subject_id) payload FROM analytics.supply_chain_event WHERE type = 'erp.InvoiceIssued' ORDER BY subject_id, time DESC, id DESC),
  invoiced_item AS (
    SELECT c.line_id, i->>'itemId' AS item_id, sum((i->>'quantity')::numeric) AS quantity,
           bool_or(NOT (e.payload->>'accurate')::boolean OR (i->>'itemId' = c.item_id AND (i->>'unitPrice')::numeric <> c.unit_price)) AS mismatch
      FROM latest_invoice e CROSS JOIN LATERAL jsonb_array_elements(e.payload->'lines') i
      JOIN committed c ON c.line_id = i->>'salesOrderLineId'
     GROUP BY c.line_id, i->>'itemId'),
  delivered_item AS (SELECT line_id, item_id, sum(quantity) AS quantity FROM delivered GROUP BY line_id, item_id),
  line_invoice AS (
    SELECT i.line_id, bool_or(i.mismatch OR i.quantity <> coalesce(d.quantity, 0))
             OR EXISTS (SELECT 1 FROM delivered_item x WHERE x.line_id = i.line_id
                          AND NOT EXISTS (SELECT 1 FROM invoiced_item y WHERE y.line_id = x.line_id AND y.item_id = x.item_id)) AS mismatch
      FROM invoiced_item i LEFT JOIN delivered_item d ON d.line_id = i.line_id AND d.item_id = i.item_id
     GROUP BY i.line_id),
  line_verdict AS (
    SELECT c.order_id, c.item_id, c.commit_date,
           coalesce(ld.line_id IS NOT NULL AND NOT ld.late AND NOT ld.wrong_item AND ld.quantity = c.quantity AND NOT ld.damaged_or_undocumented
                    AND lc.line_id IS NULL AND li.line_id IS NOT NULL AND NOT li.mismatch, false) AS perfect
      FROM committed c
      LEFT JOIN line_delivery ld ON ld.line_id = c.line_id
      LEFT JOIN line_claim lc ON lc.line_id = c.line_id
      LEFT JOIN line_invoice li ON li.line_id = c.line_id),
  first_site AS (
    SELECT DISTINCT ON (order_id) order_id, site_id FROM analytics.supply_chain_event
     WHERE site_id IS NOT NULL AND type IN ('wms.ShipmentShipped', 'scm.DeliveryConfirmed')
     ORDER BY order_id, time, id),
  order_site AS (SELECT p.order_id, coalesce(p.site_id, f.site_id) AS site_id FROM placed p LEFT JOIN first_site f ON f.order_id = p.order_id),
  order_due AS (SELECT order_id, max(commit_date) AS due FROM committed GROUP BY order_id),
  cancellation AS (
    SELECT DISTINCT ON (x.order_id) x.order_id, x.payload->>'requestedBy' = 'COMPANY' OR x.time >= (o.due + 1)::timestamp AT TIME ZONE 'UTC' AS counted
      FROM analytics.supply_chain_event x JOIN order_due o ON o.order_id = x.order_id
     WHERE x.type = 'crm.SalesOrderCancelled'
     ORDER BY x.order_id, x.time, x.id),
  due AS (
    SELECT v.order_id, max(v.commit_date) AS due, bool_and(v.perfect AND x.order_id IS NULL) AS perfect
      FROM line_verdict v JOIN order_site s ON s.order_id = v.order_id
      LEFT JOIN cancellation x ON x.order_id = v.order_id
     WHERE (x.order_id IS NULL OR coalesce(x.counted, false))
       AND (?::uuid IS NULL OR s.site_id = ?::uuid) AND (?::uuid IS NULL OR v.item_id = ?::text)
     GROUP BY v.order_id)
  SELECT to_char(date_trunc(?, due::timestamp), 'YYYY-MM-DD') AS period, count(*) FILTER (WHERE perfect) AS perfect, count(*) AS due
    FROM due WHERE due BETWEEN ?::date AND least(?::date, ?::date)
   GROUP BY 1 ORDER BY 1`;
