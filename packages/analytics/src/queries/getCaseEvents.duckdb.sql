-- One case's events in (ts, seq) order.
SELECT event_id, customer_id, anonymous_id, case_id, epoch_ms(ts) AS ts_ms, activity, channel, source,
       properties, nps, csat, ces
FROM {{events}} e
WHERE case_id = $case_id
ORDER BY {{eventOrder}}
LIMIT $limit;
