-- The cases in scope, one row each: its customer, events and time span, most recent (or longest, or
-- busiest) first; `total` counts them all.
WITH per_case AS (
  SELECT case_id,
         min(coalesce(nullif(customer_id, ''), nullif(anonymous_id, ''))) AS customer,
         count(*) AS events,
         epoch_ms(min(ts)) AS first_ms,
         epoch_ms(max(ts)) AS last_ms
  FROM {{events}} e
  GROUP BY case_id
)
SELECT case_id, customer, events, first_ms, last_ms, count(*) OVER () AS total
FROM per_case
ORDER BY CASE $sort WHEN 'duration' THEN last_ms - first_ms WHEN 'events' THEN events ELSE first_ms END DESC,
         case_id
LIMIT $limit OFFSET $offset;
