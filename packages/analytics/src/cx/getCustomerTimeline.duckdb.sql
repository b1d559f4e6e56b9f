-- One customer's events across channels in (ts, seq) order: every event whose customer_id is one of
-- $customer_ids or whose anonymous_id is one of $anonymous_ids.
SELECT event_id, customer_id, anonymous_id, case_id, epoch_ms(ts) AS ts_ms, activity, channel, source,
       properties, nps, csat, ces
FROM {{events}} e
WHERE list_contains($customer_ids, customer_id) OR list_contains($anonymous_ids, anonymous_id)
ORDER BY {{eventOrder}}
LIMIT $limit;
